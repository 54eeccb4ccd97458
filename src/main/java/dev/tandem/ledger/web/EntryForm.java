package dev.tandem.ledger.web;

import dev.tandem.ledger.EntryDetails;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Valuation;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Forms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The form of a contribution or reward; the amount and day are typed as text so that a bad one shows by its field. */
class EntryForm {

    private LedgerSide side = LedgerSide.US;
    private EntryKind kind = EntryKind.TIME;
    private String description = "";
    private String occurredOn = "";
    private String amount = "";
    private String currency = "";
    private @Nullable UUID personId;
    private @Nullable UUID goalId;

    static EntryForm startingOn(LocalDate today, EntryKind kind) {
        var form = new EntryForm();
        form.occurredOn = today.toString();
        form.kind = kind;
        return form;
    }

    /** The details, or null after putting what is wrong next to its field. */
    @Nullable
    EntryDetails details(BindingResult binding) {
        LocalDate on = null;
        BigDecimal value = null;
        try {
            on = LocalDate.parse(occurredOn.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue("occurredOn", "ledger.form.date");
        }
        try {
            value = new BigDecimal(amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            binding.rejectValue("amount", "ledger.form.amount");
        }
        if (on == null || value == null || binding.hasErrors()) {
            return null;
        }
        try {
            return new EntryDetails(
                    side,
                    kind,
                    description,
                    on,
                    value,
                    kind == EntryKind.MONEY ? Valuation.currency(currency, "currency") : null,
                    personId,
                    goalId,
                    null);
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return null;
        }
    }

    public LedgerSide getSide() {
        return side;
    }

    public void setSide(LedgerSide side) {
        this.side = side;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public @Nullable UUID getPersonId() {
        return personId;
    }

    public void setPersonId(@Nullable UUID personId) {
        this.personId = personId;
    }

    public @Nullable UUID getGoalId() {
        return goalId;
    }

    public void setGoalId(@Nullable UUID goalId) {
        this.goalId = goalId;
    }
}
