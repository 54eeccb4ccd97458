package dev.tandem.rhythm;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Meetings with their agenda, attendance and replies, and commitments, for the workspace export and restore. */
@Component
class RhythmSection extends TableSection {

    RhythmSection(TableCopier copier) {
        super(
                copier,
                "rhythm",
                500,
                Table.of("rhythm_meetings", "id"),
                Table.of("rhythm_agenda_items", "meeting_id, position"),
                Table.of("rhythm_attendance", "meeting_id, participant_id"),
                Table.of("rhythm_replies", "meeting_id, participant_id"),
                Table.of("rhythm_commitments", "id"),
                Table.of("rhythm_meetups", "id"),
                Table.of("rhythm_meetup_invitees", "meetup_id, person_id"),
                Table.of("rhythm_meetup_cancellations", "meetup_id, on_date"),
                Table.of("rhythm_meetup_attendance", "meetup_id, on_date, person_id"));
    }
}
