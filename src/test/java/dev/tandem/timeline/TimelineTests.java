package dev.tandem.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemTest;
import dev.tandem.TestTimelineEvent;
import dev.tandem.TestUsers;
import dev.tandem.shared.Actor;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class TimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Timeline timeline;

    @Test
    void anEventLandsOnTheTimelineOfEachSubjectNewestFirst() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var workspace = WorkspaceId.of(ada.workspaceId());
        var partnership = TimelineSubject.partnership(UUID.randomUUID());
        var contact = TimelineSubject.contact(UUID.randomUUID());
        Instant earlier = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        events.publishEvent(
                TestTimelineEvent.of(workspace, List.of(partnership), "test.noted", null, Instant.now(), false));
        // Recorded after the fact, it still takes its place by date.
        events.publishEvent(TestTimelineEvent.of(
                workspace,
                List.of(partnership, contact),
                "test.met",
                new Actor(UserId.of(ada.userId()), "Ada"),
                earlier,
                true,
                "Café Olé"));

        var entries =
                timeline.of(workspace, partnership, PageRequest.of(10, null)).items();
        assertThat(entries).extracting(TimelineEntry::type).containsExactly("test.noted", "test.met");
        assertThat(entries.get(1).args(Locale.ITALIAN)).containsExactly("Café Olé");
        assertThat(entries.get(1).actorName()).isEqualTo("Ada");
        assertThat(entries.get(1).messageKey()).isEqualTo("timeline.test.met");
        assertThat(timeline.of(workspace, contact, PageRequest.of(10, null)).items())
                .hasSize(1);
        assertThat(entries.get(1).occurredAt()).isEqualTo(earlier);
        assertThat(entries.get(1).interaction()).isTrue();
    }

    @Test
    void aTimelineNeverShowsAnotherWorkspacesEntries() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var eve = TestUsers.signUp(mvc, "Eve");
        var subject = TimelineSubject.contact(UUID.randomUUID());
        events.publishEvent(TestTimelineEvent.of(
                WorkspaceId.of(ada.workspaceId()), List.of(subject), "test.secret", null, Instant.now(), false));

        assertThat(timeline.of(WorkspaceId.of(eve.workspaceId()), subject, PageRequest.of(10, null))
                        .items())
                .isEmpty();
    }

    @Test
    void aMergeMovesTheHistoryOntoTheKeptRecord() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var workspace = WorkspaceId.of(ada.workspaceId());
        var duplicate = TimelineSubject.contact(UUID.randomUUID());
        var kept = TimelineSubject.contact(UUID.randomUUID());
        events.publishEvent(
                TestTimelineEvent.of(workspace, List.of(duplicate), "test.old", null, Instant.now(), false));

        timeline.repoint(workspace, duplicate, kept);

        assertThat(timeline.of(workspace, kept, PageRequest.of(10, null)).items())
                .extracting(TimelineEntry::type)
                .containsExactly("test.old");
        assertThat(timeline.of(workspace, duplicate, PageRequest.of(10, null)).items())
                .isEmpty();
    }
}
