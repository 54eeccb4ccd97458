package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account an OpenID Connect sign-in is for. A provider's subject, once linked, always means the same account.
 * The first sign-in links to an existing account only when the provider vouches for the email
 * ({@code email_verified}), since anyone can put any address in an unverified claim; otherwise it creates an
 * account when sign-up is open, or is refused.
 */
@Service
class OidcAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Users users;
    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final EmailVerificationService verification;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    OidcAccounts(
            JdbcClient jdbc,
            Users users,
            AccountService accounts,
            WorkspaceService workspaces,
            EmailVerificationService verification,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.verification = verification;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account to sign in.
     *
     * @throws Forbidden {@code oidc.unverifiedEmail} when an account has the address but the provider does not vouch
     *     for it, {@code oidc.noEmail} when the provider gives no address, {@code oidc.noAccount} when there is no
     *     account and sign-up is closed
     */
    @Transactional
    public User signIn(OidcIdentity identity) {
        Optional<User> linked = linked(identity);
        if (linked.isPresent()) {
            return linked.get();
        }
        String email = identity.email();
        if (email == null || email.isBlank() || email.length() > User.EMAIL_LENGTH) {
            throw new Forbidden("oidc.noEmail");
        }
        Optional<User> existing = users.byEmail(email);
        if (existing.isPresent()) {
            if (!identity.emailVerified()) {
                throw new Forbidden("oidc.unverifiedEmail");
            }
            link(identity, existing.get());
            verification.markVerified(existing.get().id());
            return existing.get();
        }
        if (!accounts.signupOpen()) {
            throw new Forbidden("oidc.noAccount");
        }
        return signUp(identity, email);
    }

    private User signUp(OidcIdentity identity, String email) {
        String name = identity.name() == null || identity.name().isBlank()
                ? email.substring(0, email.indexOf('@') < 1 ? email.length() : email.indexOf('@'))
                : identity.name().strip();
        name = name.length() > 100 ? name.substring(0, 100) : name;
        Locale locale = identity.locale() == null ? Locale.ENGLISH : identity.locale();
        // No password: the account signs in through its provider until its owner sets one (by a reset link).
        var user = new User(
                UserId.of(Ids.next()),
                email.strip(),
                name,
                encoder.encode(unguessable()),
                locale,
                ZoneId.of("UTC"),
                null,
                clock.instant());
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw new Forbidden("oidc.raced");
        }
        link(identity, user);
        if (identity.emailVerified()) {
            verification.markVerified(user.id());
        } else {
            verification.send(user.id());
        }
        var workspace = workspaces.create(user.id(), name, false);
        audit.record(workspace, user.id(), user.email(), AuditAction.SIGNED_UP, identity.issuer());
        users.rememberWorkspace(user.id(), workspace);
        return user;
    }

    private Optional<User> linked(OidcIdentity identity) {
        return jdbc.sql("select user_id from user_identities where issuer = :issuer and subject = :subject")
                .param("issuer", identity.issuer())
                .param("subject", identity.subject())
                .query(UUID.class)
                .optional()
                .flatMap(id -> users.byId(UserId.of(id)));
    }

    private void link(OidcIdentity identity, User user) {
        try {
            jdbc.sql("""
                    insert into user_identities (issuer, subject, user_id, email, created_at)
                    values (:issuer, :subject, :user, :email, :at)""")
                    .param("issuer", identity.issuer())
                    .param("subject", identity.subject())
                    .param("user", user.id().value())
                    .param("email", user.email())
                    .param("at", Sql.ts(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Forbidden("oidc.raced");
        }
        audit.recordForUser(
                accounts.workspaces(user.id()),
                user.id(),
                user.email(),
                AuditAction.PROVIDER_LINKED,
                identity.issuer());
    }

    /** Whether the user has signed in through a provider at least once. */
    boolean hasProvider(UserId user) {
        return jdbc.sql("select count(*) from user_identities where user_id = :user")
                        .param("user", user.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static String unguessable() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
