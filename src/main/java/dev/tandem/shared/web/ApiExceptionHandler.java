package dev.tandem.shared.web;

import dev.tandem.shared.Refusal;
import dev.tandem.shared.TooManyAttempts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST controller as an RFC 9457 problem with a clear, translated detail. An
 * unexpected error is logged with an id that the response carries, and nothing else of it leaks.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal problem, HttpServletRequest request) {
        HttpStatus status = Refusals.status(problem);
        ProblemDetail body = problems.of(status, problem.messageKey(), problem.args());
        body.setInstance(URI.create(request.getRequestURI()));
        if (problem.field() != null) {
            body.setProperty("errors", List.of(Map.of("field", problem.field(), "message", body.getDetail())));
        }
        var response = ResponseEntity.status(status);
        if (problem instanceof TooManyAttempts throttled) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(throttled.retryAfter().toSeconds()));
        }
        var meanwhile = Refusals.meanwhile(problem);
        if (meanwhile != null) {
            ETags.describe(body, meanwhile);
            response.eTag(ETags.of(meanwhile.version()));
        }
        return response.body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, "problem.parameter", e.getName());
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("errors", List.of(Map.of("field", e.getName(), "message", body.getDetail())));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error(
                "Unexpected error {} on {} {}",
                errorId,
                request.getMethod(),
                LoggedPaths.of(request.getRequestURI()),
                e);
        ProblemDetail body = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", errorId);
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problems.of(status, "problem.validation");
        body.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> Map.of("field", error.getField(), "message", message(error)))
                        .toList());
        return handleExceptionInternal(e, body, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, "problem.validation");
        body.setProperty(
                "errors",
                e.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> Map.of(
                                        "field",
                                        result.getMethodParameter().getParameterName() == null
                                                ? ""
                                                : result.getMethodParameter().getParameterName(),
                                        "message",
                                        problems.text(
                                                error.getCodes() == null ? "" : error.getCodes()[0],
                                                error.getArguments()))))
                        .toList());
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A value of the wrong kind is reported on its field ({@link UnreadableBodies}); a body that is not JSON as a whole. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, UnreadableBodies.problem(problems, e, status), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                body instanceof ProblemDetail detail ? detail : problems.of(status, "problem.status." + status.value());
        problem.setTitle(problems.title(status, LocaleContextHolder.getLocale()));
        if (problem.getDetail() == null || problem.getDetail().equals(defaultDetail(e))) {
            problem.setDetail(problems.text("problem.status." + status.value(), null));
        }
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private String message(FieldError error) {
        return problems.text(
                error.getDefaultMessage() == null ? "problem.validation" : error.getDefaultMessage(),
                error.getArguments());
    }

    private static @Nullable String defaultDetail(Exception e) {
        return e instanceof ErrorResponse response ? response.getBody().getDetail() : null;
    }
}
