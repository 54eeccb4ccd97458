package dev.tandem.contacts;

import dev.tandem.shared.Rows;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A contact's emails (the first is primary, each unique in the workspace), phones and tags. */
@Repository
class ContactChannels {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Tags tags;

    private final PlannerStatistics database;

    ContactChannels(JdbcClient jdbc, JdbcTemplate batches, PlannerStatistics database) {
        this.jdbc = jdbc;
        this.database = database;
        this.batches = batches;
        this.tags = new Tags(jdbc, "contact_tags", "contact_id");
    }

    /** The rows of a contact's emails, phones and tags, to be inserted by {@link #insert}. */
    record ChannelRows(List<Object[]> emails, List<Object[]> phones, List<Object[]> tags) {

        ChannelRows() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** Adds the contact's: each email, phone and tag once (compared by key), the first email primary. */
        void add(UUID ws, UUID id, ContactInput input) {
            int ordinal = 0;
            for (String email :
                    distinct(input.emails(), ContactChannels::emailKey).values()) {
                emails.add(new Object[] {ws, id, email, emailKey(email), ordinal == 0, ordinal++});
            }
            ordinal = 0;
            for (String phone :
                    distinct(input.phones(), ContactChannels::phoneKey).values()) {
                phones.add(new Object[] {ws, id, phone, phoneKey(phone), ordinal++});
            }
            // The contact's sort key too: the tag's index lists its contacts in name order.
            String sortKey = SearchText.sortKey(input.displayName());
            distinct(input.tags(), Tags::key).forEach((key, tag) -> tags.add(new Object[] {ws, id, tag, key, sortKey}));
        }
    }

    /** Writes the channels of contacts that have none yet: one statement per table, nothing to delete. */
    void insert(ChannelRows rows) {
        Rows.append(
                batches,
                "contact_emails",
                "workspace_id, contact_id, email, email_key, is_primary, ordinal",
                6,
                rows.emails());
        Rows.append(batches, "contact_phones", "workspace_id, contact_id, phone, phone_key, ordinal", 5, rows.phones());
        Rows.append(batches, "contact_tags", "workspace_id, contact_id, tag, tag_key, sort_key", 5, rows.tags());
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only (and a leading +), so "+39 02 1234" and "+39021234" are the same phone. */
    static String phoneKey(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }

    /** Writes the contact's channels in place of the ones it has. */
    void replace(WorkspaceId ws, UUID id, ContactInput input) {
        for (String table : List.of("contact_emails", "contact_phones", "contact_tags")) {
            jdbc.sql("delete from " + table + " where workspace_id = :ws and contact_id = :id")
                    .param("ws", ws.value())
                    .param("id", id)
                    .update();
        }
        ChannelRows rows = new ChannelRows();
        rows.add(ws.value(), id, input);
        insert(rows);
    }

    List<String> emails(WorkspaceId ws, UUID id) {
        return jdbc.sql(
                        "select email from contact_emails where workspace_id = :ws and contact_id = :id order by ordinal")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list();
    }

    /** The first email of each of these contacts, read by whole keys. */
    Map<UUID, String> primaryEmails(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> first = new HashMap<>();
        jdbc.sql(
                        "select contact_id, email from contact_emails where (workspace_id, contact_id) in (:keys) order by ordinal")
                .param("keys", Sql.keys(ws.value(), ids))
                .query((rs, i) -> first.putIfAbsent(rs.getObject("contact_id", UUID.class), rs.getString("email")))
                .list();
        return first;
    }

    List<String> phones(WorkspaceId ws, UUID id) {
        return jdbc.sql(
                        "select phone from contact_phones where workspace_id = :ws and contact_id = :id order by ordinal")
                .param("ws", ws.value())
                .param("id", id)
                .query(String.class)
                .list();
    }

    List<String> tags(WorkspaceId ws, UUID id) {
        return tags.of(ws, id);
    }

    /** The contact that has this address among its emails. */
    Optional<UUID> ownerOf(WorkspaceId ws, String email) {
        return jdbc.sql("select contact_id from contact_emails where workspace_id = :ws and email_key = :key")
                .param("ws", ws.value())
                .param("key", emailKey(email))
                .query(UUID.class)
                .optional();
    }

    /** The contacts that own any of these addresses, by {@link #emailKey}, in one statement. */
    Map<String, UUID> owners(WorkspaceId ws, Collection<String> emails) {
        List<String> emailKeys =
                emails.stream().map(ContactChannels::emailKey).distinct().toList();
        if (emailKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> owners = new HashMap<>();
        // Whole keys for H2, a list of addresses for PostgreSQL (see Contacts.findAll).
        jdbc.sql("select email_key, contact_id from contact_emails where "
                        + (database.postgres()
                                ? "workspace_id = :ws and email_key in (:emailKeys)"
                                : "(workspace_id, email_key) in (:keys)"))
                .param("ws", ws.value())
                .param("emailKeys", emailKeys)
                .param(
                        "keys",
                        emailKeys.stream()
                                .map(key -> new Object[] {ws.value(), key})
                                .toList())
                .query(rs -> {
                    owners.put(rs.getString("email_key"), rs.getObject("contact_id", UUID.class));
                });
        return owners;
    }

    /** Every email, LinkedIn address and X handle of the workspace, read row by row. */
    void handles(WorkspaceId ws, ContactImports.HandleVisitor visitor) {
        jdbc.sql("select contact_id, email from contact_emails where workspace_id = :ws")
                .param("ws", ws.value())
                .query(rs -> {
                    visitor.visit(
                            rs.getObject("contact_id", UUID.class), ContactImports.Handle.EMAIL, rs.getString("email"));
                });
        jdbc.sql("select id, linkedin_url, x_handle from contacts"
                        + " where workspace_id = :ws and (linkedin_url is not null or x_handle is not null)")
                .param("ws", ws.value())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String linkedin = rs.getString("linkedin_url");
                    String x = rs.getString("x_handle");
                    if (linkedin != null) {
                        visitor.visit(id, ContactImports.Handle.LINKEDIN, linkedin);
                    }
                    if (x != null) {
                        visitor.visit(id, ContactImports.Handle.X, x);
                    }
                });
    }

    private static Map<String, String> distinct(List<String> values, Function<String, String> key) {
        Map<String, String> byKey = new LinkedHashMap<>();
        values.forEach(value -> byKey.putIfAbsent(key.apply(value), value));
        return byKey;
    }
}
