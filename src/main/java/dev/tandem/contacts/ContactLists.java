package dev.tandem.contacts;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of contacts and organisations: filtered, searched and keyset-paginated. The cursor is the
 * id of the last row shown; its sort values are looked up again, so pages stay stable while rows
 * are added.
 */
@Repository
class ContactLists {

    // A row's tags as array(select … order by tag_key), not array_agg(tag order by tag_key): the key's order is
    // the index's, and an ordered aggregate starts a sort for every row (in pgbench a page of 50 by tag took
    // 0.8-1.6 ms with it and 0.5-0.6 ms without; end to end within the noise, bench/README.md round 5). No tags
    // read as an empty array instead of null, which Sql.strings reads alike.
    private static final String CONTACT_COLUMNS = """
            select c.id, c.display_name, c.title, c.organization_id, o.name as organization_name, c.last_contacted_at,
                (select e.email from contact_emails e where e.workspace_id = c.workspace_id and e.contact_id = c.id
                 and e.is_primary) as primary_email,
                array(select g.tag from contact_tags g
                 where g.workspace_id = c.workspace_id and g.contact_id = c.id order by g.tag_key) as tags
            """;
    private static final String WITH_ORGANIZATION = """
             left join contact_organizations o on o.workspace_id = c.workspace_id and o.id = c.organization_id
            """;

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final SearchIndex search;

