package dev.tandem.contacts;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisation rows and their tags. */
@Repository
class Organizations {

    static final String COLUMNS = """
            o.id, o.name, o.website, o.industry, o.org_size, o.notes, o.created_at, o.updated_at, o.version, o.updated_by,
            (select count(*) from contacts c where c.workspace_id = o.workspace_id and c.organization_id = o.id) as contact_count""";

    private final JdbcClient jdbc;
    private final Tags tags;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tags = new Tags(jdbc, "contact_organization_tags", "organization_id");
    }

    void insert(WorkspaceId ws, UUID id, OrganizationInput input, Instant now) {
        jdbc.sql("""
                insert into contact_organizations (workspace_id, id, name, sort_key, website, industry, org_size, notes,
                    created_at, updated_at)
                values (:ws, :id, :name, :sortKey, :website, :industry, :size, :notes, :now, :now)""").params(params(ws, id, input)).param("now", Sql.ts(now)).update();
        tags.replace(ws, id, input.tags());
    }

    /** Writes the organisation by {@code by} if it still has version {@code basedOn}; false, writing nothing, if not. */
    boolean update(WorkspaceId ws, UUID id, OrganizationInput input, Instant now, UserId by, long basedOn) {
        boolean written = jdbc.sql("""
                update contact_organizations set name = :name, sort_key = :sortKey, website = :website,
                    industry = :industry, org_size = :size, notes = :notes, updated_at = :now, updated_by = :by,
                    version = version + 1
                where workspace_id = :ws and id = :id and version = :basedOn""")
                        .params(params(ws, id, input))
                        .param("now", Sql.ts(now))
                        .param("by", by.value())
                        .param("basedOn", basedOn)
                        .update()
                == 1;
        if (written) {
            tags.replace(ws, id, input.tags());
        }
        return written;
    }

    void delete(WorkspaceId ws, UUID id) {
        jdbc.sql("update contacts set organization_id = null where workspace_id = :ws and organization_id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
        jdbc.sql("delete from contact_organizations where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
    }

    Optional<Organization> find(WorkspaceId ws, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from contact_organizations o where o.workspace_id = :ws and o.id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(Organizations::map)
                .optional()
                .map(o -> o.withTags(tags.of(ws, o.id())));
    }

    /** The organisation whose name folds to the same key, the oldest first when several do. */
    Optional<UUID> idByName(WorkspaceId ws, String name) {
        return jdbc.sql(
                        "select id from contact_organizations where workspace_id = :ws and sort_key = :key order by id limit 1")
                .param("ws", ws.value())
                .param("key", SearchText.sortKey(name))
                .query(UUID.class)
                .optional();
    }

    /** {@link #idByName} for many sort keys in one statement: each key found maps to its oldest organisation. */
    Map<String, UUID> idsByKeys(WorkspaceId ws, Collection<String> keys) {
        Map<String, UUID> ids = new HashMap<>();
        if (keys.isEmpty()) {
            return ids;
        }
        jdbc.sql("select sort_key, id from contact_organizations where workspace_id = :ws and sort_key in (:keys)"
                        + " order by id")
                .param("ws", ws.value())
                .param("keys", keys)
                .query((rs, i) -> ids.putIfAbsent(rs.getString("sort_key"), rs.getObject("id", UUID.class)))
                .list();
        return ids;
    }

    Map<UUID, String> names(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from contact_organizations where (workspace_id, id) in (:keys)")
                .param("keys", Sql.keys(ws.value(), ids))
                .query((rs, i) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<String> tagsOf(WorkspaceId ws, UUID id) {
        return tags.of(ws, id);
    }

    Map<UUID, List<String>> tagsOf(WorkspaceId ws, Collection<UUID> ids) {
        return tags.of(ws, ids);
    }

    /** All organisation names, A to Z, for the organisation picker. */
    List<String> allNames(WorkspaceId ws, int limit) {
        return jdbc.sql("select name from contact_organizations where workspace_id = :ws order by sort_key, id"
                        + Sql.limit(limit))
                .param("ws", ws.value())
                .query(String.class)
                .list();
    }

    private static Map<String, Object> params(WorkspaceId ws, UUID id, OrganizationInput input) {
        var params = new HashMap<String, Object>();
        params.put("ws", ws.value());
        params.put("id", id);
        params.put("name", input.name());
        params.put("sortKey", SearchText.sortKey(input.name()));
        params.put("website", input.website());
        params.put("industry", input.industry());
        params.put("size", input.size());
        params.put("notes", input.notes());
        return params;
    }

    static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("website"),
                rs.getString("industry"),
                rs.getString("org_size"),
                rs.getString("notes"),
                List.of(),
                rs.getInt("contact_count"),
                Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"),
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)));
    }
}
