package dev.tandem.contacts;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A contact's emails (the first is primary, each unique in the workspace), phones and tags. */
@Repository
class ContactChannels {

    private final JdbcClient jdbc;
    private final Tags tags;

    ContactChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tags = new Tags(jdbc, "contact_tags", "contact_id");
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Digits only (and a leading +), so "+39 02 1234" and "+39021234" are the same phone. */
    static String phoneKey(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }

    void replace(WorkspaceId ws, UUID id, ContactInput input) {
        jdbc.sql("delete from contact_emails where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).update();
        jdbc.sql("delete from contact_phones where workspace_id = :ws and contact_id = :id")
                .param("ws", ws.value()).param("id", id).update();
        int ordinal = 0;
        for (String email : input.emails().stream().filter(distinctBy(ContactChannels::emailKey)).toList()) {
            jdbc.sql("""
                    insert into contact_emails (workspace_id, contact_id, email, email_key, is_primary, ordinal)
                    values (:ws, :id, :email, :key, :primary, :ordinal)""")
                    .param("ws", ws.value()).param("id", id).param("email", email).param("key", emailKey(email))
                    .param("primary", ordinal == 0).param("ordinal", ordinal++).update();
        }
        ordinal = 0;
        for (String phone : input.phones().stream().filter(distinctBy(ContactChannels::phoneKey)).toList()) {
            jdbc.sql("""
                    insert into contact_phones (workspace_id, contact_id, phone, phone_key, ordinal)
                    values (:ws, :id, :phone, :key, :ordinal)""")
                    .param("ws", ws.value()).param("id", id).param("phone", phone).param("key", phoneKey(phone))
                    .param("ordinal", ordinal++).update();
        }
        tags.replace(ws, id, input.tags());
    }

    List<String> emails(WorkspaceId ws, UUID id) {
        return jdbc.sql("select email from contact_emails where workspace_id = :ws and contact_id = :id order by ordinal")
                .param("ws", ws.value()).param("id", id).query(String.class).list();
    }

    /** The first email of each of these contacts, read by whole keys. */
    Map<UUID, String> primaryEmails(WorkspaceId ws, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> first = new HashMap<>();
        jdbc.sql("select contact_id, email from contact_emails where (workspace_id, contact_id) in (:keys) order by ordinal")
                .param("keys", Sql.keys(ws.value(), ids))
                .query((rs, i) -> first.putIfAbsent(rs.getObject("contact_id", UUID.class), rs.getString("email"))).list();
        return first;
    }

    List<String> phones(WorkspaceId ws, UUID id) {
        return jdbc.sql("select phone from contact_phones where workspace_id = :ws and contact_id = :id order by ordinal")
                .param("ws", ws.value()).param("id", id).query(String.class).list();
    }

    List<String> tags(WorkspaceId ws, UUID id) {
        return tags.of(ws, id);
    }

    /** The contact that has this address among its emails. */
    Optional<UUID> ownerOf(WorkspaceId ws, String email) {
        return jdbc.sql("select contact_id from contact_emails where workspace_id = :ws and email_key = :key")
                .param("ws", ws.value()).param("key", emailKey(email)).query(UUID.class).optional();
    }

    /** Every email, LinkedIn address and X handle of the workspace, read row by row. */
    void handles(WorkspaceId ws, ContactImports.HandleVisitor visitor) {
        jdbc.sql("select contact_id, email from contact_emails where workspace_id = :ws").param("ws", ws.value())
                .query(rs -> {
                    visitor.visit(rs.getObject("contact_id", UUID.class), ContactImports.Handle.EMAIL, rs.getString("email"));
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

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, String> key) {
        var seen = new java.util.HashSet<String>();
        return value -> seen.add(key.apply(value));
    }
}
