package dev.tandem.identity;

import dev.tandem.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A record's version and who changed it last, when: what a write refused as stale reports. */
record Stamp(long version, @Nullable UserId by, @Nullable Instant at) {

    static Stamp of(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stamp(rs.getLong("version"),
                rs.getObject("updated_by") == null ? null : UserId.of(rs.getObject("updated_by", java.util.UUID.class)),
                dev.tandem.shared.Sql.instant(rs, "updated_at"));
    }
}
