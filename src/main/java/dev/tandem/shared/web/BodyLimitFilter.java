package dev.tandem.shared.web;

import dev.tandem.shared.TandemProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refuses bodies over their limit from the declared length, before anything reads them: API JSON
 * over {@code tandem.api.max-body-size} and uploads over {@code spring.servlet.multipart.max-request-size}
 * answer 413; an upload from a page goes back to that page with {@code ?tooLarge}, which the layout
 * explains. Nothing later (sessions, CSRF, Spring MVC) has to cope with a half-read request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final long maxUploadBytes;
    private final long maxFileMegabytes;
    private final Problems problems;

    BodyLimitFilter(
            TandemProperties properties,
            Problems problems,
            @Value("${spring.servlet.multipart.max-request-size:11MB}") DataSize maxUpload,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFile) {
        this.maxJsonBytes = properties.api().maxBodySize().toBytes();
        this.maxUploadBytes = maxUpload.toBytes();
        this.maxFileMegabytes = maxFile.toMegabytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean upload = request.getContentType() != null
                && request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        boolean api = request.getRequestURI().startsWith("/api/");
        if (upload && length > maxUploadBytes) {
            refuseUpload(request, response, api);
        } else if (api && !upload && length > maxJsonBytes) {
            problems.write(
                    request,
                    response,
                    problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", maxJsonBytes / 1024));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuseUpload(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException {
        String back = Forms.backTo(request.getHeader(HttpHeaders.REFERER), "");
        if (api || back.isEmpty()) {
            problems.write(
                    request,
                    response,
                    problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.upload.tooLarge", maxFileMegabytes));
            return;
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(
                HttpHeaders.LOCATION,
                UriComponentsBuilder.fromUriString(back)
                        .replaceQueryParam("tooLarge")
                        .queryParam("tooLarge")
                        .build()
                        .toUriString());
    }
}
