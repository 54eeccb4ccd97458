package dev.tandem.exchange.web;

import dev.tandem.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} fails before any controller is chosen,
 * so no controller's handler sees it: the API gets a 413 problem that names the limit, and the import
 * page is shown again with the message instead of a bare error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitAdvice {

    private static final Pattern IMPORT_PAGE = Pattern.compile("^/w/([0-9a-fA-F-]{36})/contacts/import(/.*)?$");

    private final Problems problems;

    UploadLimitAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail body = problems.of(HttpStatus.CONTENT_TOO_LARGE, "exchange.tooLarge", ExchangePages.MAX_MB);
            body.setInstance(URI.create(path));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        var page = IMPORT_PAGE.matcher(path);
        if (page.matches()) {
            RequestContextUtils.getOutputFlashMap(request).put("error", "exchange.tooLarge.page");
            return new ModelAndView("redirect:/w/" + page.group(1) + "/contacts/import");
        }
        ModelAndView error = new ModelAndView("error");
        error.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        error.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        error.addObject("detail", problems.text("exchange.tooLarge", new Object[] {ExchangePages.MAX_MB}));
        return error;
    }
}
