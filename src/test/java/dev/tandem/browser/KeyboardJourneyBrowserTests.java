package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TestUsers;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Someone who uses only the keyboard moves a partnership to the next stage and creates a partnership. */
class KeyboardJourneyBrowserTests extends BrowserTest {

    @Test
    void aStageChangeAndAFormWithTheKeyboardAlone() throws Exception {
        String email = signUp("ada", "Ada", "Engines");
        String partnership = id(api(ws("/partnerships"), """
                {"name":"Pilot with Acme","kind":"ORG_PARTNER"}"""));

        open("/login");
        tabTo("email");
        press(email);
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("password");
        press(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(d -> path().equals("/w/" + workspace));

        open("/w/" + workspace + "/partnerships/" + partnership);
        // Once the overview's cards have loaded: next to "skip to content", a link skips the header and lands on
        // the partnership's tabs; arrow keys move along them.
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return document.querySelectorAll('[hx-trigger=\"load\"]').length"))
                        .intValue()
                == 0);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.skip-link').focus()");
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("href")).isEqualTo("#partnership-tabs");
        press(Keys.ENTER, Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("tab-overview");
        press(Keys.ARROW_RIGHT);
        assertThat(focused().getDomAttribute("id")).isEqualTo("tab-goals");
        tabUntil(e -> "summary".equals(e.getTagName()) && e.getText().equals("Move to Collaborating"));
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(focused().getDomAttribute("id")).isEqualTo("reason-COLLABORATING");
        press("The pilot has started");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Move");
        press(Keys.ENTER);
        waitForText(By.cssSelector(".flash.notice"), "Stage moved.");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Collaborating", "The pilot has started");

        open("/w/" + workspace + "/partnerships/new");
        tabTo("name");
        press("Mentoring with Grace", Keys.ENTER);
        waitForText(By.cssSelector(".flash.notice"), "Partnership created.");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Mentoring with Grace");
    }

    /** Keys go to whatever has focus, as on a real keyboard. */
    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private WebElement tabTo(String id) {
        return tabUntil(e -> id.equals(e.getDomAttribute("id")));
    }

    /** Presses Tab until the focused element is the one wanted; a page that needs more than 60 fails. */
    private WebElement tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("not reached with 60 presses of Tab");
    }
}
