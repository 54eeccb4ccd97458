package dev.tandem.identity;

import dev.tandem.shared.Sql;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's other ways in: their browser sessions and remember-me log-ins, their API log-in tokens and, signing
 * out everywhere, their personal tokens too. The session or token of the request asking is kept.
 */
@Component
class SignOuts {

    /** The id of the API token that authenticated the current request. */
    static final String TOKEN_ATTRIBUTE = SignOuts.class.getName() + ".token";

    private final JdbcClient jdbc;
    private final RememberedLogins rememberedLogins;
    private final RecentTokens recentTokens;
    private final Clock clock;

    SignOuts(JdbcClient jdbc, RememberedLogins rememberedLogins, RecentTokens recentTokens, Clock clock) {
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
        this.rememberedLogins = rememberedLogins;
        this.clock = clock;
    }

    void endOthers(User user, boolean everywhere) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest()
                : null;
        var session = request == null ? null : request.getSession(false);
        String keepSession = session == null ? "" : session.getId();
        UUID keepToken = request != null && request.getAttribute(TOKEN_ATTRIBUTE) instanceof UUID id ? id : null;

        // spring_session_attributes go with their session (on delete cascade).
        jdbc.sql("delete from spring_session where principal_name = :email and session_id <> :keep")
                .param("email", user.email())
                .param("keep", keepSession)
                .update();
        rememberedLogins.forget(user.email());
        recentTokens.changed();
        jdbc.sql("update api_tokens set revoked_at = :now where user_id = :user and revoked_at is null"
                        + (everywhere ? "" : " and login = true") + (keepToken == null ? "" : " and id <> :keep"))
                .param("now", Sql.ts(clock.instant()))
                .param("user", user.id().value())
                .params(keepToken == null ? Map.of() : Map.of("keep", keepToken))
                .update();
    }
}
