package dev.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bell and the notifications in a real (headless) Chromium: the bell shows the unread count on every page (htmx
 * loads it), the page lists them, marking one read updates it in place, and the preferences page saves. Screenshots
 * at 1280 and 390 px, in English and Italian, in target/screenshots.
 */
class NotifyJourneyBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBellCountsAndThePageMarksRead() throws Exception {
        String email = signUp("ada", "Ada Rossi", "Officina");
        UUID workspace = UUID.fromString(this.workspace);
        UUID user = UUID.fromString(userId);
        UUID partnership = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // what other modules' news and the sweep leave, written straight in: this journey is about showing them
        notification(
                workspace, user, "INVITATION_ACCEPTED", "Marco Bianchi", "", null, "members", Duration.ofHours(30));
        notification(
                workspace,
                user,
                "PARTNER_POSTED",
                "Nuvola hosting",
                "Can we move the kickoff to Thursday?",
                null,
                "partnerships/" + partnership,
                Duration.ofHours(5));
        notification(
                workspace,
                user,
                "COMMITMENT_OVERDUE",
                "Nuvola hosting",
                "Send the signed order form",
                today.minusDays(2),
                "partnerships/" + partnership + "/commitments",
                Duration.ofHours(3));
        notification(
                workspace,
                user,
                "MEETING_SOON",
                "Nuvola hosting",
                "10:30",
                today.plusDays(1),
                "partnerships/" + partnership,
                Duration.ofHours(2));
        notification(
                workspace,
                user,
                "SIGNAL_RAISED",
                "Nuvola hosting",
                "CHECK_IN_OVERDUE",
                null,
                "partnerships/" + partnership + "/health",
                Duration.ofMinutes(20));

        logIn(email);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notify-bell .bell-count"), "5"));
        shots("notify-bell", "en");

        driver.findElement(By.id("notify-bell")).click();
        wait.until(d -> path().endsWith("/notifications"));
        var first = driver.findElement(By.cssSelector(".notify-item.unread form[hx-post] button"));
        click(first);
        wait.until(d -> d.findElements(By.cssSelector(".notify-item.unread")).size() == 4);
        shots("notify-page", "en");

        open("/w/" + workspace + "/notifications/preferences");
        shots("notify-preferences", "en");

        chooseLanguage("it");
        open("/w/" + workspace + "/notifications");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notify-bell .bell-count"), "4"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Notifiche");
        shots("notify-page", "it");
        open("/w/" + workspace + "/notifications/preferences");
        driver.findElement(By.cssSelector("input[name=byMail][value=MEETING_SOON]"))
                .click();
        new Select(driver.findElement(By.id("digestDay"))).selectByValue("FRIDAY");
        click(driver.findElement(By.cssSelector("main form button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.notice")));
        shots("notify-preferences", "it");

        click(driver.findElement(By.linkText("Notifiche")));
        click(driver.findElement(By.cssSelector(".page-actions form button")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.notice")));
        assertThat(driver.findElements(By.cssSelector("#notify-bell .bell-count")))
                .isEmpty();
        shots("notify-bell", "it");
    }

    private void notification(
            UUID workspace,
            UUID user,
            String kind,
            String subject,
            String detail,
            @Nullable LocalDate day,
            String link,
            Duration ago) {
        Instant at = Instant.now().minus(ago);
        jdbc.sql("""
                insert into notify_notifications (workspace_id, id, user_id, kind, dedupe_key, subject, detail, on_day,
                                                  link, created_at)
                values (:ws, :id, :user, :kind, :key, :subject, :detail, :day, :link, :at)""")
                .param("ws", workspace)
                .param("id", Ids.at(at))
                .param("user", user)
                .param("kind", kind)
                .param("key", UUID.randomUUID().toString())
                .param("subject", subject)
                .param("detail", detail)
                .param("day", day)
                .param("link", link)
                .param("at", Sql.ts(at))
                .update();
    }
}
