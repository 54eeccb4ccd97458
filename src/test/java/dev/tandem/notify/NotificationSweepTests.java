package dev.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.health.HealthService;
import dev.tandem.rhythm.RhythmMother;
import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly sweep: commitments due tomorrow or overdue and meetings within a day become notifications once, also
 * when the sweep runs again or on two nodes at once; and a new warning signal reaches the partnership's owner.
 */
@TandemTest
class NotificationSweepTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    NotificationSweep sweep;

    @Autowired
    HealthService health;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dueCommitmentsAndComingMeetingsAreToldOnceWhateverRunsTwice() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        RhythmMother.commitment(
                mvc, ada, acme, "Send the deck", "US", today.plusDays(1).toString());
        RhythmMother.commitment(
                mvc, ada, acme, "Book the room", "US", today.plusDays(3).toString());
        RhythmMother.commitment(
                mvc, ada, acme, "Their part", "THEM", today.plusDays(1).toString());
        var rome = clock.instant()
                .atZone(ZoneId.of("Europe/Rome"))
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES);
        RhythmMother.meeting(
                mvc,
                ada,
                acme,
                "CHECK_IN",
                rome.plusHours(3).toString(),
                rome.plusHours(4).toString());
        RhythmMother.meeting(
                mvc,
                ada,
                acme,
                "CHECK_IN",
                rome.plusDays(5).toString(),
                rome.plusDays(5).plusHours(1).toString());

        sweep.sweep();
        assertThat(texts(ada))
                .hasSize(2)
                .contains("Acme: “Send the deck” is due tomorrow")
                .anyMatch(text -> text.startsWith("Meeting with Acme on "));
        sweep.sweep();
        assertThat(texts(ada)).as("the same hour, again").hasSize(2);

        // two days later, on two nodes at once
        clock.advance(Duration.ofDays(2));
        var both = new CyclicBarrier(2);
        var one = CompletableFuture.supplyAsync(() -> afterBarrier(both));
        var two = CompletableFuture.supplyAsync(() -> afterBarrier(both));
        one.get();
        two.get();
        assertThat(texts(ada))
                .contains(
                        "Acme: “Send the deck” was due on " + day(today.plusDays(1)),
                        "Acme: “Book the room” is due tomorrow")
                .hasSize(4)
                .doesNotHaveDuplicates();
    }

    @Test
    void aNewWarningSignalReachesTheOwner() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        UUID acme = RhythmMother.partnership(mvc, ada, "Quiet Corp");
        // the daily job finds the partnership silent for months (just this one: the other tests' scores stay as they
        // are)
        clock.advance(Duration.ofDays(120));
        transactions.executeWithoutResult(status -> health.recompute(new WorkspaceId(ada.workspaceId()), acme));
        clock.reset();
        assertThat(texts(ada)).anyMatch(text -> text.startsWith("New signal on Quiet Corp: "));
    }

    private int afterBarrier(CyclicBarrier barrier) {
        try {
            barrier.await();
            return sweep.sweep();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(day);
    }

    private List<String> texts(SignedUp user) throws Exception {
        return JsonPath.read(
                mvc.perform(get(user.workspacePath("/notifications")).with(user.bearer()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[*].text");
    }
}
