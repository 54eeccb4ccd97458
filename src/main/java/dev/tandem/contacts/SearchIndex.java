package dev.tandem.contacts;

import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the search terms of contacts (names, emails, organisation, tags) and organisations (name,
 * tags) and writes the prefix conditions that read them. Rebuilt whole on every change of a
 * record: a handful of rows, and never out of step.
 */
@Repository
class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void indexContact(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        jdbc.sql("""
                select c.given_name, c.family_name, c.display_name, o.name as organization_name from contacts c
                left join contact_organizations o on o.workspace_id = c.workspace_id and o.id = c.organization_id
                where c.workspace_id = :ws and c.id = :id""")
                .param("ws", ws.value()).param("id", id)
                .query(rs -> {
                    texts.add(rs.getString("given_name"));
                    texts.add(rs.getString("family_name"));
                    texts.add(rs.getString("display_name"));
                    texts.add(rs.getString("organization_name"));
                });
        texts.addAll(jdbc.sql("select email from contact_emails where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        texts.addAll(jdbc.sql("select tag from contact_tags where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        replace("contact_terms", "contact_id", ws, id, texts);
    }

    void indexOrganization(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        texts.addAll(jdbc.sql("select name from contact_organizations where workspace_id = :ws and id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        texts.addAll(jdbc.sql("select tag from contact_organization_tags where workspace_id = :ws and organization_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        replace("contact_organization_terms", "organization_id", ws, id, texts);
    }

    /**
     * One {@code and <idColumn> in (…)} condition per prefix of the query, each a range over the
     * terms' primary key, with its parameters added to {@code params}.
     */
    static String matching(String termsTable, String ownerColumn, String idColumn, @Nullable String query,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> prefixes = SearchText.prefixes(query);
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            String upper = SearchText.upperBound(prefix);
            sql.append(" and ").append(idColumn).append(" in (select t").append(i).append('.').append(ownerColumn)
                    .append(" from ").append(termsTable).append(" t").append(i).append(" where t").append(i)
                    .append(".workspace_id = :ws and t").append(i).append(".term >= :p").append(i);
            params.put("p" + i, prefix);
            if (upper != null) {
                sql.append(" and t").append(i).append(".term < :u").append(i);
                params.put("u" + i, upper);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private void replace(String table, String owner, WorkspaceId ws, UUID id, List<@Nullable String> texts) {
        jdbc.sql("delete from " + table + " where workspace_id = :ws and " + owner + " = :id")
                .param("ws", ws.value()).param("id", id).update();
        for (String term : SearchText.terms(texts)) {
            jdbc.sql("insert into " + table + " (workspace_id, term, " + owner + ") values (:ws, :term, :id)")
                    .param("ws", ws.value()).param("term", term).param("id", id).update();
        }
    }
}
