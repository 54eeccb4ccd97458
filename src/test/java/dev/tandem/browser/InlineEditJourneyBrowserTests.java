package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The cadence, a commitment's status and a key result's value changed in place on a partnership's page: the part
 * swaps, the live region says "saved", focus lands on the part (the field just opened, then the button that opens
 * it again), axe finds nothing wrong with the open forms, in English and Italian, at 1280 and 390 px.
 */
class InlineEditJourneyBrowserTests extends BrowserTest {

    private final List<String> findings = new ArrayList<>();

    @Test
    void theCadenceACommitmentAndAKeyResultAreChangedInPlace() throws Exception {
        String email = signUp("ada", "Željka Ćosić", "Engines");
        String partnership = id(api(ws("/partnerships"), """
                {"name":"Pilot with Acme","kind":"ORG_PARTNER"}"""));
        api(ws("/partnerships/" + partnership + "/commitments"), """
                {"what":"Send the draft","ownerSide":"US","dueOn":"2099-01-31"}""");
        String goal = id(api(ws("/partnerships/" + partnership + "/goals"), """
                {"title":"Grow signups","dueOn":"2099-12-31"}"""));
        api(ws("/goals/" + goal + "/key-results"), """
                {"metric":"Signups","unit":"people","baseline":100,"target":200}""");
        logIn(email);
        String hub = "/w/" + workspace + "/partnerships/" + partnership;

        for (String language : List.of("en", "it")) {
            if (language.equals("it")) {
                chooseLanguage("it");
            }
            open(hub);
            click(wait.until(d -> d.findElement(By.cssSelector("#partnership-cadence a.button"))));
            wait.until(d -> "cadence-ideal".equals(focusedId()));
            accessible("cadence-form-" + language);
            shots("inline-cadence-form", language);
            type("cadence-ideal", "7");
            type("cadence-max", "21");
            click(driver.findElement(By.cssSelector("#partnership-cadence button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector("#partnership-cadence .flash.notice"))
                    .isEmpty());
            wait.until(d -> !liveRegion().isBlank());
            wait.until(d -> String.valueOf(focused().getDomAttribute("hx-get")).endsWith("/cadence/edit"));
            assertThat(driver.findElement(By.id("partnership-cadence")).getText())
                    .contains("7", "21");

            open(hub + "/commitments");
            click(driver.findElement(By.cssSelector("a[href$='/status/edit']")));
            wait.until(d -> "radio".equals(focused().getDomAttribute("type")));
            accessible("commitment-form-" + language);
            shots("inline-commitment-form", language);
            click(driver.findElement(By.cssSelector(".commitment-editing input[value=DONE]")));
            click(driver.findElement(By.cssSelector(".commitment-editing button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".commitment-saved")).isEmpty());
            wait.until(d -> !liveRegion().isBlank());
            wait.until(d -> String.valueOf(focused().getDomAttribute("href")).endsWith("/status/edit"));
            shots("inline-commitment-saved", language);
            // Back to open for the next language.
            click(driver.findElement(By.cssSelector("a[href$='/status/edit']")));
            wait.until(d -> "radio".equals(focused().getDomAttribute("type")));
            click(driver.findElement(By.cssSelector(".commitment-editing input[value=OPEN]")));
            click(driver.findElement(By.cssSelector(".commitment-editing button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".commitment-saved")).isEmpty());

            open(hub + "/goals");
            click(driver.findElement(By.cssSelector(".goal-kr details summary")));
            WebElement value = driver.findElement(By.cssSelector(".goal-kr input[name=value]"));
            value.sendKeys("lots");
            click(driver.findElement(By.cssSelector(".goal-kr button[type=submit]")));
            wait.until(d -> "true".equals(focused().getDomAttribute("aria-invalid")));
            wait.until(d -> !liveRegion().isBlank());
            accessible("measure-error-" + language);
            shots("inline-measure-error", language);
            value = driver.findElement(By.cssSelector(".goal-kr input[name=value]"));
            value.clear();
            value.sendKeys(language.equals("en") ? "150" : "160");
            click(driver.findElement(By.cssSelector(".goal-kr button[type=submit]")));
            wait.until(d -> !d.findElements(By.cssSelector(".goal-measured")).isEmpty());
            // focus moves when htmx settles, a moment after the swap shows the value
            wait.until(d -> "summary".equals(focused().getTagName()));
            shots("inline-measure-saved", language);

            open("/w/" + workspace + "/members");
            assertThat(driver.findElement(By.cssSelector("main .avatar")).getText())
                    .isEqualTo("ŽĆ");
            shots("inline-members", language);
        }
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private String focusedId() {
        return String.valueOf(focused().getDomAttribute("id"));
    }

    private String liveRegion() {
        return driver.findElement(By.id("live-region")).getDomProperty("textContent");
    }

    @SuppressWarnings("unchecked")
    private void accessible(String name) throws Exception {
        var js = (JavascriptExecutor) driver;
        if (Boolean.FALSE.equals(js.executeScript("return !!window.axe"))) {
            try (InputStream in = getClass().getResourceAsStream("/axe/axe.min.js")) {
                js.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var result = (Map<String, Object>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done({ violations: r.violations.map(v => v.id + ' [' + v.impact + '] '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')) }))
                  .catch(e => done({ violations: ['axe failed: ' + e] }));""");
        for (Object violation : (List<Object>) result.get("violations")) {
            findings.add(name + ": " + violation);
        }
    }
}
