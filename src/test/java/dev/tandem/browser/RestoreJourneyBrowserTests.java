package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * Eve's demo workspace, exported, is restored by Ada into her new, empty workspace from the settings: first a file
 * of a newer Tandem (refused beside the field), then the export (what came back); in English and in Italian.
 */
class RestoreJourneyBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void restoringAnExportFromTheSettings() throws Exception {
        String eve = signUp("eve", "Eve");
        String eveWorkspace = JsonPath.read(eve, "$.workspaceId");
        String eveToken = JsonPath.read(eve, "$.token");
        send("POST", "/api/v1/workspaces/" + eveWorkspace + "/demo", eveToken);
        Path export = Files.createTempFile("tandem-export-", ".json");
        Files.writeString(export, send("GET", "/api/v1/workspaces/" + eveWorkspace + "/export", eveToken));
        Path newer = Files.createTempFile("tandem-newer-", ".json");
        Files.writeString(newer, "{\"format\":\"tandem-workspace\",\"formatVersion\":9}");

        journey("ada", "Ada", "en", export, newer, "Restore finished");
        driver.manage().deleteAllCookies();
        journey("ugo", "Ugo", "it", export, newer, "Ripristino completato");
        Files.delete(export);
        Files.delete(newer);
    }

    private void journey(String name, String displayName, String language, Path export, Path newer, String done)
            throws Exception {
        String signedUp = signUp(name, displayName);
        String workspace = JsonPath.read(signedUp, "$.workspaceId");
        open("/login");
        type("email", JsonPath.read(signedUp, "$.email"));
        type("password", TestUsers.PASSWORD);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        wait.until(d -> path().equals("/w/" + workspace));
        language(language);

        String page = "/w/" + workspace + "/settings/restore";
        open(page);
        wait.until(d -> !d.findElements(By.id("file")).isEmpty());
        shots("restore-form", language);

        driver.findElement(By.id("file")).sendKeys(newer.toString());
        driver.findElement(By.id("file")).submit();
        wait.until(d -> !d.findElements(By.id("file-error")).isEmpty());
        assertThat(driver.findElement(By.id("file-error")).getText()).contains("9");
        shots("restore-error", language);

        driver.findElement(By.id("file")).sendKeys(export.toString());
        driver.findElement(By.id("file")).submit();
        waitForText(By.id("restore-result"), done);
        shots("restore-result", language);
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

    private String signUp(String name, String displayName) throws Exception {
        String email = TestUsers.uniqueEmail(name);
        String body =
                send("POST", "/api/v1/auth/signup", """
                {"email":"%s","password":"%s","displayName":"%s","workspaceName":"%s's partnerships"}""".formatted(email, TestUsers.PASSWORD, displayName, displayName));
        return body.replaceFirst("\\{", "{\"email\":\"" + email + "\",");
    }

    private String send(String method, String path, String tokenOrBody) throws IOException, InterruptedException {
        boolean signUp = path.endsWith("/signup");
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        signUp
                                ? HttpRequest.BodyPublishers.ofString(tokenOrBody)
                                : HttpRequest.BodyPublishers.noBody());
        if (!signUp) {
            request.header("Authorization", "Bearer " + tokenOrBody);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body();
    }
}
