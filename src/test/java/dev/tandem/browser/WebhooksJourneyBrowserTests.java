package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * An admin connects a tool through webhooks, in a real (headless) Chromium: the empty page, a form refused inline,
 * a registered endpoint with its secret shown once, a partnership and a test event delivered (one after a 500 and a
 * retry) to a receiver on 127.0.0.1, and the delivery log; in English and Italian, at 1280 and 390 px.
 */
@TestPropertySource(
        properties = {
            "tandem.webhooks.allow-private-targets=true",
            "tandem.webhooks.worker=true",
            "tandem.webhooks.poll=200ms",
            "tandem.webhooks.first-retry=200ms"
        })
class WebhooksJourneyBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private String workspace;

    @Test
    void registerAnEndpointAndWatchItsDeliveries() throws Exception {
        var received = new AtomicInteger();
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(received.incrementAndGet() == 1 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String email = TestUsers.uniqueEmail("ada");
            String signup = api("/api/v1/auth/signup", """
                    {"email":"%s","password":"%s","displayName":"Ada Rossi","workspaceName":"Officina"}""".formatted(email, TestUsers.PASSWORD));
            token = JsonPath.read(signup, "$.token");
            workspace = JsonPath.read(signup, "$.workspaceId");
            open("/login");
            type("email", email);
            type("password", TestUsers.PASSWORD);
            click(driver.findElement(By.cssSelector("form button[type=submit]")));
            wait.until(d -> path().startsWith("/w/"));
            language("en");

            open("/w/" + workspace + "/settings");
            click(driver.findElement(By.linkText("Webhooks")));
            waitForText(By.cssSelector("main h1"), "Webhooks");
            assertThat(driver.findElement(By.cssSelector(".empty-state")).getText())
                    .contains("No endpoints yet");
            shots("webhooks-empty", "en");

            type("url", "ftp://files.example/in");
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".field.invalid")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Choose at least one event.");
            shots("webhooks-form-error", "en");

            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/tandem";
            type("url", url);
            type("description", "CRM sync");
            click(driver.findElement(By.cssSelector("input[value=PARTNERSHIP_CREATED]")));
            click(driver.findElement(By.cssSelector("input[value=COMMITMENT_DELIVERED]")));
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            waitForText(By.cssSelector("main h1"), "Webhook endpoint");
            assertThat(driver.findElement(By.id("new-secret")).getText()).startsWith("whsec_");

            api(ws("/partnerships"), "{\"name\":\"Nuvola hosting\",\"kind\":\"VENDOR\"}");
            click(driver.findElement(By.xpath("//button[text()='Send a test event']")));
            wait.until(d -> received.get() >= 3);
            wait.until(d -> {
                d.navigate().refresh();
                return d.findElements(By.xpath("//tbody//span[text()='Delivered']"))
                                .size()
                        == 2;
            });
            assertThat(driver.findElement(By.cssSelector("main")).getText())
                    .contains("partnership.created", "webhook.test", "2 tries", "200");
            shots("webhooks-endpoint", "en");

            language("it");
            open("/w/" + workspace + "/settings/webhooks");
            waitForText(By.cssSelector("main h1"), "Webhook");
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("CRM sync", "Attivo");
            shots("webhooks-list", "it");
            click(driver.findElement(By.partialLinkText("127.0.0.1")));
            waitForText(By.cssSelector("main h1"), "Endpoint webhook");
            assertThat(driver.findElement(By.cssSelector("main")).getText())
                    .contains("Registro delle consegne", "Consegnato");
            shots("webhooks-endpoint", "it");
            language("en");
            open("/w/" + workspace + "/settings/webhooks");
            shots("webhooks-list", "en");
            language("it");
            open("/w/" + workspace + "/settings/webhooks");
            driver.findElement(By.id("url")).clear();
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".field.invalid")).isEmpty());
            shots("webhooks-form-error", "it");
        } finally {
            receiver.stop(0);
        }
    }

    private void language(String tag) {
        open("/account");
        new Select(driver.findElement(By.id("locale"))).selectByValue(tag);
        click(driver.findElement(By.cssSelector("form[action='/account/profile'] button[type=submit]")));
        wait.until(d ->
                d.findElement(By.cssSelector("html")).getDomAttribute("lang").startsWith(tag));
    }

    private void shots(String name, String language) throws IOException {
        screenshot(name + "-1280-" + language);
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot(name + "-390-" + language);
        driver.manage().window().setSize(before);
    }

    private String ws(String rest) {
        return "/api/v1/workspaces/" + workspace + rest;
    }

    private String api(String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }
}
