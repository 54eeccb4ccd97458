package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * An anonymous retrospective end to end in headless Chromium: start it from the partnership's feedback page, copy
 * its links, answer in a second browser with no account (in Italian), and see the results appear only once three
 * have answered. Screenshots at 1280 and 390 px, in English and Italian, in target/screenshots.
 */
class RetroJourneyBrowserTests extends BrowserTest {

    @Test
    void startARetroAnswerItAnonymouslyAndSeeResultsFromTheThreshold() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String nuvola = JsonPath.read(api("/api/v1/workspaces/" + workspace + "/partnerships", """
                {"name":"Nuvola","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""), "$.id");

        logIn(email);

        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        click(driver.findElement(By.linkText("Start an anonymous retrospective")));
        waitForText(By.cssSelector("main h1"), "Start an anonymous retrospective");
        type("title", "First year");
        new Select(driver.findElement(By.id("language"))).selectByValue("it");
        shots("retro-new", "en");
        click(driver.findElement(By.xpath("//button[text()='Start and get the links']")));
        waitForText(By.cssSelector("main h1"), "First year");
        List<String> links = driver.findElements(By.cssSelector("input.link-copy")).stream()
                .map(e -> URI.create(e.getDomProperty("value")).getPath())
                .toList();
        assertThat(links).hasSize(6);
        String results = path();
        shots("retro-links", "en");

        var profile = Files.createTempDirectory("tandem-chromium-partner-");
        WebDriver partner = chromium(profile);
        try {
            for (int i = 0; i < 3; i++) {
                partner.get("http://localhost:" + port + links.get(i));
                assertThat(partner.findElement(By.cssSelector("html")).getDomAttribute("lang"))
                        .isEqualTo("it");
                if (i == 0) {
                    partner.manage().window().setSize(new Dimension(390, 844));
                    shot(partner, "retro-answer-390-it");
                    partner.manage().window().setSize(new Dimension(1280, 900));
                    shot(partner, "retro-answer-1280-it");
                }
                partner.findElement(By.cssSelector("input[name=growing][value='" + (3 + i % 2) + "']"))
                        .click();
                partner.findElement(By.id("wentWell")).sendKeys("Risposta " + (i + 1));
                partner.findElement(By.cssSelector("form button[type=submit]")).click();
                new WebDriverWait(partner, Duration.ofSeconds(15))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d ->
                                d.findElement(By.cssSelector("h1")).getText().equals("Grazie!"));
                if (i == 1) {
                    open(results);
                    waitForText(By.cssSelector("main"), "2 answers");
                    assertThat(driver.findElement(By.cssSelector("main")).getText())
                            .doesNotContain("Risposta 1");
                    shots("retro-hidden", "en");
                }
            }
            partner.manage().window().setSize(new Dimension(390, 844));
            shot(partner, "retro-thanks-390-it");
        } finally {
            partner.quit();
            FileSystemUtils.deleteRecursively(profile);
        }

        open(results);
        waitForText(By.cssSelector("main"), "3 answers");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Risposta 1", "Risposta 3");
        shots("retro-results", "en");
        chooseLanguage("it");
        open(results);
        waitForText(By.cssSelector("main"), "3 risposte");
        shots("retro-results", "it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/retros/new");
        shots("retro-new", "it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        shots("retro-list", "it");
    }
}
