package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TestUsers;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * From a LinkedIn export to a partnership, in a real (headless) Chromium: import the connections,
 * find one with the live search, start a partnership from their page, move its stage, and see it all
 * on both timelines. Opt-in with TANDEM_BROWSER_TESTS=true; screenshots land in target/screenshots.
 */
class ContactsJourneyBrowserTests extends BrowserTest {

    private static final String NAME = "José Núñez — Globex, S.A.";

    @Test
    void importLinkedInStartAPartnershipFromAContactAndMoveItsStage() throws IOException {
        open("/signup");
        type("displayName", "Ada Lovelace");
        type("email", TestUsers.uniqueEmail("ada"));
        type("password", TestUsers.PASSWORD);
        type("workspaceName", "Analytical Engines");
        driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]"))
                .click();
        wait.until(d -> path().startsWith("/w/"));

        nav("Contacts");
        waitForText(By.cssSelector("main h1"), "Contacts");
        waitForText(By.id("contact-results"), "No contacts yet");
        screenshot("contacts-01-empty");
        driver.findElement(By.linkText("Import contacts")).click();
        waitForText(By.cssSelector("main h1"), "Import");
        driver.findElement(By.id("file"))
                .sendKeys(Path.of("src/test/resources/browser/Connections.csv")
                        .toAbsolutePath()
                        .toString());
        driver.findElement(By.cssSelector("form.import-upload button[type=submit]"))
                .click();

        waitForText(By.id("import-plan"), "José Núñez");
        String plan = driver.findElement(By.id("import-plan")).getText();
        assertThat(plan)
                .contains(
                        "José Núñez",
                        "Globex, S.A.",
                        "jose.nunez@globex.example",
                        "Zoë Ångström",
                        "Chiara Bianchi",
                        "Verde, Cooperativa Sociale");
        screenshot("contacts-02-import-preview");
        driver.findElement(By.cssSelector(".import-actions button.primary")).click();

        waitForText(By.id("counts-heading"), "Import finished");
        assertThat(driver.findElement(By.cssSelector(".import-counts")).getText())
                .contains("Created 3");
        screenshot("contacts-03-import-result");

        nav("Contacts");
        type("q", "jose");
        wait.until(d -> {
            String results = d.findElement(By.id("contact-results")).getText();
            return results.contains("José Núñez") && !results.contains("Chiara");
        });
        screenshot("contacts-04-live-search");
        driver.findElement(By.linkText("José Núñez")).click();

        waitForText(By.cssSelector("main h1"), "José Núñez");
        waitForText(By.id("partnerships"), "Not part of any partnership yet.");
        screenshot("contacts-05-contact");
        driver.findElement(By.linkText("Start a partnership")).click();

        waitForText(By.cssSelector("main h1"), "New partnership");
        assertThat(driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo(NAME);
        assertThat(driver.findElement(By.cssSelector("#contact-options input:checked"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("José Núñez");
        assertThat(driver.findElement(By.cssSelector("#organization-options input:checked"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("Globex, S.A.");
        type("contact-q", "chi");
        waitForText(By.id("contact-options"), "Chiara Bianchi");
        assertThat(driver.findElement(By.cssSelector("#contact-options input:checked"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("José Núñez");
        new Select(driver.findElement(By.id("kind"))).selectByValue("VENDOR");
        type("cadenceIdealDays", "14");
        type("cadenceMaxDays", "30");
        screenshot("contacts-06-partnership-form");
        driver.findElement(By.xpath("//button[normalize-space()='Create partnership']"))
                .click();

        waitForText(By.cssSelector("main h1"), NAME);
        waitForText(By.cssSelector(".flash.notice"), "Partnership created.");
        screenshot("contacts-07-hub");
        driver.findElement(By.xpath("//summary[normalize-space()='Move to Collaborating']"))
                .click();
        type("reason-COLLABORATING", "First joint pilot agreed");
        screenshot("contacts-08-hub-move");
        driver.findElement(By.cssSelector("#reason-COLLABORATING"))
                .findElement(By.xpath("ancestor::form//button"))
                .click();

        waitForText(By.cssSelector(".flash.notice"), "Stage moved.");
        String timeline = driver.findElement(By.id("timeline")).getText();
        assertThat(timeline)
                .contains("Partnership “" + NAME + "” created", "Moved to Collaborating: First joint pilot agreed");
        assertThat(driver.findElement(By.cssSelector(".partnership-badges .stage"))
                        .getText())
                .isEqualTo("Collaborating");
        screenshot("contacts-09-hub-moved");

        driver.findElement(By.cssSelector(".partnership-facts"))
                .findElement(By.linkText("José Núñez"))
                .click();
        waitForText(By.cssSelector("main h1"), "José Núñez");
        waitForText(By.id("partnerships"), NAME);
        assertThat(driver.findElement(By.id("partnerships")).getText()).contains("Collaborating");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Partnership “" + NAME + "” created");
        screenshot("contacts-10-contact-with-partnership");

        driver.findElement(By.id("note-body")).sendKeys("Prefers mornings");
        driver.findElement(By.xpath("//button[normalize-space()='Add note']")).click();
        waitForText(By.id("contact-timeline"), "Internal note added");
        screenshot("contacts-11-note-refreshes-timeline");

        String contactPage = path();
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("contacts-12-mobile-contact");
        driver.findElement(By.linkText("Start a partnership")).click();
        waitForText(By.cssSelector("main h1"), "New partnership");
        screenshot("contacts-13-mobile-partnership-form");
        open(contactPage);
        // The contact's partnerships arrive by htmx after the page itself.
        waitForText(By.id("partnerships"), NAME);
        driver.findElement(By.cssSelector("#partnerships"))
                .findElement(By.partialLinkText("José Núñez"))
                .click();
        waitForText(By.cssSelector("main h1"), NAME);
        screenshot("contacts-14-mobile-hub");
        nav("Contacts");
        screenshot("contacts-15-mobile-list");
    }
}
