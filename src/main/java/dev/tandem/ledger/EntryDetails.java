package dev.tandem.ledger;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a contribution or a reward says, as given when recording or editing it.
 *
 * @param amount hours for TIME, a sum for MONEY (in {@code currency}), a number of items for any other kind
 * @param currency only for MONEY
 * @param personId who, if one person: a member on our side, a contact on theirs (a participant of that side)
 * @param goalId the shared goal of the same partnership it served, if any
 * @param milestoneId the milestone of the same partnership it led to, if any
 */
public record EntryDetails(
        LedgerSide side,
        EntryKind kind,
        String description,
        LocalDate occurredOn,
        BigDecimal amount,
        @Nullable Currency currency,
        @Nullable UUID personId,
        @Nullable UUID goalId,
        @Nullable UUID milestoneId) {

    public static final int DESCRIPTION_LENGTH = 500;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    public static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    /** Refuses (400, on the field) a blank or long description, a negative or huge amount, money without currency. */
    public EntryDetails {
        description = description.strip();
        if (description.isEmpty()) {
            throw new InvalidInput("validation.required").on("description");
        }
        if (description.length() > DESCRIPTION_LENGTH) {
            throw new InvalidInput("validation.size.max", DESCRIPTION_LENGTH).on("description");
        }
        Dates.require(occurredOn, "occurredOn");
        if (amount.signum() < 0) {
            throw new InvalidInput("ledger.amount.negative").on("amount");
        }
        if (amount.compareTo(kind == EntryKind.TIME ? MAX_HOURS : MAX_AMOUNT) > 0 || amount.scale() > 4) {
            throw new InvalidInput("ledger.amount.tooLarge", kind == EntryKind.TIME ? MAX_HOURS : MAX_AMOUNT)
                    .on("amount");
        }
        if (kind == EntryKind.MONEY && currency == null) {
            throw new InvalidInput("ledger.currency.required").on("currency");
        }
        if (kind != EntryKind.MONEY) {
            currency = null;
        }
    }

    /** Refuses a kind that does not belong to the flow, and a day after {@code today}. */
    void checkFor(Flow flow, LocalDate today) {
        if (!EntryKind.of(flow).contains(kind)) {
            throw new InvalidInput("ledger.kind.wrongFlow").on("kind");
        }
        if (occurredOn.isAfter(today)) {
            throw new InvalidInput("ledger.date.future").on("occurredOn");
        }
    }
}
