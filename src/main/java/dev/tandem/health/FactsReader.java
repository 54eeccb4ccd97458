package dev.tandem.health;

import dev.tandem.endings.ContractFacts;
import dev.tandem.endings.DeferralFacts;
import dev.tandem.feedback.FeedbackFacts;
import dev.tandem.feedback.StoryFacts;
import dev.tandem.goals.AlignmentService;
import dev.tandem.health.HealthFacts.MeetingHeld;
import dev.tandem.health.HealthFacts.Presence;
import dev.tandem.ledger.LedgerFacts;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.WithTheirs;
import dev.tandem.recognition.RecognitionFacts;
import dev.tandem.rhythm.AttendanceStatus;
import dev.tandem.rhythm.RhythmFacts;
import dev.tandem.rhythm.RhythmFacts.CommitmentFact;
import dev.tandem.rhythm.RhythmFacts.HeldMeeting;
import dev.tandem.shared.Dates;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Gathers a partnership's facts from the modules that own them, through their public services. */
@Component
class FactsReader {

    private final PartnershipFacts partnerships;
    private final RhythmFacts rhythm;
    private final AlignmentService alignment;
    private final LedgerFacts ledger;
    private final RecognitionFacts recognition;
    private final ContractFacts contracts;
    private final DeferralFacts deferrals;
    private final FeedbackFacts feedback;
    private final StoryFacts stories;

    FactsReader(
            PartnershipFacts partnerships,
            RhythmFacts rhythm,
            AlignmentService alignment,
            LedgerFacts ledger,
            RecognitionFacts recognition,
            ContractFacts contracts,
            DeferralFacts deferrals,
            FeedbackFacts feedback,
            StoryFacts stories) {
        this.partnerships = partnerships;
        this.rhythm = rhythm;
        this.alignment = alignment;
        this.ledger = ledger;
        this.recognition = recognition;
        this.contracts = contracts;
        this.deferrals = deferrals;
        this.feedback = feedback;
        this.stories = stories;
    }

    /** Every fact of the partnership's history, for judging any past day (the back-fill). */
    HealthFacts read(WorkspaceId workspace, Partnership p) {
        LocalDate always = LocalDate.of(Dates.FIRST_YEAR, 1, 1);
        return facts(
                        workspace,
                        p,
                        partnerships.participantIds(workspace, p.id(), Side.THEIRS),
                        rhythm.heldMeetings(workspace, p.id()),
                        rhythm.commitments(workspace, p.id()),
                        null)
                .giving(
                        ledger.unit(workspace),
                        ledger.contributions(workspace, p.id(), always),
                        recognition.milestones(workspace, p.id(), always))
                .rating(feedback.ratings(workspace, p.id(), always))
                .told(stories.told(workspace, p.id(), always));
    }

    /**
     * What judging {@code day} reads: the last meetings held by then that the engagement factor and the
     * disengaging signal look at, and the commitments that can count, so the cost does not grow with history.
     */
    HealthFacts current(WorkspaceId workspace, WithTheirs found, LocalDate day, HealthSettings settings) {
        var p = found.partnership();
        int meetings = Math.max(HealthCalculator.ENGAGEMENT_MEETINGS, settings.ofLastMeetings());
        Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return facts(
                        workspace,
                        p,
                        found.theirParticipants(),
                        rhythm.lastHeldMeetings(workspace, p.id(), endOfDay, meetings),
                        rhythm.commitmentsCounting(
                                workspace, p.id(), day.minusDays(HealthCalculator.RELIABILITY_DAYS), day),
                        day)
                .giving(
                        ledger.unit(workspace),
                        ledger.contributions(workspace, p.id(), day.minusDays(HealthCalculator.RECIPROCITY_DAYS)),
                        recognition.milestones(
                                workspace, p.id(), day.minusDays(HealthCalculator.CELEBRATE_WITHIN_DAYS)))
                .rating(feedback.ratings(workspace, p.id(), day.minusDays(HealthCalculator.SATISFACTION_DAYS)))
                .told(stories.told(workspace, p.id(), day.minusWeeks(HealthCalculator.TREND_WEEKS)));
    }

    private HealthFacts facts(
            WorkspaceId workspace,
            Partnership p,
            Set<UUID> theirs,
            List<HeldMeeting> held,
            List<CommitmentFact> commitments,
            @Nullable LocalDate day) {
        var meetings = held.stream()
                .map(m -> new MeetingHeld(m.heldAt(), presence(m.attendance(), theirs)))
                .toList();
        var goals = alignment.counts(workspace, p.id());
        var cadence = p.details().cadence();
        return new HealthFacts(
                        p.createdAt(),
                        lastContacted(workspace, p, day),
                        cadence.idealDays(),
                        cadence.maxDays(),
                        meetings,
                        commitments,
                        goals.activeGoals(),
                        goals.alignedGoals(),
                        contracts.withoutExitTerms(workspace, p.id()))
                .voices(goals.goalsMissingVoices());
    }

    /**
     * When the partnership was last in touch, as the cadence counts it on {@code day}: a deferral (the coffee that
     * no longer serves) pauses the cadence until its date, so the contact counts as today until then and as that
     * date afterwards, unless a real contact came later. The back-fill of past days ({@code day} null) ignores it.
     */
    private @Nullable Instant lastContacted(WorkspaceId workspace, Partnership p, @Nullable LocalDate day) {
        Instant last = p.lastContactedAt();
        if (day == null) {
            return last;
        }
        var until = deferrals.deferredUntil(workspace, p.id());
        if (until.isEmpty()) {
            return last;
        }
        LocalDate counted = until.get().isAfter(day) ? day : until.get();
        Instant paused = counted.atStartOfDay(ZoneOffset.UTC).toInstant();
        return last == null || last.isBefore(paused) ? paused : last;
    }

    static Presence presence(Map<UUID, AttendanceStatus> attendance, Set<UUID> theirs) {
        var statuses = attendance.entrySet().stream()
                .filter(e -> theirs.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (statuses.contains(AttendanceStatus.ATTENDED)) {
            return Presence.ATTENDED;
        }
        if (statuses.contains(AttendanceStatus.ABSENT)) {
            return Presence.MISSED;
        }
        return statuses.isEmpty() ? Presence.UNKNOWN : Presence.EXCUSED;
    }
}
