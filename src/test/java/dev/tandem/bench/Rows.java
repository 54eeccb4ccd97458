package dev.tandem.bench;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import dev.tandem.shared.TimelineSubject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows waiting to be written, one buffer per table, each row of one workspace. {@link #flush} writes them
 * with JDBC batches, parents before children (the order of {@link Table}), on the caller's connection.
 */
final class Rows {

    /** The tables the generator fills, in foreign-key order, with the columns it writes after workspace_id. */
    enum Table {
        ORGANIZATIONS(
                "contact_organizations", "id, name, sort_key, website, industry, org_size, created_at, updated_at"),
        ORGANIZATION_TAGS("contact_organization_tags", "organization_id, tag, tag_key"),
        ORGANIZATION_TERMS("contact_organization_terms", "term, organization_id"),
        CONTACTS(
                "contacts",
                "id, given_name, family_name, display_name, sort_key, organization_id, title, department, "
                        + "linkedin_url, preferred_language, time_zone, how_we_met, last_contacted_at, created_at, updated_at"),
        CONTACT_EMAILS("contact_emails", "contact_id, email, email_key, is_primary, ordinal"),
        CONTACT_PHONES("contact_phones", "contact_id, phone, phone_key, ordinal"),
        CONTACT_TAGS("contact_tags", "contact_id, tag, tag_key, sort_key"),
        CONTACT_TERMS("contact_terms", "term, contact_id"),
        CONTACT_TERM_PREFIXES("contact_term_prefixes", "prefix, sort_key, contact_id, term"),
        PARTNERSHIPS(
                "partnerships",
                "id, name, name_key, kind, stage, owner_id, organization_id, contact_id, purpose, "
                        + "visibility, cadence_ideal_days, cadence_max_days, created_at, updated_at, last_contacted_at, due_at, "
                        + "overdue_at"),
        PARTNERSHIP_VALUES("partnership_values", "partnership_id, value_key, label"),
        STAGE_CHANGES(
                "partnership_stage_changes", "id, partnership_id, from_stage, to_stage, reason, actor_id, changed_at"),
        PARTICIPANTS("partnership_participants", "id, partnership_id, side, person_id, role, added_at"),
        NOTES("partnership_notes", "id, partnership_id, body, visibility, author_id, created_at"),
        GOALS(
                "goals",
                "id, partnership_id, title, description, why, our_owner_id, their_owner_id, due_on, status, "
                        + "created_at, updated_at"),
        KEY_RESULTS("goal_key_results", "id, goal_id, metric, unit, baseline, target, direction, created_at"),
        MEASUREMENTS(
                "goal_measurements", "id, key_result_id, measured_value, measured_on, note, recorded_by, created_at"),
        OWN_GOALS("goal_own_goals", "id, partnership_id, side, kind, title, description, created_at"),
        SERVES("goal_serves", "goal_id, own_goal_id"),
        MEETINGS(
                "rhythm_meetings",
                "id, partnership_id, type, starts_at, ends_at, time_zone, place, video_url, notes, "
                        + "decisions, held_at, created_by, created_at"),
        AGENDA("rhythm_agenda_items", "meeting_id, position, listen_first, title"),
        ATTENDANCE("rhythm_attendance", "meeting_id, participant_id, status"),
        COMMITMENTS(
                "rhythm_commitments",
                "id, partnership_id, meeting_id, what, owner_side, owner_id, due_on, status, "
                        + "done_on, created_by, created_at"),
        TIMELINE(
                "timeline_entries",
                "id, subject_kind, subject_id, type, args, actor_id, actor_name, occurred_at, " + "interaction");

        final String name;
        final int columns;
        final String insert;

        static List<String> names() {
            return Arrays.stream(values()).map(table -> table.name).toList();
        }

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns.split(",").length + 1;
            this.insert = "insert into " + name + " (workspace_id, " + columns + ") values ("
                    + String.join(", ", Collections.nCopies(this.columns, "?")) + ")";
        }
    }

    private static final int BATCH = 1000;

    private final UUID workspace;
    private final JsonMapper json;
    private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

    Rows(UUID workspace, JsonMapper json) {
        this.workspace = workspace;
        this.json = json;
    }

    /** A row of {@code table}: its values after workspace_id, in the order of the table's columns. */
    void add(Table table, Object... values) {
        if (values.length != table.columns - 1) {
            throw new IllegalArgumentException(table + " takes " + (table.columns - 1) + " values");
        }
        Object[] row = new Object[table.columns];
        row[0] = workspace;
        System.arraycopy(values, 0, row, 1, values.length);
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    /** A timeline event, one entry per subject, as the timeline module records a published event. */
    void timeline(
            Instant at,
            Member actor,
            String type,
            List<String> args,
            boolean interaction,
            List<TimelineSubject> subjects) {
        String text = json.writeValueAsString(args);
        for (TimelineSubject subject : subjects) {
            add(
                    Table.TIMELINE,
                    Ids.at(at),
                    subject.kind().name(),
                    subject.id(),
                    type,
                    text,
                    actor.id(),
                    actor.name(),
                    at,
                    interaction);
        }
    }

    int count(Table table) {
        return rows.getOrDefault(table, List.of()).size();
    }

    /** Writes every row in batches. */
    void flush(Connection connection) throws SQLException {
        for (var entry : rows.entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement(entry.getKey().insert)) {
                int pending = 0;
                for (Object[] row : entry.getValue()) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i] instanceof Instant at ? Sql.ts(at) : row[i]);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}
