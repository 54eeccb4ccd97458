package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import dev.tandem.TestUsers;
import dev.tandem.identity.AccountService;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's first visit in a real (headless) Chromium: sign up, log out, log back in, switch to
 * Italian.
 */
class SignupJourneyBrowserTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void signUpLogOutLogInAndSwitchToItalian() throws IOException {
        String email = TestUsers.uniqueEmail("ada");
        open("/signup");
        type("displayName", "Ada Lovelace");
        type("email", email);
        type("password", TestUsers.PASSWORD);
        type("workspaceName", "Analytical Engines");
        driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]"))
                .click();

        waitForText(By.id("empty-heading"), "Your portfolio is empty");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Welcome, Ada Lovelace");
        screenshot("01-dashboard-empty");

        // The menu is a <details>: "Log out" is only clickable once its summary has opened it.
        driver.findElement(By.cssSelector("details.usermenu > summary")).click();
        wait.until(elementToBeClickable(
                        By.xpath("//details[contains(@class,'usermenu')]//button[normalize-space()='Log out']")))
                .click();
        waitForText(By.cssSelector(".flash.notice"), "You have logged out.");

        logIn(email, TestUsers.PASSWORD);
        wait.until(d -> path().startsWith("/w/"));
        waitForText(By.id("empty-heading"), "Your portfolio is empty");

        driver.findElement(By.cssSelector("nav.mainnav"))
                .findElement(By.linkText("Members"))
                .click();
        waitForText(By.cssSelector("main h1"), "Members");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Ada Lovelace", email);
        screenshot("02-members");

        // The switch is a plain form post that comes back to the same page, now in Italian.
        driver.findElement(By.xpath("//footer//button[normalize-space()='Italiano']"))
                .click();
        waitForText(By.cssSelector("nav.mainnav"), "Membri");
        assertThat(path()).endsWith("/members");
        screenshot("03-members-italian");

        driver.findElement(By.cssSelector("nav.mainnav"))
                .findElement(By.linkText("Panoramica"))
                .click();
        waitForText(By.id("empty-heading"), "Il tuo portafoglio è vuoto");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                .isEqualTo("Ti diamo il benvenuto, Ada Lovelace");
        screenshot("04-dashboard-italian");
    }

    @Test
    void wrongPasswordKeepsTheEmailFilledIn() throws IOException {
        // The account itself is not under test here, so it is made directly rather than through the form.
        String email = TestUsers.uniqueEmail("grace");
        accounts.signUp(new AccountService.SignUp(
                email, TestUsers.PASSWORD, "Grace Hopper", "Compilers", Locale.ENGLISH, ZoneId.of("UTC"), null));

        logIn(email, "not the password at all");
        waitForText(By.cssSelector(".flash.error"), "Wrong email or password.");
        assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
        assertThat(driver.findElement(By.id("password")).getDomProperty("value"))
                .isEmpty();
        screenshot("05-login-wrong-password");
    }

    private void logIn(String email, String password) {
        open("/login");
        type("email", email);
        type("password", password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
    }
}
