package dev.tandem.contacts;

import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tags of contacts or organisations: one row per tag, keyed by its folded form. */
final class Tags {

    private final JdbcClient jdbc;
    private final String table;
    private final String owner;

    Tags(JdbcClient jdbc, String table, String owner) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = owner;
    }

    /** The key a tag is filtered and deduplicated by. */
    static String key(String tag) {
        String key = SearchText.fold(tag);
        return key.length() > 50 ? key.substring(0, 50) : key;
    }

    void replace(WorkspaceId ws, UUID id, List<String> tags) {
        jdbc.sql("delete from " + table + " where workspace_id = :ws and " + owner + " = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
        Map<String, String> byKey = new LinkedHashMap<>();
        tags.forEach(tag -> byKey.putIfAbsent(key(tag), tag));
        byKey.forEach((key, tag) -> jdbc.sql("insert into " + table + " (workspace_id, " + owner
                        + ", tag, tag_key) values (:ws, :id, :tag, :key)")
                .param("ws", ws.value())
                .param("id", id)
                .param("tag", tag)
                .param("key", key)
                .update());
    }

    List<String> of(WorkspaceId ws, UUID id) {
        return jdbc.sql("select tag from " + table + " where workspace_id = :ws and " + owner
                        + " = :id order by tag_key")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list();
    }

    Map<UUID, List<String>> of(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        jdbc.sql("select " + owner + " as owner, tag from " + table + " where workspace_id = :ws and " + owner
                        + " in (:ids) order by tag_key")
                .param("ws", ws.value())
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject("owner", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("tag"));
                });
        return tags;
    }
}
