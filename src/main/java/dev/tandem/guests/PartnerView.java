package dev.tandem.guests;

import dev.tandem.goals.GoalView;
import dev.tandem.partnerships.Note;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.Reliability;
import dev.tandem.rhythm.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One partnership as both sides may see it: what a guest of it sees, and what a member previews. Holds only SHARED
 * notes and goals, and a meeting's notes and decisions only when they were shared.
 *
 * @param ourOrganization the workspace's name, our side's organisation
 * @param names participant names by participant id, for the owners of commitments
 * @param me the participant the guest looking is (null: a member's preview, or a guest who is no participant)
 */
public record PartnerView(
        PartnershipView partnership,
        String ourOrganization,
        List<ParticipantView> ours,
        List<ParticipantView> theirs,
        List<Note> notes,
        List<GoalView> goals,
        List<SharedMeeting> meetings,
        List<Commitment> commitments,
        Reliability reliability,
        Map<UUID, String> names,
        @Nullable UUID me,
        Instant now) {

    /**
     * A meeting with its notes and decisions when they were shared (empty otherwise).
     *
     * @param myReply what the guest looking answered (null: nothing yet, or not a guest who takes part)
     */
    public record SharedMeeting(
            Meeting meeting, boolean notesShared, @Nullable Reply myReply) {

        public String notes() {
            return notesShared ? meeting.notes() : "";
        }

        public String decisions() {
            return notesShared ? meeting.decisions() : "";
        }

        /** Whether the meeting is still to come (a guest may add to its agenda and say whether they come). */
        public boolean upcoming(Instant now) {
            return meeting.ahead(now);
        }
    }

    /** The organisation of a side, as both sides call it (null: the partner has no organisation recorded). */
    public @Nullable String sideName(OwnerSide side) {
        if (side == OwnerSide.US) {
            return ourOrganization;
        }
        return partnership.organizationName() != null ? partnership.organizationName() : partnership.contactName();
    }

    public @Nullable String ownerName(Commitment commitment) {
        return commitment.ownerId() == null ? null : names.get(commitment.ownerId());
    }
}
