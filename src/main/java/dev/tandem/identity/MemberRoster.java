package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every membership of the installation, with what a message to the member needs (address, language, time zone), for
 * jobs that act for members outside any request (notifications, the weekly digest). Read in keyset pages.
 */
@Service
public class MemberRoster {

    /** A member as a job acts for them: their context (as a request of theirs would have it) and how to write to them. */
    public record Recipient(WorkspaceContext context, String email, Locale locale, ZoneId zone) {}

    private static final String SELECT = """
            select m.workspace_id, w.name as workspace_name, m.user_id, u.display_name, m.role, u.email, u.locale,
                   u.time_zone
            from memberships m join workspaces w on w.id = m.workspace_id join users u on u.id = m.user_id
            """;

    private final JdbcClient jdbc;

    MemberRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The memberships after ({@code workspace}, {@code user}) in that order, at most {@code limit}. */
    public List<Recipient> after(UUID workspace, UUID user, int limit) {
        return jdbc.sql(SELECT + """
                where m.workspace_id > :ws or (m.workspace_id = :ws and m.user_id > :user)
                order by m.workspace_id, m.user_id""" + Sql.limit(limit))
                .param("ws", workspace)
                .param("user", user)
                .query(this::recipient)
                .list();
    }

    public Optional<Recipient> find(WorkspaceId workspace, UserId user) {
        return jdbc.sql(SELECT + "where m.workspace_id = :ws and m.user_id = :user")
                .param("ws", workspace.value())
                .param("user", user.value())
                .query(this::recipient)
                .optional();
    }

    private Recipient recipient(ResultSet rs, int i) throws SQLException {
        var context = new WorkspaceContext(
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("workspace_name"),
                new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")));
        return new Recipient(
                context,
                rs.getString("email"),
                Locale.forLanguageTag(rs.getString("locale")),
                ZoneId.of(rs.getString("time_zone")));
    }
}
