package dev.tandem.shared.web;

import dev.tandem.shared.Refusal;
import dev.tandem.shared.TooManyAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of page controllers, and of requests no controller took (an unknown address): a page in
 * the layout with the right status for people, a problem for API paths. REST controllers' own
 * errors are {@link ApiExceptionHandler}'s, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UiExceptionHandler.class);

    private final Problems problems;

    UiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    Object refused(Refusal problem, HttpServletRequest request, HttpServletResponse response) {
        if (problem instanceof TooManyAttempts throttled) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(throttled.retryAfter().toSeconds()));
        }
        return respond(request, Refusals.status(problem), problem.messageKey(), problem.args(), null);
    }

    private Object framework(ErrorResponse error, HttpServletRequest request, HttpServletResponse response) {
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return respond(
                request,
                error.getStatusCode(),
                "problem.status." + error.getStatusCode().value(),
                new Object[0],
                null);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "problem.status.400", new Object[0], null);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException) {
            throw e;
        }
        if (e instanceof ErrorResponse error) {
            return framework(error, request, response);
        }
        String errorId = UUID.randomUUID().toString();
        log.error(
                "Unexpected error {} on {} {}",
                errorId,
                request.getMethod(),
                LoggedPaths.of(request.getRequestURI()),
                e);
        return respond(
                request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", new Object[] {errorId}, errorId);
    }

    private Object respond(
            HttpServletRequest request, HttpStatusCode status, String key, Object[] args, @Nullable String errorId) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail body = problems.of(status, key, args);
            body.setInstance(URI.create(request.getRequestURI()));
            if (errorId != null) {
                body.setProperty("errorId", errorId);
            }
            return ResponseEntity.status(status).body(body);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return ErrorPages.page(
                known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR, problems.text(key, args), errorId);
    }
}
