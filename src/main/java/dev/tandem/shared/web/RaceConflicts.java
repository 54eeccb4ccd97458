package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two requests that changed the same thing at once: the database refused one (a unique key taken meanwhile, a row
 * it refers to deleted meanwhile, a row locked, a deadlock, a serialization failure) and rolled it back whole. That request answers
 * 409 — a problem for the API, the error page for people — saying to reload and try again; never a 500. The one
 * place where such refusals are translated, for every controller, before {@link ApiExceptionHandler}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RaceConflicts {

    private static final Logger log = LoggerFactory.getLogger(RaceConflicts.class);

    private final Problems problems;

    RaceConflicts(Problems problems) {
        this.problems = problems;
    }

    /**
     * SQLSTATEs of a foreign key that no longer holds: 23503 (PostgreSQL: the row referred to is gone; H2: a row still
     * refers to the one deleted) and 23506 (H2: the row referred to is gone).
     */
    private static final Set<String> FOREIGN_KEY_VIOLATED = Set.of("23503", "23506");

    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    Object raced(Exception e, HttpServletRequest request) {
        return conflict(e, request);
    }

    /**
     * A record added to one deleted meanwhile (or deleted while one is added to it): every service checks that what
     * it refers to exists, so only a concurrent delete gets this far. Any other integrity violation is a bug and is
     * left to the unexpected-error handling.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object referenceGone(DataIntegrityViolationException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATED.contains(sql.getSQLState())) {
                return conflict(e, request);
            }
        }
        throw e;
    }

    private Object conflict(Exception e, HttpServletRequest request) {
        log.info(
                "Concurrent change refused on {} {}: {}",
                request.getMethod(),
                LoggedPaths.of(request.getRequestURI()),
                e.getClass().getSimpleName());
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail body = problems.of(HttpStatus.CONFLICT, "problem.concurrentChange");
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        return ErrorPages.page(HttpStatus.CONFLICT, problems.text("problem.concurrentChange", null), null);
    }
}
