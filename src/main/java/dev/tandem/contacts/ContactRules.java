package dev.tandem.contacts;

import dev.tandem.shared.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * The rules every way in must pass (API, form, import): Bean Validation of the input, then what
 * annotations cannot say. A refusal is an {@link InvalidInput} on the first failing field.
 */
@Component
class ContactRules {

    private final Validator validator;

    ContactRules(Validator validator) {
        this.validator = validator;
    }

    void check(ContactInput input) {
        checkBean(input);
        if (input.timeZone() != null && !validZone(input.timeZone())) {
            throw new InvalidInput("validation.timeZone").on("timeZone");
        }
    }

    void check(OrganizationInput input) {
        checkBean(input);
    }

    static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private <T> void checkBean(T input) {
        validator.validate(input).stream()
                .min(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String field = v.getPropertyPath().toString().replaceAll("\\[.*", "");
                    throw new InvalidInput("contact.invalid", field, v.getMessage()).on(field);
                });
    }
}
