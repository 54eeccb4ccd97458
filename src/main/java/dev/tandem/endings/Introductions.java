package dev.tandem.endings;

import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people chosen to be introduced to a mentee, per run, in the order chosen; always within one workspace. */
@Repository
class Introductions {

    private final JdbcClient jdbc;

    Introductions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the run's introductions with {@code people}. */
    void replace(WorkspaceId ws, UUID runId, List<Introduction> people) {
        jdbc.sql("delete from endings_introductions where workspace_id = :ws and run_id = :run")
                .param("ws", ws.value())
                .param("run", runId)
                .update();
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            jdbc.sql("""
                    insert into endings_introductions (workspace_id, run_id, person_id, kind, name, detail, position)
                    values (:ws, :run, :person, :kind, :name, :detail, :position)""")
                    .param("ws", ws.value())
                    .param("run", runId)
                    .param("person", person.personId())
                    .param("kind", person.kind().name())
                    .param("name", person.name())
                    .param("detail", person.detail())
                    .param("position", i)
                    .update();
        }
    }

    List<Introduction> of(WorkspaceId ws, UUID runId) {
        return jdbc.sql("""
                select person_id, kind, name, detail from endings_introductions
                where workspace_id = :ws and run_id = :run order by position""")
                .param("ws", ws.value())
                .param("run", runId)
                .query((rs, i) -> new Introduction(
                        Introduction.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("detail")))
                .list();
    }
}
