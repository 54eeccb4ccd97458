package dev.tandem.contacts;

import dev.tandem.shared.Rows;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the search terms of contacts (names, emails, organisation, tags) and organisations (name,
 * tags), each contact word's first letters with the contact's sort key (see {@link SearchText#keptPrefixes}),
 * and writes the prefix
 * conditions that read them. Rebuilt whole on every change of a record: a few dozen rows, and never
 * out of step. Prefixes the workspace shares keep no rows (ADR 14): an import decides them chunk by chunk,
 * {@link SharedPrefixReview} for contacts created alone.
 */
@Repository
class SearchIndex {

    /**
     * The name order of {@link #contactsByName}'s rows. It names the index's leading columns, fixed by the query,
     * for H2: it reads the index in order only when the order begins with them, and sorted every match otherwise.
     */
    static final String NAME_ORDER = " order by t0.workspace_id, t0.prefix, t0.sort_key, t0.contact_id";

    /**
     * A workspace of fewer contacts keeps every prefix's rows (ADR 14): its pages are cheap either way, and one
     * chunk of an import does not decide for the rest.
     */
    static final int SHARED_FROM = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    SearchIndex(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void indexContact(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        String[] sortKey = {null};
        jdbc.sql("""
                select c.given_name, c.family_name, c.display_name, c.sort_key, o.name as organization_name from contacts c
                left join contact_organizations o on o.workspace_id = c.workspace_id and o.id = c.organization_id
                where c.workspace_id = :ws and c.id = :id""").param("ws", ws.value()).param("id", id).query(rs -> {
            texts.add(rs.getString("given_name"));
            texts.add(rs.getString("family_name"));
            texts.add(rs.getString("display_name"));
            texts.add(rs.getString("organization_name"));
            sortKey[0] = rs.getString("sort_key");
        });
        texts.addAll(jdbc.sql("select email from contact_emails where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list());
        texts.addAll(jdbc.sql("select tag from contact_tags where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list());
        if (sortKey[0] != null) {
            Set<String> terms = replace("contact_terms", "contact_id", ws, id, texts);
            replacePrefixes(ws, id, terms, sortKey[0]);
        }
    }

    /** What a contact just inserted is found by: its id, sort key and the texts its terms come from. */
    record NewContact(UUID id, String sortKey, List<@Nullable String> texts) {

        /** The contact {@code input} describes, in the organisation of that name. */
        static NewContact of(UUID id, ContactInput input, @Nullable String organizationName) {
            List<@Nullable String> texts = new ArrayList<>(List.of(input.displayName()));
            texts.add(input.givenName());
            texts.add(input.familyName());
            texts.add(organizationName);
            texts.addAll(input.emails());
            texts.addAll(input.tags());
            return new NewContact(id, SearchText.sortKey(input.displayName()), texts);
        }
    }

    /** The search rows of contacts about to be inserted, each table's in its key order. */
    record NewRows(List<Object[]> terms, List<Object[]> prefixes) {}

    /**
     * The search rows of contacts, from what they are made of, without the database: an import makes the next
     * chunk's while the current one is written.
     */
    static NewRows rowsOf(WorkspaceId ws, List<NewContact> added) {
        List<Object[]> termRows = new ArrayList<>();
        List<Object[]> prefixRows = new ArrayList<>();
        for (NewContact contact : added) {
            Set<String> terms = SearchText.terms(contact.texts());
            for (String term : terms) {
                termRows.add(new Object[] {ws.value(), term, contact.id()});
            }
            for (SearchText.KeptPrefix kept : SearchText.keptPrefixes(terms)) {
                prefixRows.add(new Object[] {ws.value(), kept.prefix(), contact.sortKey(), contact.id(), kept.term()});
            }
        }
        // In key order: each page of the keys is visited once per batch instead of once per contact.
        termRows.sort((a, b) -> ((String) a[1]).compareTo((String) b[1]));
        prefixRows.sort(SearchIndex::inPrefixKeyOrder);
        return new NewRows(termRows, prefixRows);
    }

    /**
     * Indexes a contact created alone, from what was written: its terms, and its prefixes but those the workspace
     * shares (ADR 14), left out by the insert itself rather than by a statement more.
     */
    void indexAlone(NewRows rows) {
        Rows.insert(batches, "contact_terms", "workspace_id, term, contact_id", 3, rows.terms());
        insertUnshared(rows.prefixes());
    }

    /**
     * Indexes contacts just inserted: one {@code COPY} per table on PostgreSQL for an import's chunk (about 30 rows
     * a contact), multi-row inserts below that ({@link Rows#append}).
     */
    private void indexNew(NewRows rows) {
        Rows.append(batches, "contact_terms", "workspace_id, term, contact_id", 3, rows.terms());
        Rows.append(
                batches,
                "contact_term_prefixes",
                "workspace_id, prefix, sort_key, contact_id, term",
                5,
                rows.prefixes());
    }

    /**
     * Indexes a chunk of an import's contacts just inserted, as {@link #indexNew} does, without the rows of the
     * prefixes the workspace shares (ADR 14); a prefix that half the chunk's contacts have becomes shared once half
     * the workspace's contacts have it too, and its rows go.
     */
    void indexNewChunk(WorkspaceId ws, NewRows rows, int contacts) {
        Set<String> shared = share(ws, contactsByPrefix(rows.prefixes()), contacts, false);
        List<Object[]> kept = shared.isEmpty()
                ? rows.prefixes()
                : rows.prefixes().stream()
                        .filter(row -> !shared.contains((String) row[1]))
                        .toList();
        indexNew(new NewRows(rows.terms(), kept));
    }

    /**
     * Shares the prefixes half of {@code contacts} created alone lately have, where half the workspace's contacts
     * have them too (their rows are written already); the workspace's shared prefixes.
     */
    Set<String> shareAmongWritten(WorkspaceId ws, Map<String, Integer> contactsByPrefix, int contacts) {
        return share(ws, contactsByPrefix, contacts, true);
    }

    /**
     * The workspace's shared prefixes, with those {@code contacts} make shared: a prefix half of them have, and half
     * of the workspace's contacts, counted with them unless their rows are {@code written} already.
     */
    private Set<String> share(WorkspaceId ws, Map<String, Integer> contactsByPrefix, int contacts, boolean written) {
        Set<String> shared =
                new HashSet<>(jdbc.sql("select prefix from contact_shared_prefixes where workspace_id = :ws")
                        .param("ws", ws.value())
                        .query(String.class)
                        .list());
        Map<String, Integer> candidates = new HashMap<>();
        contactsByPrefix.forEach((prefix, count) -> {
            if (count * 2 >= contacts && !shared.contains(prefix)) {
                candidates.put(prefix, count);
            }
        });
        if (candidates.isEmpty()) {
            return shared;
        }
        long total = jdbc.sql("select count(*) from contacts where workspace_id = :ws")
                .param("ws", ws.value())
                .query(Long.class)
                .single();
        if (total < SHARED_FROM) {
            return shared;
        }
        Map<String, Long> before = new HashMap<>();
        jdbc.sql("""
                        select prefix, count(distinct contact_id) as contacts from contact_term_prefixes
                        where workspace_id = :ws and prefix in (:prefixes) group by prefix""")
                .param("ws", ws.value())
                .param("prefixes", candidates.keySet())
                .query(rs -> {
                    before.put(rs.getString("prefix"), rs.getLong("contacts"));
                });
        List<String> now = candidates.entrySet().stream()
                .filter(candidate ->
                        (before.getOrDefault(candidate.getKey(), 0L) + (written ? 0 : candidate.getValue())) * 2
                                >= total)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (now.isEmpty()) {
            return shared;
        }
        jdbc.sql("delete from contact_term_prefixes where workspace_id = :ws and prefix in (:prefixes)")
                .param("ws", ws.value())
                .param("prefixes", now)
                .update();
        for (String prefix : now) {
            // Two imports into one workspace may share the same prefix: the second waits for the first, then agrees.
            jdbc.sql("insert into contact_shared_prefixes (workspace_id, prefix) values (:ws, :prefix)"
                            + " on conflict do nothing")
                    .param("ws", ws.value())
                    .param("prefix", prefix)
                    .update();
        }
        shared.addAll(now);
        return shared;
    }

    /** How many contacts each prefix of these rows belongs to (a six-letter prefix has a row a term). */
    private static Map<String, Integer> contactsByPrefix(List<Object[]> prefixRows) {
        Map<String, Set<UUID>> contacts = new HashMap<>();
        for (Object[] row : prefixRows) {
            contacts.computeIfAbsent((String) row[1], prefix -> new HashSet<>()).add((UUID) row[3]);
        }
        Map<String, Integer> counts = new HashMap<>();
        contacts.forEach((prefix, ids) -> counts.put(prefix, ids.size()));
        return counts;
    }

    /** Of the kept prefixes of a query's words, those the workspace shares: no rows are kept for them. */
    private Set<String> sharedAmong(WorkspaceId ws, List<String> prefixes) {
        List<String> kept = prefixes.stream()
                .filter(prefix -> !SearchText.numberLike(prefix))
                .map(SearchText::keptPrefix)
                .distinct()
                .toList();
        if (kept.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select prefix from contact_shared_prefixes where workspace_id = :ws and prefix in (:kept)")
                        .param("ws", ws.value())
                        .param("kept", kept)
                        .query(String.class)
                        .list());
    }

    /** The order of {@code contact_term_prefixes}' key after the workspace, compared field by field (no boxing). */
    private static int inPrefixKeyOrder(Object[] a, Object[] b) {
        int order = ((String) a[1]).compareTo((String) b[1]);
        if (order == 0) {
            order = ((String) a[2]).compareTo((String) b[2]);
        }
        if (order == 0) {
            order = ((UUID) a[3]).compareTo((UUID) b[3]);
        }
        return order != 0 ? order : ((String) a[4]).compareTo((String) b[4]);
    }

    void indexOrganization(WorkspaceId ws, UUID id) {
        List<@Nullable String> texts = new ArrayList<>();
        texts.addAll(jdbc.sql("select name from contact_organizations where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list());
        texts.addAll(
                jdbc.sql("select tag from contact_organization_tags where workspace_id = :ws and organization_id = :id")
                        .param("ws", ws.value())
                        .param("id", id)
                        .query(String.class)
                        .list());
        replace("contact_organization_terms", "organization_id", ws, id, texts);
    }

    /**
     * One {@code and <idColumn> in (…)} condition per prefix of the query, each a range over the
     * terms' primary key, with its parameters added to {@code params}.
     */
    static String matching(
            String termsTable,
            String ownerColumn,
            String idColumn,
            @Nullable String query,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        List<String> prefixes = SearchText.prefixes(query);
        for (int i = 0; i < prefixes.size(); i++) {
            sql.append(" and ")
                    .append(idColumn)
                    .append(" in (")
                    .append(termRange(termsTable, ownerColumn, i, prefixes.get(i), params))
                    .append(')');
        }
        return sql.toString();
    }

    /**
     * The contacts matching every prefix of {@code query}, A to Z, as rows {@code (…, sort_key, contact_id)} of
     * the kept prefixes, de-duplicated and cut by the caller's {@link #NAME_ORDER} and limit without reading a
     * contact. Led by the longest word: its first six letters are one range of one index in name order, so the
     * page is in the first rows read, however many contacts match; a longer one skips the few terms that share
     * its first six letters but not the rest. Empty when the query has no word (nothing, or numbers alone, which
     * keep no prefixes: the caller reads their terms' ranges and sorts what they match, as other orders do) or when
     * every word's prefix is one the workspace shares (ADR 14: half its contacts or more match, so walking the
     * names finds a page among the first rows).
     */
    Optional<String> contactsByName(WorkspaceId ws, @Nullable String query, Map<String, Object> params) {
        List<String> prefixes = new ArrayList<>(SearchText.prefixes(query));
        Optional<String> word = SearchText.leadingWord(prefixes, sharedAmong(ws, prefixes));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String lead = word.get();
        prefixes.remove(lead);
        prefixes.add(0, lead);
        String kept = SearchText.keptPrefix(lead);
        StringBuilder sql = new StringBuilder("select distinct t0.workspace_id, t0.prefix, t0.sort_key, t0.contact_id"
                + " from contact_term_prefixes t0 where t0.workspace_id = :ws and t0.prefix = :kept");
        params.put("kept", kept);
        if (!kept.equals(lead)) {
            sql.append(" and ").append(termsFrom("t0", lead, "p0", params));
        }
        for (int i = 1; i < prefixes.size(); i++) {
            sql.append(" and t0.contact_id in (")
                    .append(termRange("contact_terms", "contact_id", i, prefixes.get(i), params))
                    .append(')');
        }
        return Optional.of(sql.toString());
    }

    private static String termRange(
            String termsTable, String ownerColumn, int i, String prefix, Map<String, Object> params) {
        return "select t" + i + "." + ownerColumn + " from " + termsTable + " t" + i + " where "
                + range(i, prefix, params);
    }

    /** {@code t<i>}'s terms that start with {@code prefix}: a range of the index, not a {@code like}. */
    private static String range(int i, String prefix, Map<String, Object> params) {
        String t = "t" + i;
        return t + ".workspace_id = :ws and " + termsFrom(t, prefix, "p" + i, params);
    }

    /** The condition that {@code alias.term} starts with {@code prefix}, its bounds as parameters {@code name…}. */
    private static String termsFrom(String alias, String prefix, String name, Map<String, Object> params) {
        params.put(name, prefix);
        String upper = SearchText.upperBound(prefix);
        if (upper == null) {
            return alias + ".term >= :" + name;
        }
        params.put(name + "u", upper);
        return alias + ".term >= :" + name + " and " + alias + ".term < :" + name + "u";
    }

    /** Writes the terms of {@code texts} in place of the record's; returns them. */
    private Set<String> replace(String table, String owner, WorkspaceId ws, UUID id, List<@Nullable String> texts) {
        jdbc.sql("delete from " + table + " where workspace_id = :ws and " + owner + " = :id")
                .param("ws", ws.value())
                .param("id", id)
                .update();
        Set<String> terms = SearchText.terms(texts);
        Rows.insert(
                batches,
                table,
                "workspace_id, term, " + owner,
                3,
                terms.stream().map(term -> new Object[] {ws.value(), term, id}).toList());
        return terms;
    }

    private void replacePrefixes(WorkspaceId ws, UUID contact, Set<String> terms, String sortKey) {
        jdbc.sql("delete from contact_term_prefixes where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value())
                .param("id", contact)
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (SearchText.KeptPrefix kept : SearchText.keptPrefixes(terms)) {
            rows.add(new Object[] {ws.value(), kept.prefix(), sortKey, contact, kept.term()});
        }
        insertUnshared(rows);
    }

    /**
     * One row of {@link #insertUnshared}'s values, typed: a parameter inside {@code values} has no column to take its
     * type from.
     */
    private static final String UNSHARED_ROW =
            "(cast(? as uuid), cast(? as varchar(6)), cast(? as varchar(200)), cast(? as uuid), cast(? as varchar(320)))";

    /** Inserts prefix rows of one workspace, leaving out the rows of prefixes it shares (ADR 14) in the same statement. */
    private void insertUnshared(List<Object[]> rows) {
        for (int start = 0; start < rows.size(); start += Rows.PER_STATEMENT) {
            List<Object[]> part = rows.subList(start, Math.min(rows.size(), start + Rows.PER_STATEMENT));
            batches.update(
                    "insert into contact_term_prefixes (workspace_id, prefix, sort_key, contact_id, term)"
                            + " select v.w, v.p, v.s, v.c, v.t from (values "
                            + String.join(", ", Collections.nCopies(part.size(), UNSHARED_ROW))
                            + ") v (w, p, s, c, t) where not exists (select 1 from contact_shared_prefixes x"
                            + " where x.workspace_id = v.w and x.prefix = v.p)",
                    Rows.flatten(part, 5));
        }
    }
}
