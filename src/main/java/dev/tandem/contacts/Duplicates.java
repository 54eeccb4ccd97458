package dev.tandem.contacts;

import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pairs of contacts that look like one person. Emails cannot repeat (each is unique in the
 * workspace), so the signs are the same folded name ("José García" and "jose  garcia") or the same
 * phone number. Both joins run on indexes.
 */
@Repository
class Duplicates {

    record Pair(UUID first, UUID second, DuplicatePair.Reason reason) {}

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pair> find(WorkspaceId ws, int limit) {
        List<Pair> byName = jdbc.sql("""
                select a.id as first_id, b.id as second_id from contacts a
                join contacts b on b.workspace_id = a.workspace_id and b.sort_key = a.sort_key and b.id > a.id
                where a.workspace_id = :ws order by a.sort_key, a.id, b.id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .query((rs, i) -> new Pair(
                        rs.getObject("first_id", UUID.class),
                        rs.getObject("second_id", UUID.class),
                        DuplicatePair.Reason.NAME))
                .list();
        List<Pair> byPhone = jdbc.sql("""
                select distinct a.contact_id as first_id, b.contact_id as second_id from contact_phones a
                join contact_phones b on b.workspace_id = a.workspace_id and b.phone_key = a.phone_key
                    and b.contact_id > a.contact_id
                where a.workspace_id = :ws order by first_id, second_id""" + Sql.limit(limit))
                .param("ws", ws.value())
                .query((rs, i) -> new Pair(
                        rs.getObject("first_id", UUID.class),
                        rs.getObject("second_id", UUID.class),
                        DuplicatePair.Reason.PHONE))
                .list();
        var pairs = new ArrayList<>(byName);
        byPhone.stream()
                .filter(p -> byName.stream()
                        .noneMatch(
                                n -> n.first().equals(p.first()) && n.second().equals(p.second())))
                .forEach(pairs::add);
        return pairs.size() > limit ? pairs.subList(0, limit) : pairs;
    }
}