    ContactLists(JdbcClient jdbc, Organizations organizations, SearchIndex search) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.search = search;
    }

    Page<ContactSummary> contacts(WorkspaceId ws, ContactQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        var byName = query.sort() == ContactQuery.Sort.NAME
                ? search.contactsByName(ws, query.text(), params)
                : Optional.<String>empty();
        List<ContactSummary> rows;
        if (byName.isPresent()) {
            rows = searchByName(ws, byName.get(), query, page, params);
        } else if (query.sort() == ContactQuery.Sort.NAME
                && hasTag(query)
                && (query.text() == null || query.text().isBlank())) {
            rows = taggedByName(ws, query, page, params);
        } else {
            rows = jdbc.sql(list(ws, query, page, params))
                    .params(params)
                    .query(ContactLists::summary)
                    .list();
        }
        return Page.of(rows, page, ContactSummary::id);
    }

    /**
     * A search A to Z in one statement: the page's ids from the kept prefixes, which carry the sort key, then
     * those contacts. Only the contacts shown are read, however many share a prefix.
     */
    private List<ContactSummary> searchByName(
            WorkspaceId ws, String matches, ContactQuery query, PageRequest page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(matches);
        sql.append(filters(query, "t0.contact_id", inOrganization("t0.contact_id"), params));
        sql.append(nameOrderStart(ws, page, "t0", params));
        sql.append(SearchIndex.NAME_ORDER).append(Sql.limit(page.fetchSize()));
        return inNameOrder(sql.toString(), params);
    }

    /**
     * A tag's contacts A to Z: the page's ids from the tag's rows, which carry the sort key, then those contacts.
     * Read in the index's order, a page costs the same however few contacts have the tag.
     */
    private List<ContactSummary> taggedByName(
            WorkspaceId ws, ContactQuery query, PageRequest page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(
                "select g.sort_key, g.contact_id from contact_tags g where g.workspace_id = :ws and g.tag_key = :tag");
        params.put("tag", Tags.key(query.tag()));
        if (query.organizationId() != null) {
            sql.append(" and ").append(inOrganization("g.contact_id"));
            params.put("org", query.organizationId());
        }
        sql.append(nameOrderStart(ws, page, "g", params));
        sql.append(Sql.orderBy("g.workspace_id, g.tag_key", "g.sort_key, g.contact_id"))
                .append(Sql.limit(page.fetchSize()));
        return inNameOrder(sql.toString(), params);
    }

    /** Where a page A to Z starts, on rows {@code alias} that carry the sort key and the contact's id. */
    private String nameOrderStart(WorkspaceId ws, PageRequest page, String alias, Map<String, Object> params) {
        if (page.after() == null) {
            return "";
        }
        after(ws, page.after(), params);
        return " and (%1$s.sort_key > :afterKey or (%1$s.sort_key = :afterKey and %1$s.contact_id > :afterId))"
                .formatted(alias);
    }

    /** The contacts of a page of {@code (sort_key, contact_id)} rows, in that order. */
    private List<ContactSummary> inNameOrder(String page, Map<String, Object> params) {
        // The page is cut in the derived table (a limit PostgreSQL cannot flatten), so only its contacts are read.
        // A left join, which H2 keeps in its order: joined inner, H2 at 500,000 contacts read every one of them
        // and matched each against the page (3 s a search). Every row of the page has its contact.
        return jdbc.sql(CONTACT_COLUMNS + " from (" + page
                        + ") m left join contacts c on c.workspace_id = :ws and c.id = m.contact_id" + WITH_ORGANIZATION
                        + " order by m.sort_key, m.contact_id")
                .params(params)
                .query(ContactLists::summary)
                .list();
    }

    private String list(WorkspaceId ws, ContactQuery query, PageRequest page, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(CONTACT_COLUMNS)
                .append(" from contacts c")
                .append(WITH_ORGANIZATION)
                .append(" where c.workspace_id = :ws");
        sql.append(SearchIndex.matching("contact_terms", "contact_id", "c.id", query.text(), params));
        sql.append(filters(query, "c.id", "c.organization_id = :org", params));
        if (page.after() != null) {
            sql.append(after(ws, query.sort(), page.after(), params));
        }
        sql.append(
                switch (query.sort()) {
                    case NAME -> Sql.orderBy("c.workspace_id", "c.sort_key, c.id");
                    case RECENT -> " order by c.last_contacted_at desc nulls last, c.id desc";
                    case STALE -> " order by c.last_contacted_at asc nulls first, c.id";
                });
        return sql.append(Sql.limit(page.fetchSize())).toString();
    }

    private static boolean hasTag(ContactQuery query) {
        return query.tag() != null && !query.tag().isBlank();
    }

    /** The tag condition on the contact id {@code contactId}, and {@code inOrganization} when the query names one. */
    private static String filters(
            ContactQuery query, String contactId, String inOrganization, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (hasTag(query)) {
            sql.append(" and ")
                    .append(contactId)
                    .append(
                            " in (select g.contact_id from contact_tags g where g.workspace_id = :ws and g.tag_key = :tag)");
            params.put("tag", Tags.key(query.tag()));
        }
        if (query.organizationId() != null) {
            sql.append(" and ").append(inOrganization);
            params.put("org", query.organizationId());
        }
        return sql.toString();
    }

    private static String inOrganization(String contactId) {
        return contactId
                + " in (select oc.id from contacts oc where oc.workspace_id = :ws and oc.organization_id = :org)";
    }

    Page<Organization> organizations(WorkspaceId ws, String text, String tag, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        StringBuilder sql = new StringBuilder(
                "select " + Organizations.COLUMNS + " from contact_organizations o where o.workspace_id = :ws");
        sql.append(SearchIndex.matching("contact_organization_terms", "organization_id", "o.id", text, params));
        if (!tag.isBlank()) {
            sql.append(" and o.id in (select g.organization_id from contact_organization_tags g"
                    + " where g.workspace_id = :ws and g.tag_key = :tag)");
            params.put("tag", Tags.key(tag));
        }
        if (page.after() != null) {
            params.put(
                    "afterKey",
                    jdbc.sql("select sort_key from contact_organizations where workspace_id = :ws and id = :id")
                            .param("ws", ws.value())
                            .param("id", page.after())
                            .query(String.class)
                            .optional()
                            .orElseThrow(() -> new InvalidInput("problem.cursor")));
            params.put("afterId", page.after());
            sql.append(" and (o.sort_key > :afterKey or (o.sort_key = :afterKey and o.id > :afterId))");
        }
        sql.append(Sql.orderBy("o.workspace_id", "o.sort_key, o.id")).append(Sql.limit(page.fetchSize()));
        List<Organization> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(Organizations::map)
                .list();
        var tags = organizations.tagsOf(ws, rows.stream().map(Organization::id).toList());
        return Page.of(
                rows.stream()
                        .map(o -> o.withTags(tags.getOrDefault(o.id(), List.of())))
                        .toList(),
                page,
                Organization::id);
    }

    /** Where the page after the row {@code id} starts, in the order of {@code sort}. */
    private String after(WorkspaceId ws, ContactQuery.Sort sort, UUID id, Map<String, Object> params) {
        Instant at = after(ws, id, params);
        return switch (sort) {
            case NAME -> " and (c.sort_key > :afterKey or (c.sort_key = :afterKey and c.id > :afterId))";
            case RECENT ->
                at == null
                        ? " and c.last_contacted_at is null and c.id < :afterId"
                        : " and (c.last_contacted_at < :afterAt or (c.last_contacted_at = :afterAt and c.id < :afterId)"
                                + " or c.last_contacted_at is null)";
            case STALE ->
                at == null
                        ? " and (c.last_contacted_at is not null or c.id > :afterId)"
                        : " and (c.last_contacted_at > :afterAt or (c.last_contacted_at = :afterAt and c.id > :afterId))";
        };
    }

    /** Puts the sort values of the row {@code id} in {@code params}; its last contact, or null. */
    private @Nullable Instant after(WorkspaceId ws, UUID id, Map<String, Object> params) {
        var last = jdbc.sql("select sort_key, last_contacted_at from contacts where workspace_id = :ws and id = :id")
                .param("ws", ws.value())
                .param("id", id)
                .query((rs, i) -> new Object[] {rs.getString("sort_key"), Sql.instant(rs, "last_contacted_at")})
                .optional()
                .orElseThrow(() -> new InvalidInput("problem.cursor"));
        params.put("afterId", id);
        params.put("afterKey", last[0]);
        Instant at = (Instant) last[1];
        params.put("afterAt", Sql.ts(at));
        return at;
    }

    private static ContactSummary summary(ResultSet rs, int row) throws SQLException {
        return new ContactSummary(
                rs.getObject("id", UUID.class),
                rs.getString("display_name"),
                rs.getString("title"),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("primary_email"),
                Sql.strings(rs, "tags"),
                Sql.instant(rs, "last_contacted_at"));
    }
}
