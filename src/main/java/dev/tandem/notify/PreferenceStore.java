package dev.tandem.notify;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each member's preferences, one row per membership made the first time it is needed (with the defaults and the
 * secret of the unsubscribe link); the version guards a change against a concurrent one.
 */
@Repository
class PreferenceStore {

    /** What is stored: the preferences, their version, and the secret of the unsubscribe link. */
    record Stored(
            Preferences preferences,
            long version,
            String token,
            @Nullable Instant updatedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's preferences, the defaults when they never chose (no row is made by reading). */
    Preferences of(WorkspaceId workspace, UserId user) {
        return find(workspace, user).map(Stored::preferences).orElse(Preferences.DEFAULTS);
    }

    Optional<Stored> find(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select * from notify_preferences where workspace_id = :ws and user_id = :user")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query(this::row)
                .optional();
    }

    /** The member's row, made with the defaults if there is none yet. */
    Stored ensure(WorkspaceId workspace, UserId user, Instant now) {
        return find(workspace, user).orElseGet(() -> {
            jdbc.sql("""
                    insert into notify_preferences (workspace_id, user_id, in_app, by_mail, digest, digest_day,
                                                    digest_hour, unsubscribe_token, updated_at)
                    values (:ws, :user, :inApp, :byMail, :digest, :day, :hour, :token, :at)
                    on conflict do nothing""")
                    .param("ws", workspace.value())
                    .param("user", user.value())
                    .param("inApp", text(Preferences.DEFAULTS.inApp()))
                    .param("byMail", text(Preferences.DEFAULTS.byMail()))
                    .param("digest", Preferences.DEFAULTS.digest())
                    .param("day", Preferences.DEFAULTS.digestDay().getValue())
                    .param("hour", Preferences.DEFAULTS.digestHour())
                    .param("token", token())
                    .param("at", Sql.ts(now))
                    .update();
            return find(workspace, user).orElseThrow();
        });
    }

    /** Saves over {@code version}; false when the row has another version now. */
    boolean save(WorkspaceId workspace, UserId user, Preferences p, long version, Instant now) {
        return jdbc.sql("""
                update notify_preferences set in_app = :inApp, by_mail = :byMail, digest = :digest, digest_day = :day,
                       digest_hour = :hour, version = version + 1, updated_at = :at
                where workspace_id = :ws and user_id = :user and version = :version""")
                        .param("inApp", text(p.inApp()))
                        .param("byMail", text(p.byMail()))
                        .param("digest", p.digest())
                        .param("day", p.digestDay().getValue())
                        .param("hour", p.digestHour())
                        .param("at", Sql.ts(now))
                        .param("ws", workspace.value())
                        .param("user", user.value())
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Turns the digest off for whoever holds this link's secret; false when no member of the workspace does. */
    boolean unsubscribe(WorkspaceId workspace, String token, Instant now) {
        return jdbc.sql("""
                update notify_preferences set digest = false, version = version + 1, updated_at = :at
                where workspace_id = :ws and unsubscribe_token = :token""")
                        .param("at", Sql.ts(now))
                        .param("ws", workspace.value())
                        .param("token", token)
                        .update()
                == 1;
    }

    boolean knows(WorkspaceId workspace, String token) {
        return jdbc.sql("""
                select count(*) from notify_preferences where workspace_id = :ws and unsubscribe_token = :token""")
                        .param("ws", workspace.value())
                        .param("token", token)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String text(Collection<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<NotificationKind> kinds(String text) {
        var kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(text.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            try {
                kinds.add(NotificationKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                // a kind no longer made
            }
        });
        return kinds;
    }

    private Stored row(ResultSet rs, int i) throws SQLException {
        return new Stored(
                new Preferences(
                        kinds(rs.getString("in_app")),
                        kinds(rs.getString("by_mail")),
                        rs.getBoolean("digest"),
                        DayOfWeek.of(rs.getInt("digest_day")),
                        rs.getInt("digest_hour")),
                rs.getLong("version"),
                rs.getString("unsubscribe_token"),
                Sql.instant(rs, "updated_at"));
    }
}
