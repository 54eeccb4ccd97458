package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An Italian owner loads the demo and finds the dashboard and a partnership written in Italian. */
class DemoLanguageJourneyBrowserTests extends BrowserTest {

    @Test
    void anItalianOwnerSeesTheDemoInItalian() throws Exception {
        String email = signUp("gia", "Gia", "Alleanze");
        logIn(email);
        chooseLanguage("it");
        api(ws("/demo"), "");

        open("/w/" + workspace);
        waitForText(By.cssSelector("main"), "Piattaforma fedeltà per Mercado Vivo");
        shots("demolang-dashboard", "it");

        List<String> ids = JsonPath.read(
                apiAs(token, "GET", ws("/partnerships?limit=200"), ""),
                "$.items[?(@.name == 'Solare di comunità con Solara Energía')].id");
        open("/w/" + workspace + "/partnerships/" + ids.get(0));
        waitForText(By.cssSelector("main h1"), "Solare di comunità con Solara Energía");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Sviluppare insieme impianti solari di comunità");
        shots("demolang-partnership", "it");
    }
}
