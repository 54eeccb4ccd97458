package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A pulse survey end to end in a real (headless) Chromium: send a round from the pages, open the link in a second
 * browser with no account (it opens in Italian, the contact's language), answer, and see the satisfaction factor and
 * the trend chart. Screenshots at 1280 and 390 px, in English and Italian, in target/screenshots.
 */
class PulseJourneyBrowserTests extends BrowserTest {

    @Test
    void sendARoundAnswerItInItalianAndSeeSatisfaction() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String marco = id(api(ws("/contacts"), """
                {"displayName":"Marco Bianchi","givenName":"Marco","emails":["marco@nuvola.example"],"phones":[],
                 "tags":[],"preferredLanguage":"it"}"""));
        String nuvola = id(api(ws("/partnerships"), """
                {"name":"Nuvola","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        api(
                ws("/partnerships/" + nuvola + "/participants"),
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(marco));
        // an earlier round, answered 5, so the chart has a line and the drop shows
        String earlier = api(ws("/feedback/rounds"), """
                {"title":"Autunno","people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(nuvola, marco));
        String earlierLink =
                URI.create(JsonPath.<String>read(earlier, "$.links[0].link")).getPath();
        api("/api/v1" + earlierLink, "{\"satisfaction\":5,\"continueLikelihood\":9,\"answer1\":\"Ottima squadra\"}");

        logIn(email);

        open("/w/" + workspace + "/feedback/rounds/new?partnership=" + nuvola);
        type("title", "Winter pulse");
        driver.findElement(By.cssSelector("input[name=people]")).click();
        click(driver.findElement(By.xpath("//button[text()='Send the survey']")));
        waitForText(By.cssSelector("main h1"), "Winter pulse");
        String link = URI.create(
                        driver.findElement(By.cssSelector("input.link-copy")).getDomProperty("value"))
                .getPath();
        shots("feedback-round-sent", "en");

        var profile = Files.createTempDirectory("tandem-chromium-partner-");
        WebDriver partner = chromium(profile);
        try {
            partner.get("http://localhost:" + port + link);
            assertThat(pageLanguage(partner)).isEqualTo("it");
            assertThat(partner.findElement(By.cssSelector("h1")).getText()).contains("Ciao Marco Bianchi");
            partner.manage().window().setSize(new Dimension(390, 844));
            shot(partner, "feedback-answer-390-it");
            partner.manage().window().setSize(new Dimension(1280, 900));
            shot(partner, "feedback-answer-1280-it");
            partner.findElement(By.cssSelector("input[name=satisfaction][value='3']"))
                    .click();
            partner.findElement(By.cssSelector("input[name=continueLikelihood][value='6']"))
                    .click();
            partner.findElement(By.id("answer2")).sendKeys("Più incontri di persona");
            partner.findElement(By.cssSelector("button[type=submit]")).click();
            // the thank-you page replaces the form: its heading is read once it is there
            new WebDriverWait(partner, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("h1")).getText().equals("Grazie!"));
            partner.manage().window().setSize(new Dimension(390, 844));
            shot(partner, "feedback-thanks-390-it");
            partner.get("http://localhost:" + port + link);
            assertThat(partner.findElement(By.cssSelector("h1")).getText())
                    .isEqualTo("Questo link non accetta più risposte");
        } finally {
            partner.quit();
            FileSystemUtils.deleteRecursively(profile);
        }

        open(path());
        waitForText(By.cssSelector("main"), "1 of 1 answered");
        shots("feedback-round-results", "en");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        waitForText(By.cssSelector("main h1"), "Partner voice");
        assertThat(driver.findElements(By.cssSelector("svg.pulse-chart circle")))
                .hasSize(2);
        shots("feedback-trend", "en");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/health");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Satisfaction dropping", "An average of 4.0 out of 5 from 2 pulse ratings");
        shots("feedback-health", "en");

        chooseLanguage("it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        waitForText(By.cssSelector("main h1"), "La voce del partner");
        shots("feedback-trend", "it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/health");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Soddisfazione in calo");
        shots("feedback-health", "it");
        open("/w/" + workspace + "/feedback");
        shots("feedback-rounds", "it");
        driver.findElement(By.linkText("Winter pulse")).click();
        waitForText(By.cssSelector("main h1"), "Winter pulse");
        shots("feedback-round-results", "it");
    }
}
