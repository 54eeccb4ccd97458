package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Inclusion and values: our side states its values on the overview in place, their side's are noted, and the
 * shared ones stand apart; on the goals tab, who was consulted is recorded and the voices still missing show.
 */
class ValuesJourneyBrowserTests extends BrowserTest {

    @Test
    void valuesAreStatedInPlaceAndVoicesRecordedOnAGoal() throws Exception {
        String email = signUp("ada", "Ada", "Engines");
        String acme = id(api("POST", ws("/partnerships"), """
                {"name":"Community solar with Solara","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        String goal = id(api("POST", ws("/partnerships/" + acme + "/goals"), """
                {"title":"Power 400 homes from shared rooftops","dueOn":"2099-12-31"}"""));
        api("PUT", ws("/partnerships/" + acme + "/values/theirs"), """
                {"values":["Sustainability","Local jobs"]}""");
        api("POST", ws("/partnerships/" + acme + "/goals/" + goal + "/consultations"), """
                {"side":"THEIRS","who":"Residents' association","role":"Neighbours","consultedOn":"2026-01-10","how":"WORKSHOP"}""");

        logIn(email);
        open("/w/" + workspace + "/partnerships/" + acme);
        click(driver.findElement(By.cssSelector("#partnership-values details summary")));
        click(driver.findElement(By.cssSelector("#values-OURS-0")));
        click(driver.findElement(By.cssSelector("#values-OURS-2")));
        type("values-free-OURS", "Shared risk");
        click(driver.findElement(By.cssSelector("#partnership-values details[open] button[type=submit]")));
        waitForText(By.id("partnership-values"), "Values saved.");
        assertThat(driver.findElement(By.cssSelector(".values-shared")).getText())
                .contains("Sustainability");
        assertThat(driver.findElement(By.cssSelector(".values-ours")).getText())
                .contains("Openness")
                .contains("Shared risk");
        assertThat(driver.findElement(By.cssSelector(".values-theirs")).getText())
                .contains("Local jobs");
        shots("values-overview", "en");

        open("/w/" + workspace + "/partnerships/" + acme + "/goals");
        assertThat(driver.findElement(By.cssSelector(".goal-voice-gaps")).getText())
                .contains("our side")
                .contains("the teams doing the work");
        click(driver.findElement(By.cssSelector(".goal-voice-add summary")));
        type("voice-who-" + goal, "Programme team");
        type("voice-role-" + goal, "Pilot coordination");
        click(driver.findElement(By.cssSelector(".goal-voice-add input[name=doesTheWork]")));
        click(driver.findElement(By.cssSelector(".goal-voice-add button[type=submit]")));
        waitForText(By.id("voices-" + goal), "Consultation recorded.");
        assertThat(driver.findElement(By.id("voices-" + goal)).getText()).contains("Programme team");
        // the alignment card no longer says a voice is missing: it was refreshed with the goal's section
        assertThat(driver.findElements(By.cssSelector(".goal-voice-gaps"))).isEmpty();
        shots("values-goals", "en");

        chooseLanguage("it");
        open("/w/" + workspace + "/partnerships/" + acme);
        waitForText(By.id("partnership-values"), "Condivisi da entrambe le parti");
        shots("values-overview", "it");
        open("/w/" + workspace + "/partnerships/" + acme + "/goals");
        waitForText(By.id("voices-" + goal), "Voci ascoltate");
        shots("values-goals", "it");
    }
}
