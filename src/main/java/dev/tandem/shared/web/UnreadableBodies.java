package dev.tandem.shared.web;

import dev.tandem.shared.Dates;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The problem for a JSON body that does not read ({@link StrictJson}): a value of the wrong kind is reported on its
 * field ({@code agenda[2]}, {@code attendance[0].status}) with what it should be; a body that is not JSON as a whole.
 */
final class UnreadableBodies {

    private UnreadableBodies() {}

    static ProblemDetail problem(Problems problems, HttpMessageNotReadableException e, HttpStatusCode status) {
        if (!(e.getCause() instanceof MismatchedInputException mismatch)
                || mismatch.getPath().isEmpty()) {
            return problems.of(status, "problem.unreadable");
        }
        ProblemDetail body = problems.of(status, "problem.validation");
        String message = message(problems, mismatch);
        body.setDetail(message);
        body.setProperty("errors", List.of(Map.of("field", field(mismatch), "message", message)));
        return body;
    }

    private static String message(Problems problems, MismatchedInputException mismatch) {
        Class<?> target = mismatch.getTargetType();
        if (mismatch instanceof StrictJson.ControlCharacters) {
            return problems.text("validation.controlCharacters", null);
        }
        if (mismatch instanceof StrictJson.DateOutOfRange) {
            return problems.text("validation.date.range", new Object[] {Dates.FIRST_YEAR, Dates.LAST_YEAR});
        }
        if (mismatch instanceof InvalidNullException) {
            boolean item = mismatch.getPath().get(mismatch.getPath().size() - 1).getIndex() >= 0;
            return problems.text(item ? "validation.nullItem" : "validation.required", null);
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return problems.text("validation.date", null);
        }
        if (target != null && target.isEnum()) {
            String choices = Arrays.stream(target.getEnumConstants())
                    .map(c -> '"' + ((Enum<?>) c).name() + '"')
                    .collect(Collectors.joining(", "));
            return problems.text("validation.choice", new Object[] {choices});
        }
        return problems.text("validation.type." + kind(target), null);
    }

    /** {@code values[0]}, {@code attendance[1].status}: where the value was, as a client wrote it. */
    private static String field(MismatchedInputException mismatch) {
        var path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kind(@Nullable Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (target == String.class) {
            return "string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return target == BigDecimal.class || target == Double.class || target == double.class
                    ? "number"
                    : "integer";
        }
        if (target == UUID.class) {
            return "uuid";
        }
        return target.isArray() || Collection.class.isAssignableFrom(target) ? "array" : "object";
    }
}
