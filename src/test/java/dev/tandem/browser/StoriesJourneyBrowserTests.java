package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Stories in a real (headless) Chromium: the partner voice page's Stories section, empty and then with stories told
 * by a member, a partner through a pulse link, and the public pulse page with its optional story, in
 * English and Italian. Screenshots at 1280 and 390 px in target/screenshots.
 */
class StoriesJourneyBrowserTests extends BrowserTest {

    @Test
    void tellStoriesAndSeeThemOnThePartnerVoicePage() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        String nuvola = id(api(ws("/partnerships"), """
                {"name":"Nuvola","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30}"""));
        String marco = id(api(ws("/contacts"), """
                {"displayName":"Marco Bianchi","emails":["marco@nuvola.example"],"phones":[],"tags":[],
                 "preferredLanguage":"it"}"""));
        String jane = id(api(ws("/contacts"), """
                {"displayName":"Jane Doe","emails":["jane@nuvola.example"],"phones":[],"tags":[],
                 "preferredLanguage":"en"}"""));
        for (String contact : new String[] {marco, jane}) {
            api(
                    ws("/partnerships/" + nuvola + "/participants"),
                    "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(contact));
        }
        logIn(email);
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        waitForText(By.id("stories"), "No stories yet");
        shots("stories-empty", "en");

        String round = api(ws("/feedback/rounds"), """
                {"title":"Spring","people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"},
                 {"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(nuvola, marco, nuvola, jane));
        String marcoLink =
                URI.create(JsonPath.<String>read(round, "$.links[0].link")).getPath();
        String janeLink =
                URI.create(JsonPath.<String>read(round, "$.links[1].link")).getPath();
        api("/api/v1" + marcoLink, """
                {"satisfaction":5,"storyPrompt":"CHANGED","story":"Prima lavoravamo a compartimenti stagni.\\nOra il nostro team progetta con il vostro, e si vede nei risultati.","storyShared":true}""");
        api(ws("/partnerships/" + nuvola + "/stories"), """
                {"prompt":"PROUD","body":"The night before the launch both teams stayed until the demo worked. Nobody asked whose job it was.","visibility":"SHARED"}""");
        api(ws("/partnerships/" + nuvola + "/stories"), """
                {"prompt":"GROWING","body":"They now bring us problems before they become requests: a sign of trust."}""");

        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        waitForText(By.id("stories"), "Nobody asked whose job it was");
        assertThat(driver.findElement(By.id("stories")).getText())
                .contains("Marco Bianchi", "through a pulse survey", "What changed for you", "Our team only");
        shots("stories-section", "en");

        open(janeLink);
        waitForText(By.cssSelector("main"), "A story (optional)");
        shots("stories-answer", "en");

        chooseLanguage("it");
        open("/w/" + workspace + "/partnerships/" + nuvola + "/feedback");
        waitForText(By.id("stories"), "Storie");
        waitForText(By.id("stories"), "con un sondaggio");
        shots("stories-section", "it");
        String second = api(ws("/feedback/rounds"), """
                {"title":"Estate","people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(nuvola, marco));
        open(URI.create(JsonPath.<String>read(second, "$.links[0].link")).getPath());
        waitForText(By.cssSelector("main"), "Una storia (facoltativa)");
        shots("stories-answer", "it");
    }
}
