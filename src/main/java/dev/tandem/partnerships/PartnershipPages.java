package dev.tandem.partnerships;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.timeline.Timeline;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of the partnership page: the partnership is looked up (and its workspace checked) once, then its
 * history, participants, notes and timeline are read by its id, in one read-only transaction so they agree.
 */
@Service
public class PartnershipPages {

    static final int NOTES = 20;
    static final int TIMELINE = 20;

    private final PartnershipService partnerships;
    private final PartnershipViews views;
    private final StageChanges stageChanges;
    private final PartnershipParticipants participants;
    private final Notes notes;
    private final Timeline timeline;

    PartnershipPages(
            PartnershipService partnerships,
            PartnershipViews views,
            StageChanges stageChanges,
            PartnershipParticipants participants,
            Notes notes,
            Timeline timeline) {
        this.partnerships = partnerships;
        this.views = views;
        this.stageChanges = stageChanges;
        this.participants = participants;
        this.notes = notes;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public PartnershipPage of(WorkspaceContext context, UUID id) {
        Partnership partnership = partnerships.require(context, id);
        var workspace = context.workspaceId();
        var all = PageRequest.of(PageRequest.MAX_LIMIT, null);
        var notesPage = PageRequest.of(NOTES, null);
        return new PartnershipPage(
                views.of(context, partnership),
                Page.of(stageChanges.of(workspace, id, all), all, StageChange::id),
                participants.ofKnown(context, id),
                Page.of(notes.of(workspace, id, notesPage), notesPage, Note::id),
                timeline.of(workspace, TimelineSubject.partnership(id), PageRequest.of(TIMELINE, null)));
    }
}
