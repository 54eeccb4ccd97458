package dev.tandem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query parameter or form field holding a control character ({@link Text}) with a 400, before any
 * controller sees it: a problem naming the parameter for the API, the error page for people. JSON bodies are
 * checked where they are read ({@link StrictJson}). Runs after {@link BodyLimitFilter}, so no oversized body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final Problems problems;

    ControlCharacterFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = refusedParameter(request);
        if (refused == null) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation.controlCharacters");
            problem.setProperty("errors", List.of(Map.of("field", refused, "message", problem.getDetail())));
            problems.write(request, response, problem);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static @Nullable String refusedParameter(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!Text.clean(parameter.getKey())) {
                return "";
            }
            for (String value : parameter.getValue()) {
                if (!Text.clean(value)) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
