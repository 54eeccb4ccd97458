package dev.tandem.guests;

import dev.tandem.ledger.EntryDetails;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Valuation;
import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A contribution a guest records for their side, as typed: the day and amount as text, so that a bad one is refused
 * (400) on its field. The side is theirs unless said otherwise (and the ledger refuses ours); there is no one person,
 * goal or milestone to name from the partner view.
 */
public record GuestContribution(
        @Nullable LedgerSide side,
        @Nullable EntryKind kind,
        @Nullable String description,
        @Nullable String occurredOn,
        @Nullable String amount,
        @Nullable String currency) {

    EntryDetails details() {
        if (kind == null) {
            throw new InvalidInput("validation.required").on("kind");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(occurredOn == null ? "" : occurredOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("ledger.form.date").on("occurredOn");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount == null ? "" : amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput("ledger.form.amount").on("amount");
        }
        return new EntryDetails(
                side == null ? LedgerSide.THEM : side,
                kind,
                description == null ? "" : description,
                on,
                value,
                kind == EntryKind.MONEY ? Valuation.currency(currency, "currency") : null,
                null,
                null,
                null);
    }
}
