package dev.tandem.operations;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of backups made through Tandem. */
@Repository
class Backups {

    private final JdbcClient jdbc;

    Backups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Backup backup, UserId madeBy) {
        jdbc.sql("""
                insert into operations_backups (id, made_at, made_by, database_kind, schema_version, file_name, size_bytes)
                values (:id, :at, :by, :kind, :schema, :file, :size)""")
                .param("id", Ids.next())
                .param("at", Sql.ts(backup.madeAt()))
                .param("by", madeBy.value())
                .param("kind", backup.kind().name())
                .param("schema", backup.schemaVersion())
                .param("file", backup.fileName())
                .param("size", backup.sizeBytes())
                .update();
    }

    Optional<Backup> last() {
        return jdbc.sql("""
                select b.made_at, u.email, b.database_kind, b.schema_version, b.file_name, b.size_bytes
                from operations_backups b join users u on u.id = b.made_by
                order by b.made_at desc, b.id desc limit 1""")
                .query((rs, i) -> new Backup(
                        Sql.requiredInstant(rs, "made_at"),
                        rs.getString("email"),
                        DatabaseKind.valueOf(rs.getString("database_kind")),
                        rs.getString("schema_version"),
                        rs.getString("file_name"),
                        rs.getLong("size_bytes")))
                .optional();
    }
}
