package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * Ending a vendor partnership well, in Italian, in a real (headless) Chromium: given a vendor with an achieved goal
 * and a contract with a notice period (set up through the API), open "Chiusura" from the partnership, start the
 * vendor playbook, write the needs, read the Italian draft with the facts in it, and finish: the partnership ends.
 * Screenshots at 1280 and 390 px, in Italian and English, in target/screenshots.
 */
class EndingJourneyBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;
    private String workspace;

    @Test
    void endAVendorPartnershipInItalian() throws Exception {
        String email = TestUsers.uniqueEmail("ada");
        String signup = api("/api/v1/auth/signup", """
                {"email":"%s","password":"%s","displayName":"Ada Rossi","workspaceName":"Officina"}""".formatted(email, TestUsers.PASSWORD));
        token = JsonPath.read(signup, "$.token");
        workspace = JsonPath.read(signup, "$.workspaceId");
        String marco = id(api(ws("/contacts"), """
                {"displayName":"Marco Bianchi","givenName":"Marco","emails":["marco@nuvola.example"],"phones":[],
                 "tags":[],"preferredLanguage":"it"}"""));
        String nuvola = id(api(ws("/partnerships"), """
                {"name":"Nuvola hosting","kind":"VENDOR","contactId":"%s"}""".formatted(marco)));
        String goal = id(api(
                ws("/partnerships/" + nuvola + "/goals"),
                "{\"title\":\"Migrazione della fatturazione\",\"dueOn\":\"2099-12-31\",\"status\":\"ACHIEVED\"}"));
        assertThat(goal).isNotBlank();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api(ws("/partnerships/" + nuvola + "/contracts"), """
                {"title":"Hosting gestito","counterparty":"Nuvola Srl","startsOn":"2025-01-01","endsOn":"%s",
                 "noticeDays":60,"terminationCost":"tre mensilità di canone","transitionPlan":"Sei settimane in parallelo"}""".formatted(today.plusDays(80)));

        open("/login");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> path().startsWith("/w/"));
        italian();

        open("/w/" + workspace + "/partnerships/" + nuvola);
        driver.findElement(By.linkText("Chiusura")).click();
        waitForText(By.cssSelector("main h1"), "Chiudere bene");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Hosting gestito", "60 giorni", "tre mensilità di canone");
        shots("endings-ending", "it");

        driver.findElement(By.xpath("//form[.//h3[text()='Un fornitore che non fa più al caso nostro']]//button"))
                .click();
        waitForText(By.cssSelector("main h1"), "Percorso: Un fornitore che non fa più al caso nostro");
        assertThat(driver.findElement(By.cssSelector(".partnership-side")).getText())
                .contains("Migrazione della fatturazione", "tre mensilità di canone");
        driver.findElement(By.cssSelector("input[name=checked]")).click();
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Le tue esigenze");
        type("notes", "Oggi ci serve assistenza anche nel fine settimana.");
        driver.findElement(By.cssSelector("input[name=checked]")).click();
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il contratto");
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il messaggio");
        String draft = driver.findElement(By.id("draft-body")).getDomProperty("value");
        assertThat(draft)
                .contains(
                        "Gentile Marco",
                        "Migrazione della fatturazione",
                        "Oggi ci serve assistenza anche nel fine settimana.",
                        "preavviso di 60 giorni",
                        "tre mensilità di canone",
                        "piano di transizione");
        shots("endings-run-message", "it");
        driver.findElement(By.cssSelector("button[name=next]")).click();
        waitForText(By.id("step-heading"), "Il passaggio di consegne");
        type("reason", "Passiamo a un fornitore con assistenza continua");
        driver.findElement(By.cssSelector("#finish-heading + form button")).click();
        waitForText(By.cssSelector(".partnership-badges .stage"), "Conclusa");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Percorso concluso");

        english();
        open("/w/" + workspace + "/partnerships/" + nuvola + "/ending");
        waitForText(By.cssSelector("main h1"), "Ending well");
        shots("endings-ending", "en");
        driver.findElement(By.cssSelector(".list a")).click();
        waitForText(By.cssSelector("main h1"), "Playbook");
        shots("endings-run-finished", "en");
    }

    private void italian() {
        language("it");
    }

    private void english() {
        language("en");
    }

    private void language(String tag) {
        open("/account");
        new Select(driver.findElement(By.id("locale"))).selectByValue(tag);
        driver.findElement(By.cssSelector("form[action='/account/profile'] button[type=submit]"))
                .click();
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

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
