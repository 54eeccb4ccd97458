package dev.tandem.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever reaches the container's error page (no handler found, an error in a filter): a problem
 * for API paths, a page for everything else.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String errorId = null;
        if (status.is5xxServerError()) {
            errorId = UUID.randomUUID().toString();
            log.error("Error {} on {}", errorId, LoggedPaths.of(path), (Throwable)
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        String key = errorId != null ? "problem.unexpected" : "problem.status." + status.value();
        Object[] args = errorId != null ? new Object[] {errorId} : new Object[0];
        if (path != null && (path.startsWith("/api/") || path.startsWith("/v3/"))) {
            ProblemDetail problem = problems.of(status, key, args);
            if (errorId != null) {
                problem.setProperty("errorId", errorId);
            }
            problem.setInstance(URI.create(path));
            problems.write(request, response, problem);
            return null;
        }
        return page(status, problems.text(key, args), errorId);
    }

    static ModelAndView page(HttpStatus status, String detail, @Nullable String errorId) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("errorId", errorId);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
