package dev.tandem.guests;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.rhythm.Reply;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Composes the partner view of a partnership from the modules that hold its parts, keeping INTERNAL items out. */
@Service
public class PartnerViews {

    static final int NOTES = 50;
    static final int MEETINGS = 20;
    static final int COMMITMENTS = 100;

    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final PartnershipNotes notes;
    private final GoalService goals;
    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final GuestParticipants guests;
    private final Clock clock;

    PartnerViews(
            PartnershipService partnerships,
            PartnershipParticipants participants,
            PartnershipNotes notes,
            GoalService goals,
            MeetingService meetings,
            CommitmentService commitments,
            GuestParticipants guests,
            Clock clock) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.notes = notes;
        this.goals = goals;
        this.meetings = meetings;
        this.commitments = commitments;
        this.guests = guests;
        this.clock = clock;
    }

    /** A partnership a guest may switch to. */
    public record Tab(UUID id, String name) {}

    /** The partnerships of the workspace a guest may see, by name (none for a member, who sees them all). */
    public List<Tab> tabs(WorkspaceContext context) {
        return context.guestPartnerships().stream()
                .map(id -> partnerships.get(context, id).partnership())
                .map(p -> new Tab(p.id(), p.name()))
                .sorted(Comparator.comparing(Tab::name))
                .toList();
    }

    /** The partner view; 404 for a partnership the caller may not see. */
    public PartnerView of(WorkspaceContext context, UUID partnershipId) {
        context.requirePartnership(partnershipId);
        var partnership = partnerships.get(context, partnershipId);
        var people = participants.list(context, partnershipId);
        var names = new HashMap<UUID, String>();
        people.stream()
                .filter(p -> p.name() != null)
                .forEach(p -> names.put(p.participant().id(), p.name()));
        var notesShared = meetings.notesVisibilities(context, partnershipId);
        var listed = meetings.list(context, partnershipId, new PageRequest(MEETINGS, null))
                .items();
        UUID me = guests.of(context, partnershipId, people).orElse(null);
        Map<UUID, Reply> replies = me == null
                ? Map.of()
                : meetings.replies(context, me, listed.stream().map(Meeting::id).toList());
        var shown = listed.stream()
                .map(m -> new PartnerView.SharedMeeting(
                        m, notesShared.get(m.id()) == Visibility.SHARED, replies.get(m.id())))
                .toList();
        return new PartnerView(
                partnership,
                context.workspaceName(),
                people.stream().filter(p -> p.participant().side() == Side.OURS).toList(),
                people.stream()
                        .filter(p -> p.participant().side() == Side.THEIRS)
                        .toList(),
                notes.shared(context, partnershipId, NOTES),
                goals.shared(context, partnershipId),
                shown,
                commitments
                        .list(context, partnershipId, new PageRequest(COMMITMENTS, null))
                        .items(),
                commitments.reliability(context, partnershipId),
                names,
                me,
                clock.instant());
    }
}
