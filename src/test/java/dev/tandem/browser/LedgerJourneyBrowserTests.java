package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * We keep putting time into a partnership and they give little back: recorded through the ledger's form until the
 * one-sided alert fires on the dashboard; then a milestone is recorded and a contributor thanked.
 */
class LedgerJourneyBrowserTests extends BrowserTest {

    @Test
    void recordingUntilTheAlertFiresThenCelebratingAMilestone() throws Exception {
        String email = signUp("ada", "Ada", "Engines");
        String acme = id(api("POST", ws("/partnerships"), """
                {"name":"Pilot with Acme","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        String ana = id(api("POST", ws("/contacts"), """
                {"displayName":"Ana Ruiz","emails":[],"phones":[],"tags":[]}"""));
        api("POST", ws("/partnerships/" + acme + "/participants"), """
                {"contactId":"%s","role":"Lead"}""".formatted(ana));
        api("POST", ws("/partnerships/" + acme + "/contributions"), """
                {"side":"THEM","kind":"TIME","description":"Feedback call","occurredOn":"%s","amount":1,"personId":"%s"}""".formatted(
                        LocalDate.now(ZoneOffset.UTC).minusDays(20), ana));

        logIn(email);

        String ledger = "/w/" + workspace + "/partnerships/" + acme + "/ledger";
        open("/w/" + workspace + "/partnerships/" + acme);
        click(driver.findElement(By.linkText("Ledger")));
        waitForText(By.cssSelector("main h1"), "Ledger");
        assertThat(driver.findElement(By.id("balance")).getText()).contains("Us 0 (0%), them 1 (100%), in hours");
        for (String hours : new String[] {"10", "12"}) {
            type("c-description", "Mentoring session");
            type("c-amount", hours);
            driver.findElement(By.cssSelector("#contributions form.stack button[type=submit]"))
                    .click();
            waitForText(By.cssSelector("#contributions"), hours + " h");
        }
        assertThat(driver.findElement(By.id("balance")).getText()).contains("Us 22 (96%), them 1 (4%), in hours");
        assertThat(driver.findElements(By.cssSelector(".ledger-chart svg rect")))
                .isNotEmpty();
        shots("ledger", "en");

        open("/w/" + workspace);
        waitForText(By.cssSelector(".health-attention"), "Pilot with Acme");
        assertThat(driver.findElement(By.cssSelector(".health-attention")).getText())
                .contains("One-sided investment")
                .contains("Their side put in 1.0 of 23.0 hours (4%)");
        screenshot("ledger-dashboard");

        String recognition = "/w/" + workspace + "/partnerships/" + acme + "/recognition";
        open(recognition);
        type("milestone-title", "Pilot live");
        type("milestone-achieved", "First 100 users on the pilot");
        driver.findElement(By.cssSelector("#new-milestone input[type=checkbox]"))
                .click();
        driver.findElement(By.cssSelector("#new-milestone button[type=submit]")).click();
        waitForText(By.cssSelector("#milestones"), "Not thanked yet");
        driver.findElement(By.cssSelector("#milestones details summary")).click();
        driver.findElement(By.cssSelector("#milestones details button[type=submit]"))
                .click();
        waitForText(By.cssSelector("#milestones"), "Ada thanked Ana Ruiz");
        assertThat(driver.findElement(By.id("milestones")).getText())
                .contains("Celebrated")
                .contains("Thank you for your part in Pilot live");
        shots("recognition", "en");

        open("/account");
        var profile = driver.findElement(By.cssSelector("form[action$='/account/profile']"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].querySelector('[name=locale]').value = 'it'; arguments[0].submit();", profile);
        wait.until(ExpectedConditions.stalenessOf(profile));
        open(ledger);
        waitForText(By.cssSelector("main h1"), "Registro");
        shots("ledger", "it");
        open(recognition);
        waitForText(By.cssSelector("main h1"), "Riconoscimenti");
        shots("recognition", "it");
    }
}
