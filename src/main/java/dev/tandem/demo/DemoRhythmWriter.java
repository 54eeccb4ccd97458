package dev.tandem.demo;

import dev.tandem.demo.DemoRhythm.Meet;
import dev.tandem.demo.DemoRhythm.Promise;
import dev.tandem.demo.DemoRhythm.Rhythm;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.AgendaItem;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentChange;
import dev.tandem.rhythm.CommitmentDraft;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingDetails;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.rhythm.MeetingType;
import dev.tandem.rhythm.OwnerSide;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Plans a partnership's meetings on its {@link Replay}, on workdays: each is written just after it ended —
 * scheduled, minuted, attendance taken on both sides, held — and its action items become commitments whose
 * delivery (or drop) is planned for the day it happened. Only through the rhythm module's services.
 */
@Component
class DemoRhythmWriter {

    private static final Duration WRITTEN_AFTER = Duration.ofMinutes(20);

    private final MeetingService meetings;
    private final CommitmentService commitments;

    DemoRhythmWriter(MeetingService meetings, CommitmentService commitments) {
        this.meetings = meetings;
        this.commitments = commitments;
    }

    void plan(WorkspaceContext context, Replay replay, Sides sides, Rhythm rhythm, DemoWords words, ZoneId zone) {
        for (Meet meet : rhythm.meetings()) {
            Instant start = replay.date(replay.workday(meet.daysAgo()))
                    .atTime(LocalTime.of(meet.daysAgo() % 2 == 0 ? 10 : 15, 0))
                    .atZone(zone)
                    .toInstant();
            Instant end =
                    start.plus(meet.type() == MeetingType.CHECK_IN ? Duration.ofMinutes(45) : Duration.ofMinutes(90));
            boolean inPerson = meet.type() != MeetingType.CHECK_IN;
            var details = new MeetingDetails(
                    meet.type(),
                    start,
                    end,
                    zone,
                    inPerson ? words.say(rhythm.place()) : null,
                    inPerson ? null : rhythm.videoUrl(),
                    List.of(new AgendaItem(false, words.say(meet.topic()))));
            replay.then(end.plus(WRITTEN_AFTER), () -> hold(context, replay, sides, meet, details, words));
        }
    }

    private void hold(
            WorkspaceContext context, Replay replay, Sides sides, Meet meet, MeetingDetails details, DemoWords words) {
        Meeting meeting = meetings.schedule(context, sides.partnershipId(), details, true);
        if (meet.notes() != null) {
            meetings.minutes(
                    context, meeting.id(), null, words.sayMaybe(meet.notes()), words.sayMaybe(meet.decisions()));
        }
        meetings.attend(context, meeting.id(), sides.ours(), AttendanceStatus.ATTENDED);
        for (Map.Entry<String, UUID> theirs : sides.theirs().entrySet()) {
            if (meet.came().isEmpty()) {
                meetings.attend(context, meeting.id(), theirs.getValue(), AttendanceStatus.ABSENT);
            } else if (meet.came().contains(theirs.getKey())) {
                meetings.attend(context, meeting.id(), theirs.getValue(), AttendanceStatus.ATTENDED);
            }
        }
        meetings.hold(context, meeting.id());
        for (Promise promise : meet.actions()) {
            UUID owner = promise.side() == OwnerSide.US ? sides.ours() : sides.participant(promise.person());
            Commitment made = commitments.actionItem(
                    context,
                    meeting.id(),
                    new CommitmentDraft(
                            words.say(promise.what()), promise.side(), owner, replay.date(promise.dueDaysAgo())));
            if (promise.outcome() != CommitmentStatus.OPEN) {
                LocalDate doneOn =
                        promise.outcome() == CommitmentStatus.DONE ? replay.date(promise.closedDaysAgo()) : null;
                replay.then(
                        replay.at(promise.closedDaysAgo(), 16),
                        () -> commitments.change(
                                context, made.id(), new CommitmentChange(null, null, null, promise.outcome(), doneOn)));
            }
        }
    }
}
