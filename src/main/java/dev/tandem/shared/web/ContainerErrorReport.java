package dev.tandem.shared.web;

import dev.tandem.shared.Languages;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers to a request it refuses before the application sees it (an encoded slash or a NUL in the
 * address, an address over {@value #MAX_TARGET} bytes): an RFC 9457 problem under {@code /api/}, a plain Tandem
 * page elsewhere, in place of Tomcat's own HTML page. Nothing of the request is echoed back.
 *
 * <p>Tomcat reads request lines and headers up to {@code server.max-http-request-header-size} (64 KB), and this
 * valve refuses an address over 8 KB itself (414), knowing where it was sent. A request line too long even for
 * Tomcat has no address to tell by, and is answered as the API would answer.
 */
class ContainerErrorReport extends ErrorReportValve {

    /** The longest address, query included, that is served. */
    static final int MAX_TARGET = 8 * 1024;

    private final MessageSource messages;
    private final JsonMapper json;

    ContainerErrorReport(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (targetLength(request) > MAX_TARGET) {
            response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
            response.setSuspended(false);
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        Locale locale = locale(request);
        String title = messages.getMessage("problem.title." + status, null, reason(status), locale);
        String detail = messages.getMessage(
                "problem.status." + status, null, messages.getMessage("problem.status.400", null, locale), locale);
        try {
            if (isApi(request)) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("title", title);
                problem.put("status", status);
                problem.put("detail", detail);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                json.writeValue(response.getOutputStream(), problem);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(locale, status, title, detail));
                }
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response could not be written: there is no one left to tell.
        }
    }

    private String page(Locale locale, int status, String title, String detail) {
        String home = messages.getMessage("error.home", null, "Tandem", locale);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Tandem</title><link rel="stylesheet" href="/css/tandem.css"><link rel="icon" href="/favicon.svg"></head>
                <body><main class="container"><section class="card error-page">
                <p class="eyebrow">%d</p><h1>%s</h1><p>%s</p>
                <p><a class="button primary" href="/">%s</a></p>
                </section></main></body>
                </html>
                """.formatted(
                        locale.getLanguage(),
                        HtmlUtils.htmlEscape(title),
                        status,
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(detail),
                        HtmlUtils.htmlEscape(home));
    }

    /** The path as sent, which may not decode (that can be why the request was refused); unknown is the API's. */
    private static boolean isApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null || uri.isEmpty() || uri.startsWith("/api/");
    }

    private static int targetLength(Request request) {
        var coyote = request.getCoyoteRequest();
        return coyote.requestURI().getLength() + coyote.queryString().getLength();
    }

    private static Locale locale(Request request) {
        Locale match = Languages.match(request.getCoyoteRequest().getHeader("Accept-Language"));
        return match != null ? match : Locale.ENGLISH;
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
