package dev.tandem.goals.web;

import dev.tandem.goals.Measurement;
import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The small "measurement" form of a key result. Spring reads the value and the day; what it cannot read is refused. */
class MeasurementForm {

    private @Nullable BigDecimal value;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate measuredOn;

    private String note = "";

    BigDecimal value(BindingResult binding) {
        if (binding.hasFieldErrors("measuredOn")) {
            throw new InvalidInput("goals.form.dueOnInvalid").on("measuredOn");
        }
        if (note.strip().length() > Measurement.NOTE_LENGTH) {
            throw new InvalidInput("goals.form.noteTooLong", Measurement.NOTE_LENGTH).on("note");
        }
        return SmallForms.number(value, "value", binding);
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    public @Nullable LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(@Nullable LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
