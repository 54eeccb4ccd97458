package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda, changed one item at a time while the meeting is run. An item is named by its
 * position and the title it had when the page showed it ({@code was}): when somebody changed the agenda
 * meanwhile, the change is refused (409) instead of landing on the wrong item. A title is required and at
 * most {@value AgendaItem#TITLE_LENGTH} characters (400 on {@code title}); the "listen first" round has no
 * title to change, but can be removed.
 */
@Service
public class MeetingAgenda {

    private final MeetingService service;

    MeetingAgenda(MeetingService service) {
        this.service = service;
    }

    /** Adds an item at the end; an agenda has at most {@value AgendaItem#MAX_ITEMS} items. */
    @Transactional
    public Meeting add(WorkspaceContext context, UUID meetingId, String title) {
        Meeting meeting = service.get(context, meetingId);
        var agenda = new ArrayList<>(meeting.agenda());
        if (agenda.size() >= AgendaItem.MAX_ITEMS) {
            throw new InvalidInput("rhythm.meeting.agendaTooLong", AgendaItem.MAX_ITEMS).on("title");
        }
        agenda.add(new AgendaItem(false, title(title)));
        return save(context, meeting, agenda);
    }

    @Transactional
    public Meeting rename(WorkspaceContext context, UUID meetingId, int position, String was, String title) {
        Meeting meeting = service.get(context, meetingId);
        AgendaItem item = item(meeting, position, was);
        if (item.listenFirst()) {
            throw new InvalidInput("rhythm.agenda.listenFirstFixed").on("title");
        }
        var agenda = new ArrayList<>(meeting.agenda());
        agenda.set(position, new AgendaItem(false, title(title)));
        return save(context, meeting, agenda);
    }

    @Transactional
    public Meeting remove(WorkspaceContext context, UUID meetingId, int position, String was) {
        Meeting meeting = service.get(context, meetingId);
        item(meeting, position, was);
        var agenda = new ArrayList<>(meeting.agenda());
        agenda.remove(position);
        return save(context, meeting, agenda);
    }

    /** Two changes of one agenda at once: the one that comes second is refused (409), not lost. */
    private Meeting save(WorkspaceContext context, Meeting meeting, List<AgendaItem> agenda) {
        return service.save(context, meeting, null, meeting.withAgenda(agenda));
    }

    private static AgendaItem item(Meeting meeting, int position, String was) {
        if (position < 0
                || position >= meeting.agenda().size()
                || !meeting.agenda().get(position).title().equals(was.strip())) {
            throw new Conflict("rhythm.agenda.changed");
        }
        return meeting.agenda().get(position);
    }

    private static String title(String text) {
        String title = text.strip();
        if (title.isEmpty()) {
            throw new InvalidInput("validation.required").on("title");
        }
        if (title.length() > AgendaItem.TITLE_LENGTH) {
            throw new InvalidInput("rhythm.tooLong", AgendaItem.TITLE_LENGTH).on("title");
        }
        return title;
    }
}
