package dev.tandem.guests;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.rhythm.Attendance;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentChange;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingAgenda;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.Reply;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The few things done from the partner view, by a guest or a member: the partner's side updates the status of its
 * own commitments, adds items to the agenda of a meeting still to come, and a guest who is one of the partnership's
 * participants says whether they will come to it. The record must belong to the
 * partnership named (404 otherwise: a guest learns nothing of other partnerships).
 */
@Service
public class GuestActions {

    private final CommitmentService commitments;
    private final MeetingService meetings;
    private final MeetingAgenda agenda;
    private final PartnershipParticipants participants;
    private final GuestParticipants guests;
    private final Clock clock;

    GuestActions(
            CommitmentService commitments,
            MeetingService meetings,
            MeetingAgenda agenda,
            PartnershipParticipants participants,
            GuestParticipants guests,
            Clock clock) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.agenda = agenda;
        this.participants = participants;
        this.guests = guests;
        this.clock = clock;
    }

    /** Changes the status of one of their side's commitments (a guest may not change ours). */
    public Commitment commitment(
            WorkspaceContext context, UUID partnership, UUID id, CommitmentStatus status, @Nullable Long version) {
        context.requirePartnership(partnership);
        Commitment commitment = commitments.get(context, id);
        if (!commitment.partnershipId().equals(partnership)) {
            throw new NotFound("problem.notFound");
        }
        if (commitment.ownerSide() != OwnerSide.THEM) {
            throw new Forbidden("guests.view.theirSideOnly");
        }
        return commitments.change(
                context, id, version == null ? null : BasedOn.read(version), CommitmentChange.to(status));
    }

    /** Adds an item to the agenda of a meeting of the partnership that has not happened yet. */
    public Meeting agenda(WorkspaceContext context, UUID partnership, UUID meetingId, String title) {
        Meeting meeting = meetingOf(context, partnership, meetingId);
        if (!meeting.ahead(clock.instant())) {
            throw new InvalidInput("guests.view.meetingPast").on("title");
        }
        return agenda.add(context, meetingId, title);
    }

    /**
     * The calling guest's answer to a meeting still to come; a guest who is not one of the partnership's participants
     * (and a member, who answers from the meeting page) is 403.
     */
    public List<Attendance> reply(WorkspaceContext context, UUID partnership, UUID meetingId, Reply reply) {
        meetingOf(context, partnership, meetingId);
        UUID me = guests.of(context, partnership, participants.list(context, partnership))
                .orElseThrow(() -> new Forbidden("guests.view.notParticipant"));
        return meetings.reply(context, meetingId, me, reply);
    }

    private Meeting meetingOf(WorkspaceContext context, UUID partnership, UUID meetingId) {
        context.requirePartnership(partnership);
        Meeting meeting = meetings.get(context, meetingId);
        if (!meeting.partnershipId().equals(partnership)) {
            throw new NotFound("problem.notFound");
        }
        return meeting;
    }
}
