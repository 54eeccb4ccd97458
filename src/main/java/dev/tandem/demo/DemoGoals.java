package dev.tandem.demo;

import dev.tandem.goals.Direction;
import dev.tandem.goals.OwnGoalKind;
import dev.tandem.partnerships.Side;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The goals of the demo's partnerships, keyed by the story's counterpart ({@link DemoStories.Story#contact()}):
 * each side's own goals, and the shared goals with their owners, the own goals they serve and their key results
 * measured over the months. Civica Lab's are misaligned on purpose: one has no owner at Civica, and Civica's own
 * goals were never asked for.
 */
final class DemoGoals {

    /** An own goal of one side; {@code key} names it for the shared goals that serve it. */
    record Own(
            String key,
            Side side,
            OwnGoalKind kind,
            String title,
            @Nullable String description) {}

    /** A value measured {@code daysAgo} days before loading. */
    record Measure(int daysAgo, String value, @Nullable String note) {}

    record KeyResult(
            String metric, String unit, String baseline, String target, Direction direction, List<Measure> measures) {}

    /**
     * A shared goal set {@code setDaysAgo} days before loading and due {@code dueInDays} after it; owned by us when
     * {@code ourOwner}, by {@code theirOwner} (a person of the cast) on their side; achieved {@code achievedDaysAgo}
     * days before loading when that is not null.
     */
    record Shared(
            int setDaysAgo,
            String title,
            String why,
            boolean ourOwner,
            @Nullable String theirOwner,
            int dueInDays,
            List<String> serves,
            List<KeyResult> keyResults,
            @Nullable Integer achievedDaysAgo) {}

    record Goals(List<Own> own, List<Shared> shared) {}

    private DemoGoals() {}

    static final Map<String, Goals> BY_STORY = Map.of(
            "jose",
                    new Goals(
                            List.of(
                                    own(
                                            "payback",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Prove community solar pays back in under eight years",
                                            "So that the board funds three more neighbourhoods."),
                                    own(
                                            "chair",
                                            Side.OURS,
                                            OwnGoalKind.PERSONAL,
                                            "Learn to chair a joint steering group",
                                            null),
                                    own(
                                            "districts",
                                            Side.THEIRS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Enter three new Madrid districts in two years",
                                            null),
                                    own(
                                            "lucia",
                                            Side.THEIRS,
                                            OwnGoalKind.PERSONAL,
                                            "Lucía: lead a community pilot end to end",
                                            null)),
                            List.of(
                                    new Shared(
                                            130,
                                            "Power 400 Vallecas homes from shared rooftops",
                                            "The proof both boards and the city council asked for.",
                                            true,
                                            "lucia",
                                            200,
                                            List.of("payback", "chair", "districts", "lucia"),
                                            List.of(
                                                    kr(
                                                            "Homes connected",
                                                            "homes",
                                                            "0",
                                                            "400",
                                                            Direction.UP,
                                                            m(90, "40", null),
                                                            m(60, "120", null),
                                                            m(35, "210", "Phase one complete"),
                                                            m(7, "265", null)),
                                                    kr(
                                                            "Installed capacity",
                                                            "kWp",
                                                            "0",
                                                            "1200",
                                                            Direction.UP,
                                                            m(60, "350", null),
                                                            m(21, "720", null))),
                                            null),
                                    new Shared(
                                            60,
                                            "Publish the pilot's energy data as open data",
                                            "Transparency is one of the values both sides signed up to.",
                                            true,
                                            "inigo",
                                            120,
                                            List.of("payback", "districts"),
                                            List.of(kr(
                                                    "Months of data published",
                                                    "months",
                                                    "0",
                                                    "12",
                                                    Direction.UP,
                                                    m(20, "2", "The first two months at once"),
                                                    m(3, "3", null))),
                                            null))),
            "chiara",
                    new Goals(
                            List.of(own(
                                    "reuse",
                                    Side.OURS,
                                    OwnGoalKind.ORGANISATIONAL,
                                    "Make our energy data reusable by city councils",
                                    null)),
                            List.of(
                                    new Shared(
                                            70,
                                            "Publish the household energy dataset as open data",
                                            "City councils could plan retrofits with real consumption data.",
                                            true,
                                            null,
                                            90,
                                            List.of("reuse"),
                                            List.of(kr(
                                                    "Datasets published",
                                                    "datasets",
                                                    "0",
                                                    "5",
                                                    Direction.UP,
                                                    m(20, "2", null),
                                                    m(6, "3", null))),
                                            null),
                                    new Shared(
                                            30,
                                            "Start the second fellowship before the summer",
                                            "Keep the momentum.",
                                            false,
                                            "niccolo",
                                            120,
                                            List.of(),
                                            List.of(),
                                            null))),
            "soren",
                    new Goals(
                            List.of(
                                    own(
                                            "inhouse",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Run our design system in-house",
                                            null),
                                    own(
                                            "handover",
                                            Side.THEIRS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Leave clients able to run without us",
                                            "Nordlys' reputation rests on clean handovers.")),
                            List.of(new Shared(
                                    40,
                                    "Hand the design system over to the in-house team",
                                    "End the retainer well, with nothing lost.",
                                    true,
                                    "emma",
                                    45,
                                    List.of("inhouse", "handover"),
                                    List.of(kr(
                                            "Components documented for the handover",
                                            "components",
                                            "0",
                                            "48",
                                            Direction.UP,
                                            m(30, "10", null),
                                            m(10, "22", null))),
                                    null))),
            "oliver",
                    new Goals(
                            List.of(
                                    own(
                                            "fuel",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Lower the field teams' fuel costs",
                                            null),
                                    own(
                                            "reference",
                                            Side.THEIRS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "A flagship reference customer in utilities",
                                            null)),
                            List.of(new Shared(
                                    110,
                                    "Cut the mileage per delivery by 12%",
                                    "Lower costs for us, a case study for Atlas.",
                                    true,
                                    "jonas",
                                    150,
                                    List.of("fuel", "reference"),
                                    List.of(kr(
                                            "Mileage per delivery",
                                            "km",
                                            "18.5",
                                            "16.3",
                                            Direction.DOWN,
                                            m(100, "18.4", null),
                                            m(75, "17.9", null),
                                            m(55, "17.2", "After the multi-stop routing release"))),
                                    null))),
            "monica",
                    new Goals(
                            List.of(
                                    own(
                                            "recurring",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Grow recurring revenue from retail clients",
                                            null),
                                    own(
                                            "local",
                                            Side.THEIRS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Keep members shopping in their local stores",
                                            null),
                                    own(
                                            "board",
                                            Side.THEIRS,
                                            OwnGoalKind.PERSONAL,
                                            "Paloma: show the board the programme pays for itself",
                                            null)),
                            List.of(
                                    new Shared(
                                            95,
                                            "Raise active loyalty members to 60%",
                                            "The shared savings depend on members who come back.",
                                            true,
                                            "paloma",
                                            270,
                                            List.of("recurring", "local"),
                                            List.of(kr(
                                                    "Active members",
                                                    "%",
                                                    "38",
                                                    "60",
                                                    Direction.UP,
                                                    m(90, "39", null),
                                                    m(60, "44", null),
                                                    m(30, "47", null),
                                                    m(10, "47", "Flat since the budget talks began"))),
                                            null),
                                    new Shared(
                                            95,
                                            "Save members two million euros a year",
                                            "What the cooperative exists for.",
                                            true,
                                            "rafael",
                                            270,
                                            List.of("recurring", "board"),
                                            List.of(kr(
                                                    "Member savings this year",
                                                    "k€",
                                                    "0",
                                                    "2000",
                                                    Direction.UP,
                                                    m(60, "420", null),
                                                    m(30, "780", null))),
                                            null))),
            "zoe",
                    new Goals(
                            List.of(
                                    own(
                                            "leads",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Grow partnership leads in-house",
                                            null),
                                    own(
                                            "own",
                                            Side.THEIRS,
                                            OwnGoalKind.PERSONAL,
                                            "Lead partnerships on my own within a year",
                                            null)),
                            List.of(new Shared(
                                    76,
                                    "Lead one partnership end to end",
                                    "The step from associate to lead.",
                                    true,
                                    "zoe",
                                    280,
                                    List.of("leads", "own"),
                                    List.of(kr(
                                            "Partner meetings she chaired",
                                            "meetings",
                                            "0",
                                            "6",
                                            Direction.UP,
                                            m(33, "2", null),
                                            m(19, "3", null),
                                            m(5, "4", null))),
                                    null))),
            "ngozi",
                    new Goals(
                            List.of(
                                    own(
                                            "risk",
                                            Side.OURS,
                                            OwnGoalKind.PERSONAL,
                                            "Learn to structure shared-risk partnerships",
                                            null),
                                    own(
                                            "giveBack",
                                            Side.THEIRS,
                                            OwnGoalKind.PERSONAL,
                                            "Give back to the founder community",
                                            null)),
                            List.of(new Shared(
                                    130,
                                    "Co-host two founders' workshops a year",
                                    "What we learn together, shared with those starting out.",
                                    true,
                                    "ngozi",
                                    235,
                                    List.of("risk", "giveBack"),
                                    List.of(kr(
                                            "Founders trained",
                                            "founders",
                                            "0",
                                            "40",
                                            Direction.UP,
                                            m(120, "14", "First workshop"))),
                                    null))),
            "elif",
                    new Goals(
                            List.of(
                                    own(
                                            "healthcare",
                                            Side.OURS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Prove partner scheduling works in healthcare",
                                            null),
                                    own(
                                            "funding",
                                            Side.THEIRS,
                                            OwnGoalKind.ORGANISATIONAL,
                                            "Evidence for Lumen's next funding round",
                                            null)),
                            List.of(new Shared(
                                    150,
                                    "Cut no-shows in the two pilot clinics by a third",
                                    "Fewer empty slots for the clinics, evidence for both of us.",
                                    true,
                                    "ana",
                                    120,
                                    List.of("healthcare", "funding"),
                                    List.of(kr(
                                            "No-show rate",
                                            "%",
                                            "18",
                                            "12",
                                            Direction.DOWN,
                                            m(140, "18", null),
                                            m(100, "15", null),
                                            m(60, "11.5", "Pilot results"))),
                                    45))));

    private static Own own(String key, Side side, OwnGoalKind kind, String title, @Nullable String description) {
        return new Own(key, side, kind, title, description);
    }

    private static KeyResult kr(
            String metric, String unit, String baseline, String target, Direction direction, Measure... measures) {
        return new KeyResult(metric, unit, baseline, target, direction, List.of(measures));
    }

    private static Measure m(int daysAgo, String value, @Nullable String note) {
        return new Measure(daysAgo, value, note);
    }
}
