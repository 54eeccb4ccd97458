package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Setting a partnership's pulse schedule on its Partner voice page, as a member would: every how many weeks, the
 * reminder, and who hears from us; then the summary, in English and Italian. Screenshots at 1280 and 390 px.
 */
class PulseScheduleBrowserTests extends BrowserTest {

    @Test
    void setAScheduleOnThePartnerVoicePage() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String marco = id(api(ws("/contacts"), """
                {"displayName":"Marco Bianchi","givenName":"Marco","emails":["marco@nuvola.example"],"phones":[],
                 "tags":[],"preferredLanguage":"it"}"""));
        String nuvola = id(api(ws("/partnerships"), """
                {"name":"Nuvola","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        api(
                ws("/partnerships/" + nuvola + "/participants"),
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(marco));
        logIn(email);

        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback#schedule-heading");
        waitForText(By.id("schedule-heading"), "Pulse schedule");
        shots("schedule-empty", "en");
        driver.findElement(By.id("everyWeeks")).clear();
        type("everyWeeks", "6");
        click(driver.findElement(By.cssSelector("input[name=people]")));
        click(driver.findElement(By.xpath("//button[text()='Save schedule']")));
        waitForText(By.cssSelector(".schedule-summary"), "Every 6 weeks to one person");
        shots("schedule-set", "en");

        chooseLanguage("it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback#schedule-heading");
        waitForText(By.id("schedule-heading"), "Sondaggi programmati");
        assertThat(driver.findElement(By.cssSelector(".schedule-summary")).getText())
                .contains("Ogni 6 settimane");
        shots("schedule-set", "it");
    }
}
