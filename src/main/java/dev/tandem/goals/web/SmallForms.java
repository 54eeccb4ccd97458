package dev.tandem.goals.web;

import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The numbers of the goal card's small forms, as Spring read them: present, readable, and as precise as stored. */
final class SmallForms {

    private SmallForms() {}

    static BigDecimal number(@Nullable BigDecimal value, String field, BindingResult binding) {
        if (value == null || binding.hasFieldErrors(field)) {
            throw new InvalidInput("goals.form.numberInvalid").on(field);
        }
        if (value.precision() - value.scale() > 14 || value.scale() > 6) {
            throw new InvalidInput("goals.validation.number").on(field);
        }
        return value;
    }
}
