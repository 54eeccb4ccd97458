package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemServerTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before the application sees them get Tandem's answers: a problem under /api/, a page
 * elsewhere. Sent over a socket, as they were written: an HTTP client would tidy them, and MockMvc never reaches
 * Tomcat.
 */
@TandemServerTest
class ContainerErrorsTests {

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashInAnApiPathIsAProblem() throws IOException {
        var answer = send("GET /api/v1/workspaces/a%2Fb/contacts HTTP/1.1", "application/json");
        assertProblem(answer, 400);
    }

    @Test
    void aNulInAnApiPathIsAProblemInTheCallersLanguage() throws IOException {
        var answer = send("GET /api/v1/me%00 HTTP/1.1", "application/json", "Accept-Language: it");
        assertProblem(answer, 400);
        assertThat((String) JsonPath.read(answer.body(), "$.detail")).isEqualTo("La richiesta non è valida.");
    }

    @Test
    void anApiAddressOver8KbIsAProblem() throws IOException {
        var answer = send("GET /api/v1/me?q=" + "x".repeat(9000) + " HTTP/1.1", "application/json");
        assertProblem(answer, 414);
        assertThat((String) JsonPath.read(answer.body(), "$.title")).isEqualTo("Address too long");
        // Too long even for Tomcat to read where it was sent: answered as the API answers.
        assertProblem(send("GET /api/v1/me?q=" + "x".repeat(70_000) + " HTTP/1.1", "application/json"), 400);
    }

    @Test
    void aPageAddressTomcatRefusesIsATandemPage() throws IOException {
        assertPage(send("GET /w/a%2Fb HTTP/1.1", "text/html"), 400, "Bad request");
        assertPage(send("GET /contacts%00 HTTP/1.1", "text/html"), 400, "Bad request");
        assertPage(send("GET /w/" + "x".repeat(9000) + " HTTP/1.1", "text/html"), 414, "Address too long");
        assertPage(send("GET /w/a%2Fb HTTP/1.1", "text/html", "Accept-Language: es"), 400, "Solicitud incorrecta");
    }

    private static void assertPage(Answer answer, int status, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).containsIgnoringCase("Content-Type: text/html");
        assertThat(answer.body())
                .contains("<h1>" + title + "</h1>", "href=\"/\"", "/css/tandem.css")
                .doesNotContain("Apache Tomcat", "<style", "HTTP Status", "xxxx");
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat((Integer) JsonPath.read(answer.body(), "$.status")).isEqualTo(status);
        assertThat((String) JsonPath.read(answer.body(), "$.title")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Apache Tomcat", "<html");
    }

    private Answer send(String requestLine, String accept, String... headers) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            var request = new StringBuilder(requestLine)
                    .append("\r\nHost: localhost\r\nAccept: ")
                    .append(accept)
                    .append("\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(
                    Integer.parseInt(head.substring(9, 12)),
                    head,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String unchunk(String chunked) {
        var body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private record Answer(int status, String headers, String body) {}
}
