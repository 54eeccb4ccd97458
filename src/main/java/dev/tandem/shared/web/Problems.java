package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with texts from {@code messages.properties}, in the request's
 * language, and writes them where no controller is involved (security filters, the error page).
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem whose title is the status's own and whose detail is the message {@code key}. */
    public ProblemDetail of(HttpStatusCode status, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, locale));
        problem.setDetail(messages.getMessage(key, args, key, locale));
        return problem;
    }

    public String title(HttpStatusCode status, Locale locale) {
        return messages.getMessage("problem.title." + status.value(), null, defaultTitle(status), locale);
    }

    public String text(String key, Object @Nullable [] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Writes a problem straight to the response, for code that runs before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put(
                "instance",
                problem.getInstance() != null ? problem.getInstance().toString() : request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static String defaultTitle(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
