package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Someone who uses only the keyboard moves a partnership to the next stage and creates a partnership. */
class KeyboardJourneyBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStageChangeAndAFormWithTheKeyboardAlone() throws Exception {
        String email = TestUsers.uniqueEmail("ada");
        String signedUp = api(null, "POST", "/api/v1/auth/signup", """
                {"email":"%s","password":"%s","displayName":"Ada","workspaceName":"Engines"}""".formatted(email, TestUsers.PASSWORD));
        String token = JsonPath.read(signedUp, "$.token");
        String workspace = JsonPath.read(signedUp, "$.workspaceId");
        String partnership =
                JsonPath.read(api(token, "POST", "/api/v1/workspaces/" + workspace + "/partnerships", """
                {"name":"Pilot with Acme","kind":"ORG_PARTNER"}"""), "$.id");

        open("/login");
        tabTo("email");
        press(email);
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("password");
        press(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(d -> path().equals("/w/" + workspace));

        open("/w/" + workspace + "/partnerships/" + partnership);
        // Once the overview's cards have loaded: next to "skip to content", a link skips the header and lands on
        // the partnership's tabs; arrow keys move along them.
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return document.querySelectorAll('[hx-trigger=\"load\"]').length"))
                        .intValue()
                == 0);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.skip-link').focus()");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("href")).isEqualTo("#partnership-tabs");
        press(Keys.ENTER, Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("tab-overview");
        press(Keys.ARROW_RIGHT);
        assertThat(focused().getDomAttribute("id")).isEqualTo("tab-goals");
        tabUntil(e -> "summary".equals(e.getTagName()) && e.getText().equals("Move to Collaborating"));
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("reason-COLLABORATING");
        press("The pilot has started");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Move");
        press(Keys.ENTER);
        waitForText(By.cssSelector(".flash.notice"), "Stage moved.");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Collaborating", "The pilot has started");

        open("/w/" + workspace + "/partnerships/new");
        tabTo("name");
        press("Mentoring with Grace", Keys.ENTER);
        waitForText(By.cssSelector(".flash.notice"), "Partnership created.");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Mentoring with Grace");
    }

    /** Keys go to whatever has focus, as on a real keyboard. */
    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private WebElement tabTo(String id) {
        return tabUntil(e -> id.equals(e.getDomAttribute("id")));
    }

    /** Presses Tab until the focused element is the one wanted; a page that needs more than 60 fails. */
    private WebElement tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("not reached with 60 presses of Tab");
    }

    private String api(String token, String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body();
    }
}
