package dev.tandem.contacts;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact rows; their emails, phones and tags are {@link ContactChannels}'. */
@Repository
class Contacts {

    private final JdbcClient jdbc;
    private final ContactChannels channels;
    private final PlannerStatistics database;

    Contacts(JdbcClient jdbc, ContactChannels channels, PlannerStatistics database) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.database = database;
    }

    void insert(WorkspaceId ws, UUID id, ContactInput input, @Nullable UUID organizationId, Instant now) {
        jdbc.sql("""
                insert into contacts (workspace_id, id, given_name, family_name, display_name, sort_key, organization_id,
                    title, department, linkedin_url, x_handle, website, preferred_language, time_zone, how_we_met, notes,
                    created_at, updated_at)
                values (:ws, :id, :given, :family, :display, :sortKey, :org, :title, :department, :linkedin, :x, :website,
                    :language, :zone, :howWeMet, :notes, :now, :now)""")
                .params(params(ws, id, input, organizationId))
                .param("now", Sql.ts(now))
                .update();
        // A new contact has no channels to replace.
        var rows = new ContactChannels.ChannelRows();
        rows.add(ws.value(), id, input);
        channels.insert(rows);
    }

    void update(WorkspaceId ws, UUID id, ContactInput input, @Nullable UUID organizationId, Instant now) {
        update(ws, id, input, organizationId, now, null, null);
    }

    /**
     * Writes the contact by {@code by} if it still has version {@code basedOn} (null: whatever its version); false,
     * writing nothing, when that version is gone.
     */
    boolean update(
            WorkspaceId ws,
            UUID id,
            ContactInput input,
            @Nullable UUID organizationId,
            Instant now,
            @Nullable UserId by,
            @Nullable Long basedOn) {
        boolean written = jdbc.sql("""
                update contacts set given_name = :given, family_name = :family, display_name = :display,
                    sort_key = :sortKey, organization_id = :org, title = :title, department = :department,
                    linkedin_url = :linkedin, x_handle = :x, website = :website, preferred_language = :language,
                    time_zone = :zone, how_we_met = :howWeMet, notes = :notes, updated_at = :now,
                    updated_by = coalesce(:by, updated_by), version = version + 1
                where workspace_id = :ws and id = :id and version = coalesce(:basedOn, version)""")
                        .params(params(ws, id, input, organizationId))
                        .param("now", Sql.ts(now))
                        .param("by", new SqlParameterValue(Types.OTHER, by == null ? null : by.value()))
                        .param("basedOn", new SqlParameterValue(Types.BIGINT, basedOn))
                        .update()
                == 1;
        if (written) {
            channels.replace(ws, id, input);
        }
        return written;
    }

    boolean exists(WorkspaceId ws, UUID id) {
        return jdbc.sql("select count(*) from contacts where workspace_id = :ws and id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Locks the contacts' rows until the transaction ends, always in the same order, so that two merges of the same
     * pair wait for each other instead of each deleting one side; the number of them that still exist.
     */
    int lock(WorkspaceId ws, Collection<UUID> ids) {
        return jdbc.sql("select id from contacts where workspace_id = :ws and id in (:ids) order by id for update")
                .param("ws", ws.value())
                .param("ids", ids)
                .query(UUID.class)
                .list()
                .size();
    }

    /** Deletes the contact with its search rows, which have no foreign key to it (derived, written in bulk). */
    void delete(WorkspaceId ws, UUID id) {
        for (String table : List.of("contact_term_prefixes", "contact_terms")) {
            jdbc.sql("delete from " + table + " where workspace_id = :ws and contact_id = :id")
                    .param("ws", ws.value())
                    .param("id", id)
                    .update();
        }
        jdbc.sql("delete from contacts where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
    }

    /** A contact with its emails, phones and tags, one row a contact; the statement's condition follows. */
    private static final String WHOLE = """
            select c.*, o.name as organization_name, case when c.photo is null then false else true end as has_photo,
                (select array_agg(e.email order by e.ordinal) from contact_emails e
                 where e.workspace_id = c.workspace_id and e.contact_id = c.id) as emails,
                (select array_agg(p.phone order by p.ordinal) from contact_phones p
                 where p.workspace_id = c.workspace_id and p.contact_id = c.id) as phones,
                (select array_agg(g.tag order by g.tag_key) from contact_tags g
                 where g.workspace_id = c.workspace_id and g.contact_id = c.id) as tags
            from contacts c left join contact_organizations o on o.workspace_id = c.workspace_id and o.id = c.organization_id
            """;

    /** The contact with its emails, phones and tags, in one statement. */
    Optional<Contact> find(WorkspaceId ws, UUID id) {
        return jdbc.sql(WHOLE + " where c.workspace_id = :ws and c.id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query((rs, i) -> whole(rs))
                .optional();
    }

    /** These contacts (those that exist) with their emails, phones and tags, in one statement. */
    Map<UUID, Contact> findAll(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // A list of whole keys for H2 (Sql.keys); PostgreSQL plans a list of hundreds of them as as many
        // alternatives, each row checked against all of them (500 keys: 156 ms to plan, 209 to run), and reads a
        // list of ids as one scan of the key.
        String keys = database.postgres()
                ? " where c.workspace_id = :ws and c.id in (:ids)"
                : " where (c.workspace_id, c.id) in (:keys)";
        return jdbc
                .sql(WHOLE + keys)
                .param("ws", ws.value())
                .param("ids", ids.stream().distinct().toList())
                .param("keys", Sql.keys(ws.value(), ids))
                .query((rs, i) -> whole(rs))
                .stream()
                .collect(Collectors.toMap(Contact::id, c -> c));
    }

    private static Contact whole(ResultSet rs) throws SQLException {
        return map(rs, Sql.strings(rs, "emails"), Sql.strings(rs, "phones"), Sql.strings(rs, "tags"));
    }

    /** Every contact id of the workspace, A to Z. */
    List<UUID> allIds(WorkspaceId ws) {
        return jdbc.sql("select id from contacts where workspace_id = :ws order by sort_key, id")
                .param("ws", ws.value())
                .query(UUID.class)
                .list();
    }

    List<UUID> idsOfOrganization(WorkspaceId ws, UUID organizationId) {
        return jdbc.sql("select id from contacts where workspace_id = :ws and organization_id = :org")
                .param("ws", ws.value())
                .param("org", organizationId)
                .query(UUID.class)
                .list();
    }

    Map<UUID, String> names(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, display_name from contacts where (workspace_id, id) in (:keys)")
                .param("keys", Sql.keys(ws.value(), ids))
                .query((rs, i) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Moves "last contacted" forward, never back. */
    void contacted(WorkspaceId ws, UUID id, Instant at) {
        jdbc.sql("""
                update contacts set last_contacted_at = :at
                where workspace_id = :ws and id = :id and (last_contacted_at is null or last_contacted_at < :at)""")
                .param("ws", ws.value())
                .param("id", id)
                .param("at", Sql.ts(at))
                .update();
    }

    void setPhoto(WorkspaceId ws, UUID id, byte @Nullable [] data, @Nullable String mediaType) {
        jdbc.sql("update contacts set photo = :photo, photo_type = :type where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .param("photo", data, Types.BINARY)
                .param("type", mediaType)
                .update();
    }

    Optional<ContactDraft.Photo> photo(WorkspaceId ws, UUID id) {
        return jdbc.sql(
                        "select photo, photo_type from contacts where workspace_id = :ws and id = :id and photo is not null")
                .param("ws", ws.value())
                .param("id", id)
                .query((rs, i) -> new ContactDraft.Photo(rs.getBytes("photo"), rs.getString("photo_type")))
                .optional();
    }

    private static Map<String, Object> params(WorkspaceId ws, UUID id, ContactInput input, @Nullable UUID org) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("id", id);
        params.put("given", input.givenName());
        params.put("family", input.familyName());
        params.put("display", input.displayName());
        params.put("sortKey", SearchText.sortKey(input.displayName()));
        params.put("org", org);
        params.put("title", input.title());
        params.put("department", input.department());
        params.put("linkedin", input.linkedinUrl());
        params.put("x", input.xHandle() == null ? null : input.xHandle().replaceFirst("^@", ""));
        params.put("website", input.website());
        params.put("language", input.preferredLanguage());
        params.put("zone", input.timeZone());
        params.put("howWeMet", input.howWeMet());
        params.put("notes", input.notes());
        return params;
    }

    private static Contact map(ResultSet rs, List<String> emails, List<String> phones, List<String> tags)
            throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("display_name"),
                emails,
                phones,
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("title"),
                rs.getString("department"),
                rs.getString("linkedin_url"),
                rs.getString("x_handle"),
                rs.getString("website"),
                tags,
                rs.getString("preferred_language"),
                rs.getString("time_zone"),
                rs.getString("how_we_met"),
                rs.getString("notes"),
                rs.getBoolean("has_photo"),
                Sql.instant(rs, "last_contacted_at"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)));
    }
}
