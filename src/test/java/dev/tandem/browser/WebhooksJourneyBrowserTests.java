package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
            String email = signUp("ada", "Ada Rossi", "Officina");
            logIn(email);
            chooseLanguage("en");

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

            chooseLanguage("it");
            open("/w/" + workspace + "/settings/webhooks");
            waitForText(By.cssSelector("main h1"), "Webhook");
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("CRM sync", "Attivo");
            shots("webhooks-list", "it");
            click(driver.findElement(By.partialLinkText("127.0.0.1")));
            waitForText(By.cssSelector("main h1"), "Endpoint webhook");
            assertThat(driver.findElement(By.cssSelector("main")).getText())
                    .contains("Registro delle consegne", "Consegnato");
            shots("webhooks-endpoint", "it");
            chooseLanguage("en");
            open("/w/" + workspace + "/settings/webhooks");
            shots("webhooks-list", "en");
            chooseLanguage("it");
            open("/w/" + workspace + "/settings/webhooks");
            driver.findElement(By.id("url")).clear();
            click(driver.findElement(By.cssSelector("main form button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".field.invalid")).isEmpty());
            shots("webhooks-form-error", "it");
        } finally {
            receiver.stop(0);
        }
    }
}
