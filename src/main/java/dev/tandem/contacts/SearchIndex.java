package dev.tandem.contacts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** How many terms a longer prefix must start for its search to read the head's index instead of its own range. */
    static final int COMMON = 200;

    private record Prefix(UUID workspace, String prefix) {
    }

    private final JdbcClient jdbc;
    /**
     * Whether a prefix is common, as last counted: it only chooses how to read the terms, never what is found,
     * so a count some minutes old is good enough and spares a statement on most searches.
     */
    private final Cache<Prefix, Boolean> common = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void indexContact(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        String[] sortKey = {null};
        jdbc.sql("""
                select c.given_name, c.family_name, c.display_name, c.sort_key, o.name as organization_name from contacts c
                left join contact_organizations o on o.workspace_id = c.workspace_id and o.id = c.organization_id
                where c.workspace_id = :ws and c.id = :id""")
                .param("ws", ws.value()).param("id", id)
                .query(rs -> {
                    texts.add(rs.getString("given_name"));
                    texts.add(rs.getString("family_name"));
                    texts.add(rs.getString("display_name"));
                    texts.add(rs.getString("organization_name"));
                    sortKey[0] = rs.getString("sort_key");
                });
        texts.addAll(jdbc.sql("select email from contact_emails where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        texts.addAll(jdbc.sql("select tag from contact_tags where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        if (sortKey[0] != null) {
            replace("contact_terms", "contact_id", ws, id, texts, sortKey[0]);
        }
    }

    void indexOrganization(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        texts.addAll(jdbc.sql("select name from contact_organizations where workspace_id = :ws and id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        texts.addAll(jdbc.sql("select tag from contact_organization_tags where workspace_id = :ws and organization_id = :id")
                .param("ws", ws.value()).param("id", id).query(String.class).list());
        replace("contact_organization_terms", "organization_id", ws, id, texts, null);
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
            sql.append(" and ").append(idColumn).append(" in (")
                    .append(termRange(termsTable, ownerColumn, i, prefixes.get(i), params)).append(')');
        }
        return sql.toString();
    }

    /**
     * The contacts matching every prefix of {@code query}, A to Z, as rows {@code (contact_id,
     * sort_key)} of the terms table, de-duplicated and cut by the caller's {@code order by t0.sort_key,
     * t0.contact_id limit …} without reading a contact. Led by the longest prefix. Three letters, the
     * commonest search and the one matching most, read the terms of that head in name order: the page is
     * in the first rows read, however many match. A longer prefix that many terms start with (a common
     * first name) reads its head in name order too, skipping the terms it does not start; one that few
     * terms start with reads them and sorts them. A shorter one reads its range (the first letters typed,
     * before the live search has anything useful to show). Empty when the query has no prefix.
     */
    Optional<String> contactsByName(@Nullable String query, Map<String, Object> params) {
        List<String> prefixes = new ArrayList<>(SearchText.prefixes(query));
        if (prefixes.isEmpty()) {
            return Optional.empty();
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        String lead = prefixes.get(0);
        int letters = lead.codePointCount(0, lead.length());
        StringBuilder sql = new StringBuilder("select distinct t0.contact_id, t0.sort_key from contact_terms t0 where ");
        if (letters == SearchText.HEAD) {
            // The head alone, no range on the term: PostgreSQL, multiplying the selectivities of the
            // two, would read the whole range and sort it, the cost that grows with the portfolio.
            sql.append("t0.workspace_id = :ws and t0.head = :head");
            params.put("head", SearchText.head(lead));
        } else if (letters > SearchText.HEAD && letters == lead.length() && common(lead, params)) {
            // The term compared through left(), which no index serves, so that the head's is used.
            sql.append("t0.workspace_id = :ws and t0.head = :head and left(t0.term, :letters) = :lead");
            params.put("head", SearchText.head(lead));
            params.put("letters", letters);
            params.put("lead", lead);
        } else {
            sql.append(range(0, lead, params));
        }
        for (int i = 1; i < prefixes.size(); i++) {
            sql.append(" and t0.contact_id in (").append(termRange("contact_terms", "contact_id", i, prefixes.get(i), params))
                    .append(')');
        }
        return Optional.of(sql.toString());
    }

    /** Whether at least {@value #COMMON} terms start with {@code prefix}: too many to read and sort for a page. */
    private boolean common(String prefix, Map<String, Object> params) {
        return common.get(new Prefix((UUID) params.get("ws"), prefix), key -> {
            Map<String, Object> probe = new HashMap<>();
            probe.put("ws", key.workspace());
            return jdbc.sql("select count(*) from (select 1 from contact_terms t0 where " + range(0, prefix, probe)
                    + Sql.limit(COMMON) + ") m").params(probe).query(Integer.class).single() >= COMMON;
        });
    }

    private static String termRange(String termsTable, String ownerColumn, int i, String prefix,
            Map<String, Object> params) {
        return "select t" + i + "." + ownerColumn + " from " + termsTable + " t" + i + " where "
                + range(i, prefix, params);
    }

    /** {@code t<i>}'s terms that start with {@code prefix}: a range of the index, not a {@code like}. */
    private static String range(int i, String prefix, Map<String, Object> params) {
        String t = "t" + i;
        params.put("p" + i, prefix);
        String upper = SearchText.upperBound(prefix);
        if (upper == null) {
            return t + ".workspace_id = :ws and " + t + ".term >= :p" + i;
        }
        params.put("u" + i, upper);
        return t + ".workspace_id = :ws and " + t + ".term >= :p" + i + " and " + t + ".term < :u" + i;
    }

    private void replace(String table, String owner, WorkspaceId ws, UUID id, List<@Nullable String> texts,
            @Nullable String sortKey) {
        jdbc.sql("delete from " + table + " where workspace_id = :ws and " + owner + " = :id")
                .param("ws", ws.value()).param("id", id).update();
        String insert = sortKey == null
                ? "insert into " + table + " (workspace_id, term, " + owner + ") values (:ws, :term, :id)"
                : "insert into " + table + " (workspace_id, term, " + owner + ", sort_key, head)"
                        + " values (:ws, :term, :id, :key, :head)";
        for (String term : SearchText.terms(texts)) {
            var statement = jdbc.sql(insert).param("ws", ws.value()).param("term", term).param("id", id);
            if (sortKey != null) {
                statement = statement.param("key", sortKey).param("head", SearchText.head(term));
            }
            statement.update();
        }
    }
}
