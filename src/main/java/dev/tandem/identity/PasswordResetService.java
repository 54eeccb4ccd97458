package dev.tandem.identity;

import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Mail;
import dev.tandem.shared.Sql;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords: a single-use link that expires, sent by mail (or logged without SMTP). */
@Service
public class PasswordResetService {

    private final JdbcClient jdbc;
    private final Users users;
    private final AccountService accounts;
    private final Mail mail;
    private final MessageSource messages;
    private final TandemProperties properties;
    private final Clock clock;

    PasswordResetService(
            JdbcClient jdbc,
            Users users,
            AccountService accounts,
            Mail mail,
            MessageSource messages,
            TandemProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return mail.isConfigured();
    }

    /** Sends a reset link if the address has an account; says nothing either way, to hide who has one. */
    @Transactional
    public void request(String email) {
        users.byEmail(email).ifPresent(user -> {
            String token = Secrets.generate("");
            Instant now = clock.instant();
            jdbc.sql("""
                    insert into password_resets (id, user_id, token_hash, created_at, expires_at)
                    values (:id, :user, :hash, :at, :expires)""")
                    .param("id", Ids.next())
                    .param("user", user.id().value())
                    .param("hash", Secrets.hash(token))
                    .param("at", Sql.ts(now))
                    .param("expires", Sql.ts(now.plus(properties.security().passwordResetValidity())))
                    .update();
            String link = properties.url("/reset-password?token=" + token);
            long minutes = properties.security().passwordResetValidity().toMinutes();
            mail.send(
                    user.email(),
                    messages.getMessage("mail.reset.subject", null, user.locale()),
                    messages.getMessage(
                            "mail.reset.body", new Object[] {user.displayName(), link, minutes}, user.locale()));
        });
    }

    /** Whether a link can still be used, to show the form or say it has expired. */
    public boolean valid(String token) {
        return find(token) != null;
    }

    /**
     * Sets the new password and ends every session and log-in token (personal API tokens too when
     * {@code signOutEverywhere}). The link is consumed first, in one statement, so that of parallel uses one
     * wins; a refused password rolls that back and the link still works.
     */
    @Transactional
    public void reset(String token, String newPassword, boolean signOutEverywhere) {
        UUID resetId = find(token);
        int consumed = resetId == null
                ? 0
                : jdbc.sql("""
                update password_resets set used_at = :at where id = :id and used_at is null and expires_at > :at""")
                        .param("at", Sql.ts(clock.instant()))
                        .param("id", resetId)
                        .update();
        if (consumed == 0) {
            throw new InvalidInput("reset.invalid");
        }
        UserId userId = jdbc.sql("select user_id from password_resets where id = :id")
                .param("id", resetId)
                .query((rs, i) -> UserId.of(rs.getObject(1, UUID.class)))
                .single();
        accounts.setPassword(accounts.user(userId), newPassword, AuditAction.PASSWORD_RESET, signOutEverywhere);
        jdbc.sql("update password_resets set used_at = :at where user_id = :user and used_at is null")
                .param("at", Sql.ts(clock.instant()))
                .param("user", userId.value())
                .update();
    }

    private UUID find(String token) {
        return jdbc.sql("""
                select id from password_resets where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", Secrets.hash(token))
                .param("now", Sql.ts(clock.instant()))
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
