package dev.tandem.contacts.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Validates the input a form becomes and puts each failure next to the form field it came from
 * ({@code emails[2]} belongs to the {@code emails} text area).
 */
@Component
class FormChecks {

    private final SmartValidator validator;

    FormChecks(SmartValidator validator) {
        this.validator = validator;
    }

    /** True when {@code input} is valid; otherwise the form's binding has the errors. */
    boolean check(Object input, BindingResult form) {
        var result = new BeanPropertyBindingResult(input, "input");
        validator.validate(input, result);
        for (FieldError error : result.getFieldErrors()) {
            String field = error.getField().replaceAll("\\[.*", "");
            if (form.getFieldErrorCount(field) == 0) {
                form.rejectValue(
                        field, error.getCode() == null ? "invalid" : error.getCode(), null, error.getDefaultMessage());
            }
        }
        return !form.hasErrors();
    }
}
