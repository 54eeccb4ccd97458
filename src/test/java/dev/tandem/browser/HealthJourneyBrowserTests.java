package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A partner who missed the last two check-ins: the dashboard puts the partnership first with the signal, and its
 * health page explains the score, the signal's evidence and the step to take, with the 12-week chart drawn.
 */
class HealthJourneyBrowserTests extends BrowserTest {

    @Test
    void theDashboardShowsADisengagingPartnerAndTheHealthPageExplainsIt() throws Exception {
        String email = signUp("ada", "Ada", "Engines");
        String calm = id(api("POST", ws("/partnerships"), """
                {"name":"Calm waters","kind":"CLIENT","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        String acme = id(api("POST", ws("/partnerships"), """
                {"name":"Pilot with Acme","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        String contact = id(api("POST", ws("/contacts"), """
                {"displayName":"Ana Ruiz","emails":[],"phones":[],"tags":[]}"""));
        String ana = id(api("POST", ws("/partnerships/" + acme + "/participants"), """
                {"contactId":"%s","role":"Lead"}""".formatted(contact)));
        for (int daysAgo : new int[] {13, 6}) {
            var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                    .minusDays(daysAgo)
                    .withHour(10)
                    .withMinute(0);
            var f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
            String meeting = id(api("POST", ws("/partnerships/" + acme + "/meetings"), """
                    {"type":"CHECK_IN","startsAt":"%s","endsAt":"%s","timeZone":"Europe/Rome"}""".formatted(
                            start.format(f), start.plusHours(1).format(f))));
            api("PUT", ws("/meetings/" + meeting + "/attendance"), """
                    {"participantId":"%s","status":"ABSENT"}""".formatted(ana));
            api("PATCH", ws("/meetings/" + meeting), "{\"held\":true}");
        }
        assertThat(calm).isNotBlank();

        logIn(email);

        waitForText(By.cssSelector(".health-attention"), "Pilot with Acme");
        assertThat(driver.findElement(By.cssSelector(".health-attention")).getText())
                .contains("Partner disengaging")
                .contains("Their side missed 2 of the last 2 meetings");
        var firstRow = driver.findElement(By.cssSelector(".health-table tbody tr"));
        assertThat(firstRow.getText()).contains("Pilot with Acme").contains("Partner disengaging");
        assertThat(driver.findElements(By.cssSelector(".health-table .sparkline path")))
                .hasSize(2);
        screenshot("health-01-dashboard");

        driver.findElement(By.cssSelector(".health-attention"))
                .findElement(By.linkText("Pilot with Acme"))
                .click();
        waitForText(By.cssSelector("main [role=tab][aria-selected=true]"), "Health");
        String signals = driver.findElement(By.cssSelector(".health-signals")).getText();
        assertThat(signals)
                .contains("Partner disengaging")
                .contains("Their side missed 2 of the last 2 meetings")
                .contains("ask how they feel about their involvement before assuming anything");
        String factors = driver.findElement(By.cssSelector(".health-factors")).getText();
        assertThat(factors)
                .contains("Engagement")
                .contains("They attended 0 of the last 2 meetings")
                .contains("No pulse surveys yet.");
        assertThat(driver.findElement(By.cssSelector(".health-missing")).getText())
                .contains("Satisfaction")
                .contains("Reciprocity");
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!(window.Chart && window.Chart.getChart('health-chart'));"));
        screenshot("health-02-partnership");

        driver.findElement(By.id("tab-overview")).click();
        waitForText(By.cssSelector("main [role=tab][aria-selected=true]"), "Overview");
        waitForText(By.cssSelector(".health-summary"), "Partner disengaging");
    }
}
