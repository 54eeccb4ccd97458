package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A record's version and who changed it last, when: what a write refused as stale reports. */
record Stamp(long version, @Nullable UserId by, @Nullable Instant at) {

    static Stamp of(ResultSet rs) throws SQLException {
        return new Stamp(
                rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", UUID.class)),
                Sql.instant(rs, "updated_at"));
    }
}
