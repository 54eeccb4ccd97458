package dev.tandem.identity;

import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Mail;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Sql;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that a new account reads the mailbox it signed up with: a link sent there (or, without SMTP,
 * written to the server log, like a reset link). Until it is used the account cannot accept invitations
 * nor receive mail digests; it can use its own workspace. The link lives as long as an invitation.
 */
@Service
public class EmailVerificationService {

    private final JdbcClient jdbc;
    private final Users users;
    private final Mail mail;
    private final MessageSource messages;
    private final TandemProperties properties;
    private final Clock clock;

    EmailVerificationService(
            JdbcClient jdbc, Users users, Mail mail, MessageSource messages, TandemProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the account proved its address; digests and invitations ask this. */
    public boolean verified(UserId user) {
        return users.emailVerified(user);
    }

    /** Sends a fresh link (earlier ones keep working until they expire); nothing when already verified. */
    @Transactional
    public Mail.Delivery send(UserId userId) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("problem.notFound"));
        if (verified(userId)) {
            return Mail.Delivery.SENT;
        }
        String token = Secrets.generate("");
        Instant now = clock.instant();
        jdbc.sql("""
                insert into email_verifications (id, user_id, token_hash, created_at, expires_at)
                values (:id, :user, :hash, :at, :expires)""")
                .param("id", Ids.next())
                .param("user", userId.value())
                .param("hash", Secrets.hash(token))
                .param("at", Sql.ts(now))
                .param("expires", Sql.ts(now.plus(properties.security().invitationValidity())))
                .update();
        String link = properties.url("/verify-email?token=" + token);
        return mail.send(
                user.email(),
                messages.getMessage("mail.verify.subject", null, user.locale()),
                messages.getMessage(
                        "mail.verify.body",
                        new Object[] {
                            user.displayName(),
                            link,
                            properties.security().invitationValidity().toDays()
                        },
                        user.locale()));
    }

    /** Whether a link can still be used, to show the button or say it has expired. */
    public boolean valid(String token) {
        return find(token) != null;
    }

    /** Marks the address verified; a link works once, even when used twice at the same moment. */
    @Transactional
    public UserId confirm(String token) {
        UUID id = find(token);
        if (id == null) {
            throw new InvalidInput("verification.invalid");
        }
        Instant now = clock.instant();
        int used = jdbc.sql("update email_verifications set used_at = :at where id = :id and used_at is null")
                .param("at", Sql.ts(now))
                .param("id", id)
                .update();
        if (used == 0) {
            throw new InvalidInput("verification.invalid");
        }
        UserId user = jdbc.sql("select user_id from email_verifications where id = :id")
                .param("id", id)
                .query((rs, i) -> UserId.of(rs.getObject(1, UUID.class)))
                .single();
        markVerified(user);
        return user;
    }

    /** An invitation link that reached this address proves it as well. */
    void markVerified(UserId user) {
        users.markEmailVerified(user, clock.instant());
    }

    private @Nullable UUID find(String token) {
        return jdbc.sql("""
                select id from email_verifications where token_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", Secrets.hash(token))
                .param("now", Sql.ts(clock.instant()))
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
