package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;

import dev.tandem.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check-in from plan to timeline, in a real (headless) Chromium: given a partnership that has fallen
 * behind its cadence, with Ana on their side (set up through the API), plan a check-in, run it (agenda,
 * attendance, an action item, all by htmx), hold it, and see the cadence back in touch, the reliability on
 * the commitments tab, the held meeting with who attended on the timeline, and "My week". Every htmx
 * answer is waited for explicitly. Opt-in with TANDEM_BROWSER_TESTS=true; screenshots in target/screenshots.
 */
class RhythmJourneyBrowserTests extends BrowserTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void planRunAndHoldACheckInThenSeeCadenceReliabilityAndTimeline() throws Exception {
        String email = signUp("ada", "Ada Lovelace", "Engines");
        String ana = id(api(
                ws("/contacts"),
                "{\"displayName\":\"Ana Ortega\",\"emails\":[\"ana@acme.example\"],\"phones\":[],\"tags\":[]}"));
        String acme = id(api(ws("/partnerships"), """
                {"name":"Acme pilot","kind":"ORG_PARTNER","cadenceIdealDays":14,"cadenceMaxDays":30,"contactId":"%s"}""".formatted(ana)));
        String us = id(api(
                ws("/partnerships/" + acme + "/participants"),
                "{\"userId\":\"%s\",\"role\":\"Owner\"}".formatted(userId)));
        String them = id(api(
                ws("/partnerships/" + acme + "/participants"),
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana)));
        clock.advance(Duration.ofDays(20));

        logIn(email);
        open("/w/" + workspace + "/partnerships/" + acme);
        waitForText(By.cssSelector("main h1"), "Acme pilot");
        assertThat(driver.findElement(By.cssSelector(".partnership-badges .cadence"))
                        .getText())
                .isEqualTo("Due");

        click(driver.findElement(By.cssSelector("main")).findElement(By.linkText("Meetings")));
        waitForText(By.cssSelector("main [role=tab][aria-selected=true]"), "Meetings");
        waitForText(By.cssSelector("main"), "No meetings yet.");
        var start =
                LocalDateTime.ofInstant(clock.instant(), ROME).minusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
        new Select(driver.findElement(By.id("m-type"))).selectByValue("CHECK_IN");
        setValue("m-start", start.toString());
        setValue("m-end", start.plusHours(1).toString());
        type("m-agenda", "Pilot results");
        screenshot("rhythm-01-plan");
        driver.findElement(By.xpath("//button[normalize-space()='Plan meeting']"))
                .click();

        waitForText(By.cssSelector(".flash.notice"), "Meeting planned.");
        waitForText(By.cssSelector("main h1"), "Check-in");
        assertThat(driver.findElement(By.id("meeting-agenda")).getText()).contains("Listen first");
        assertThat(driver.findElement(By.id("agenda-1")).getDomProperty("value"))
                .isEqualTo("Pilot results");
        WebElement agenda = driver.findElement(By.id("meeting-agenda"));
        type("agenda-new", "Next quarter");
        driver.findElement(By.xpath("//button[normalize-space()='Add item']")).click();
        wait.until(stalenessOf(agenda));
        wait.until(presenceOfElementLocated(By.id("agenda-2")));
        assertThat(driver.findElement(By.id("agenda-2")).getDomProperty("value"))
                .isEqualTo("Next quarter");

        attend(us, "ATTENDED");
        attend(them, "ATTENDED");

        WebElement actions = driver.findElement(By.id("meeting-actions"));
        type("a-what", "Send the pilot report");
        new Select(driver.findElement(By.id("a-side"))).selectByValue("US");
        new Select(driver.findElement(By.id("a-person"))).selectByValue(us);
        setValue("a-due", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        driver.findElement(By.xpath("//button[normalize-space()='Add action item']"))
                .click();
        wait.until(stalenessOf(actions));
        waitForText(By.id("meeting-actions"), "Send the pilot report");
        screenshot("rhythm-02-run");
        driver.findElement(By.xpath("//button[normalize-space()='Mark as held']"))
                .click();

        waitForText(By.cssSelector(".flash.notice"), "Meeting marked as held");
        assertThat(driver.findElement(By.cssSelector(".page-head .meeting-held"))
                        .getText())
                .isEqualTo("Held");
        driver.findElement(By.cssSelector(".eyebrow a[href$='/partnerships/" + acme + "']"))
                .click();

        waitForText(By.cssSelector("main h1"), "Acme pilot");
        assertThat(driver.findElement(By.cssSelector(".partnership-badges .cadence"))
                        .getText())
                .isEqualTo("In touch");
        waitForText(By.id("timeline"), "Check-in held · attended: Ada Lovelace, Ana Ortega");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("We committed to “Send the pilot report”");
        screenshot("rhythm-03-hub");

        nav("My week");
        waitForText(By.cssSelector("main h1"), "My week");
        assertThat(driver.findElement(By.cssSelector(".my-week")).getText())
                .contains(
                        "Check-in",
                        "Acme pilot",
                        "Held",
                        "Send the pilot report",
                        "Every partnership you own is in touch.");
        screenshot("rhythm-04-my-week");
        open("/w/" + workspace + "/commitments");
        waitForText(By.cssSelector("main"), "What we owe");
        assertThat(driver.findElement(By.cssSelector(".commitment-board")).getText())
                .contains("Ada Lovelace", "Send the pilot report", "Acme pilot");
        screenshot("rhythm-05-workspace-commitments");

        open("/w/" + workspace + "/partnerships/" + acme + "/commitments");
        waitForText(By.cssSelector("main [role=tab][aria-selected=true]"), "Commitments");
        waitForText(By.id("rel-heading"), "Reliability");
        driver.findElement(By.xpath("//button[normalize-space()='Mark done']")).click();
        waitForText(By.cssSelector(".flash.notice"), "Commitment updated.");
        String reliability =
                driver.findElement(By.cssSelector(".commitment-reliability")).getText();
        assertThat(reliability).contains("100%", "1 of 1 on time", "Nothing was due yet.");
        screenshot("rhythm-06-reliability");

        String goal = id(api(
                ws("/partnerships/" + acme + "/goals"),
                "{\"title\":\"Two pilots a year\",\"dueOn\":\"2099-12-31\",\"why\":\"Both learn\"}"));
        open("/w/" + workspace + "/partnerships/" + acme + "/goals");
        driver.findElement(By.cssSelector("a[href$='/goals/" + goal + "/edit']"))
                .click();
        waitForText(By.cssSelector("main h1"), "Edit shared goal");
        type("title", "Three pilots a year");
        new Select(driver.findElement(By.id("theirOwnerId"))).selectByVisibleText("Ana Ortega");
        screenshot("rhythm-07-goal-edit");
        driver.findElement(By.xpath("//button[normalize-space()='Save']")).click();
        waitForText(By.cssSelector(".flash.notice"), "Shared goal saved.");
        assertThat(driver.findElement(By.id("goals")).getText())
                .contains("Three pilots a year", "Their owner: Ana Ortega");

        driver.manage().window().setSize(new Dimension(390, 844));
        nav("My week");
        waitForText(By.cssSelector("main h1"), "My week");
        screenshot("rhythm-08-mobile-my-week");
        open("/w/" + workspace + "/commitments?status=open");
        waitForText(By.cssSelector("main h1"), "Commitments due");
        screenshot("rhythm-09-mobile-workspace-commitments");
        open("/w/" + workspace + "/partnerships/" + acme + "/meetings");
        driver.findElement(By.cssSelector(".meeting-list a")).click();
        waitForText(By.cssSelector("main h1"), "Check-in");
        screenshot("rhythm-10-mobile-run");
    }

    /** Picks an attendance and waits for the attendance fragment that htmx swaps in. */
    private void attend(String participant, String status) {
        WebElement before = driver.findElement(By.id("meeting-attendance"));
        new Select(driver.findElement(By.id("att-" + participant))).selectByValue(status);
        wait.until(stalenessOf(before));
        wait.until(d -> new Select(d.findElement(By.id("att-" + participant)))
                .getFirstSelectedOption()
                .getDomProperty("value")
                .equals(status));
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }
}
