package dev.tandem.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Posts one signed envelope: no redirects followed, a connect and a read timeout, and at most
 * {@code max-response-size} of the answer read (the rest is dropped).
 */
@Component
class Sender {

    /** What came back: a status code (null when there was no answer) and why it failed, if it did. */
    record Outcome(@Nullable Integer statusCode, @Nullable String error) {

        boolean accepted() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhookProperties properties;
    // Made on the first delivery: a client loads the TLS trust store and starts a thread, which start-up need not
    // wait for.
    private final SingletonSupplier<HttpClient> http;

    Sender(WebhookProperties properties) {
        this.properties = properties;
        this.http = SingletonSupplier.of(() -> HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    Outcome post(URI uri, String messageId, long timestamp, String signature, String body) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tandem-Webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.obtain().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                long cap = properties.maxResponseSize().toBytes();
                byte[] buffer = new byte[8192];
                long read = 0;
                int n;
                while (read <= cap && (n = in.read(buffer)) >= 0) {
                    read += n;
                }
            }
            int code = response.statusCode();
            return new Outcome(code, code >= 200 && code < 300 ? null : "HTTP " + code);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timeout");
        } catch (IOException e) {
            return new Outcome(null, trim("connection failed: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    static String trim(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
