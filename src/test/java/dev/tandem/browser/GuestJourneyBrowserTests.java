package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import dev.tandem.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A partner comes in, in a real (headless) Chromium: a member invites Ana (on their side) from the partnership's
 * guests section; in a second browser Ana opens the link, creates her account and lands on the partner view (the
 * shared note and goal, never the internal note), says she will come to the next check-in, asks a question with a
 * file in the shared space — which the member sees arrive live and answers, live on her page too — and the workspace
 * dashboard answers her 404. With the ledger shared, she records what her side put in and thanks Olivia, whose
 * kudos show in the shared space. Back in the first browser the invitation shows as accepted. Screenshots in target/screenshots, at 1280 and 390 px, English and
 * Italian.
 */
class GuestJourneyBrowserTests extends BrowserTest {

    @Test
    void inviteAGuestWhoAcceptsInAnotherBrowserSeesThePartnerViewAndNotTheWorkspace() throws Exception {
        String email = signUp("olivia", "Olivia Reyes", "Riverbank Trust");
        String olivia = userId;
        String anaEmail = TestUsers.uniqueEmail("ana");
        String ana = id(api(ws("/contacts"), """
                {"displayName":"Ana Ortega","emails":["%s"],"phones":[],"tags":[]}""".formatted(anaEmail)));
        String acme = id(api(ws("/partnerships"), """
                {"name":"Acme alliance","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30,"contactId":"%s",
                 "purpose":"Bring clean water projects to twelve towns together.","values":["Sustainability","Equity"]}""".formatted(ana)));
        api(
                ws("/partnerships/" + acme + "/participants"),
                "{\"contactId\":\"%s\",\"role\":\"Programme lead\"}".formatted(ana));
        api(
                ws("/partnerships/" + acme + "/notes"),
                "{\"body\":\"Welcome to our shared page, Ana!\",\"visibility\":\"SHARED\"}");
        api(
                ws("/partnerships/" + acme + "/notes"),
                "{\"body\":\"Internal: budget is tight\",\"visibility\":\"INTERNAL\"}");
        api(ws("/partnerships/" + acme + "/goals"), "{\"title\":\"Twelve towns by June\",\"dueOn\":\"2099-06-30\"}");
        api(
                ws("/partnerships/" + acme + "/commitments"),
                "{\"what\":\"Share the site list\",\"ownerSide\":\"THEM\",\"dueOn\":\"2099-02-01\"}");
        api(ws("/partnerships/" + acme + "/meetings"), """
                {"type":"CHECK_IN","startsAt":"2099-01-10T09:00","endsAt":"2099-01-10T10:00","timeZone":"Europe/Rome"}""");
        api(
                ws("/partnerships/" + acme + "/participants"),
                "{\"userId\":\"%s\",\"role\":\"Sponsor\"}".formatted(olivia));
        api(ws("/partnerships/" + acme + "/contributions"), """
                {"side":"US","kind":"TIME","description":"Surveyed the first three towns","occurredOn":"%s","amount":12}""".formatted(
                        LocalDate.now(ZoneOffset.UTC).minusDays(2)));

        logIn(email);
        open("/w/" + workspace + "/partnerships/" + acme + "/ledger");
        click(driver.findElement(By.cssSelector("#sharing button[type=submit]")));
        waitForText(By.id("sharing"), "Keep it internal again");
        shots(driver, "ledger-sharing", null);
        open("/w/" + workspace + "/partnerships/" + acme);
        wait.until(presenceOfElementLocated(By.id("guest-email")));
        assertThat(driver.findElement(By.id("guests")).getText()).contains("Ana Ortega (" + anaEmail + ")");
        type("guest-email", anaEmail);
        click(driver.findElement(By.cssSelector("#guests form button[type=submit]")));
        waitForText(By.cssSelector("#guests .flash.warning"), anaEmail);
        String link = driver.findElement(By.cssSelector("#guests code.secret")).getText();
        waitForText(By.cssSelector("#guests .guest-list"), "Pending");
        shots(driver, "guests-section", "/w/" + workspace + "/partnerships/" + acme + "/guests");

        Path profile = Files.createTempDirectory("tandem-chromium-");
        WebDriver partner = chromium(profile);
        try {
            var partnerWait = new WebDriverWait(partner, Duration.ofSeconds(15));
            partnerWait.ignoring(StaleElementReferenceException.class);
            partner.get("http://localhost:" + port + URI.create(link).getPath());
            partnerWait.until(
                    d -> d.findElement(By.cssSelector("main h1")).getText().contains("Acme alliance"));
            shots(partner, "guest-invitation", null);
            click(partner, partner.findElement(By.partialLinkText("Create an account")));
            partnerWait.until(presenceOfElementLocated(By.id("displayName"))).sendKeys("Ana Ortega");
            partner.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            click(partner, partner.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")));

            partnerWait.until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith("/partner-view"));
            String view = partner.findElement(By.tagName("main")).getText();
            assertThat(view)
                    .contains(
                            "Acme alliance",
                            "Welcome to our shared page, Ana!",
                            "Twelve towns by June",
                            "Share the site list",
                            "Riverbank Trust")
                    .doesNotContain("budget is tight");
            assertThat(partner.findElements(By.cssSelector("nav.mainnav"))).isEmpty();
            shots(partner, "partner-view", partner.getCurrentUrl());

            // Ana says she will come to the next check-in
            click(partner, partner.findElement(By.cssSelector(".partner-reply button[value=COMING]")));
            partnerWait.until(d -> d.findElement(By.id("meetings")).getText().contains("You said you'll be there."));

            // the ledger is shared: she records what her side put in, and thanks Olivia
            assertThat(partner.findElement(By.id("ledger")).getText()).contains("Surveyed the first three towns");
            partner.findElement(By.id("pv-description")).sendKeys("Mapped the wells with the town councils");
            partner.findElement(By.id("pv-amount")).sendKeys("8");
            click(partner, partner.findElement(By.cssSelector("#ledger form button[type=submit]")));
            partnerWait.until(d -> d.findElement(By.id("ledger")).getText().contains("Mapped the wells"));
            partner.findElement(By.id("pv-kudos-message")).sendKeys("Thank you for walking the towns with us!");
            click(partner, partner.findElement(By.cssSelector("#kudos form button[type=submit]")));
            partnerWait.until(
                    d -> d.findElement(By.tagName("main")).getText().contains("Your thanks are in the shared space."));
            shots(partner, "partner-view-ledger", partner.getCurrentUrl().replaceAll("#.*$", "") + "#ledger");

            // she asks a question with a file in the shared space; the member, on the same page, sees it arrive live
            String space = "/w/" + workspace + "/partnerships/" + acme + "/space";
            open(space);
            wait.until(presenceOfElementLocated(By.id("space-feed")));
            partner.get("http://localhost:" + port + "/w/" + workspace + "/partnerships/" + acme + "/partner-view");
            click(partner, partner.findElement(By.linkText("Shared space")));
            partnerWait.until(presenceOfElementLocated(By.id("space-body")));
            click(partner, partner.findElement(By.cssSelector(".space-kinds input[value=QUESTION]")));
            partner.findElement(By.id("space-body")).sendKeys("When do we visit the first town?");
            click(partner, partner.findElement(By.cssSelector(".space-resource summary")));
            Path plan = Files.createTempFile("site-plan", ".txt");
            Files.writeString(plan, "Town 1: Riverside, March.");
            partner.findElement(By.id("space-file")).sendKeys(plan.toString());
            click(partner, partner.findElement(By.cssSelector(".space-compose button[type=submit]")));
            partnerWait.until(d -> d.findElement(By.id("space-feed")).getText().contains("site-plan"));
            assertThat(partner.findElement(By.id("space-feed")).getText())
                    .contains("A thank-you to Olivia Reyes", "Thank you for walking the towns with us!");
            waitForText(By.id("space-feed"), "When do we visit the first town?");
            assertThat(driver.findElement(By.id("space-feed")).getText()).contains("site-plan");

            // the member answers; the reply reaches Ana's open page live too
            var answer = driver.findElement(By.cssSelector("#space-feed .space-reply-form input[name=body]"));
            answer.sendKeys("The 12th of March, with the mayor.");
            answer.submit();
            partnerWait.until(
                    d -> d.findElement(By.id("space-feed")).getText().contains("The 12th of March, with the mayor."));
            shots(partner, "space-guest", null);

            partner.get("http://localhost:" + port + "/w/" + workspace);
            partnerWait.until(d -> d.findElement(By.tagName("body")).getText().contains("404")
                    || d.getTitle().contains("Not found")
                    || d.getTitle().contains("404"));
            assertThat(partner.findElement(By.tagName("body")).getText()).doesNotContain("Acme alliance");
        } finally {
            partner.quit();
            FileSystemUtils.deleteRecursively(profile);
        }

        open("/w/" + workspace + "/partnerships/" + acme);
        waitForText(By.cssSelector("#guests .guest-list"), "Accepted");
        assertThat(driver.findElement(By.cssSelector("#guests .guest-list")).getText())
                .contains("Ana Ortega");
        shots(driver, "partner-view-preview", "/w/" + workspace + "/partnerships/" + acme + "/partner-view");
    }

    /** The page at 1280 and 390 px, in English and Italian (the language switch is the footer's form). */
    private void shots(WebDriver browser, String name, String path) throws IOException {
        if (path != null) {
            browser.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
        }
        WebDriver saved = driver;
        driver = browser;
        try {
            for (String language : new String[] {"en", "it"}) {
                footerLanguage(browser, language);
                for (int width : new int[] {1280, 390}) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    screenshot("guests-" + name + "-" + width + "-" + language);
                }
            }
            footerLanguage(browser, "en");
            browser.manage().window().setSize(new Dimension(1280, 900));
        } finally {
            driver = saved;
        }
    }
}
