package dev.tandem.demo;

import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.LedgerSide;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's partners gave and got, and the milestones they celebrated, by story (its contact's key): the youth
 * programme is a black hole — we keep putting in, they take and give nothing back — while community solar reached a
 * milestone and thanked the people behind it.
 */
final class DemoGiving {

    /** A contribution of one side, {@code daysAgo} days before today; {@code person} is a contact key on their side. */
    record Gift(
            LedgerSide side,
            EntryKind kind,
            String what,
            int daysAgo,
            String amount,
            @Nullable String currency,
            @Nullable String person) {}

    /** A milestone reached {@code daysAgo} days ago, and the thanks sent to {@code thanked} some days later. */
    record Celebration(
            String title,
            int daysAgo,
            String achieved,
            List<String> contributors,
            String thanked,
            int thankedDaysAgo,
            String message) {}

    static final Map<String, List<Gift>> GIFTS = Map.of(
            "giulia",
            List.of(
                    new Gift(
                            LedgerSide.US,
                            EntryKind.TIME,
                            "Curriculum workshop for the mentors",
                            150,
                            "16",
                            null,
                            null),
                    new Gift(
                            LedgerSide.US,
                            EntryKind.MONEY,
                            "Venue and catering for the kick-off",
                            120,
                            "1800",
                            "EUR",
                            null),
                    new Gift(
                            LedgerSide.US,
                            EntryKind.INTRODUCTION,
                            "Introduced them to two foundations",
                            95,
                            "2",
                            null,
                            null),
                    new Gift(LedgerSide.US, EntryKind.TIME, "Mentor training, second cohort", 60, "24", null, null),
                    new Gift(
                            LedgerSide.US, EntryKind.RESOURCE, "Laptops lent for the coding club", 40, "3", null, null),
                    new Gift(
                            LedgerSide.US,
                            EntryKind.TIME,
                            "Grant application reviewed for them",
                            12,
                            "10",
                            null,
                            null)));

    static final Map<String, Celebration> CELEBRATIONS = Map.of(
            "jose",
            new Celebration(
                    "First rooftop producing power",
                    30,
                    "The pilot rooftop went live and fed its first month of power to the neighbourhood.",
                    List.of("jose", "lucia"),
                    "lucia",
                    27,
                    "Lucía, thank you for steering the grid connection through: the rooftop is live because of you."));

    private DemoGiving() {}
}
