package dev.tandem.identity;

import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for the API, sent as {@code Authorization: Bearer tnd_…}. */
@Service
public class ApiTokenService {

    /** A new token; {@code secret} is shown this once and never stored. */
    public record CreatedToken(ApiToken token, String secret) implements Serializable {}

    static final String PREFIX = "tnd_";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Memberships memberships;
    private final Users users;
    private final AuditLog audit;
    private final RecentTokens recent;
    private final Clock clock;

    ApiTokenService(
            ApiTokens tokens, Memberships memberships, Users users, AuditLog audit, RecentTokens recent, Clock clock) {
        this.tokens = tokens;
        this.recent = recent;
        this.memberships = memberships;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(UserId user, String name, @Nullable Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidInput("token.expiryPast").on("expiresAt");
        }
        String secret = Secrets.generate(PREFIX);
        UUID id = Ids.next();
        tokens.insert(
                id,
                user,
                name.strip(),
                Secrets.hash(secret),
                secret.substring(0, PREFIX.length() + 6),
                now,
                expiresAt,
                false);
        String email = users.byId(user).map(User::email).orElse("");
        audit.recordForUser(memberships.workspacesOf(user), user, email, AuditAction.TOKEN_CREATED, name.strip());
        return new CreatedToken(tokens.one(user, id).orElseThrow(), secret);
    }

    /** The token handed out by an API log-in: it expires, ends with a password change, and the log-in is audited. */
    @Transactional
    public CreatedToken issueLoginToken(UserId user, Duration validity) {
        Instant now = clock.instant();
        String secret = Secrets.generate(PREFIX);
        UUID id = Ids.next();
        tokens.insert(
                id,
                user,
                "API log-in",
                Secrets.hash(secret),
                secret.substring(0, PREFIX.length() + 6),
                now,
                now.plus(validity),
                true);
        return new CreatedToken(tokens.one(user, id).orElseThrow(), secret);
    }

    public Page<ApiToken> list(UserId user, PageRequest page) {
        return Page.of(tokens.of(user, page), page, ApiToken::id);
    }

    @Transactional
    public void revoke(UserId user, UUID id) {
        ApiToken token = tokens.one(user, id).orElseThrow(() -> new NotFound("token.notFound"));
        if (token.revokedAt() != null) {
            return;
        }
        tokens.revoke(user, id, clock.instant());
        String email = users.byId(user).map(User::email).orElse("");
        audit.recordForUser(memberships.workspacesOf(user), user, email, AuditAction.TOKEN_REVOKED, token.name());
    }

    /** Who a token authenticates and, when a workspace was asked about, their membership of it (null: none). */
    record Authenticated(
            User user,
            UUID tokenId,
            @Nullable WorkspaceId workspace,
            @Nullable WorkspaceContext membership) {}

    /**
     * The owner of an active token and, for a request in {@code workspace}, their membership of it, read
     * together, or remembered from a moment ago ({@link RecentTokens}). Its last use is written at most once a
     * minute.
     */
    Optional<Authenticated> authenticate(String secret, @Nullable WorkspaceId workspace) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var key = new RecentTokens.Key(Secrets.hash(secret), workspace);
        long generation = recent.generation();
        var remembered = recent.get(key, now);
        if (remembered.isPresent()) {
            var entry = remembered.get();
            if (due(entry.lastUsedAt(), now)) {
                tokens.touch(entry.authenticated().tokenId(), now);
                recent.remember(key, generation, entry.authenticated(), entry.expiresAt(), now, now);
            }
            return Optional.of(entry.authenticated());
        }
        return tokens.active(key.hash(), now, workspace).map(match -> {
            Instant lastUsed = match.lastUsedAt();
            if (due(lastUsed, now)) {
                tokens.touch(match.id(), now);
                lastUsed = now;
            }
            var authenticated = new Authenticated(match.user(), match.id(), workspace, match.membership());
            recent.remember(key, generation, authenticated, match.expiresAt(), lastUsed, now);
            return authenticated;
        });
    }

    private static boolean due(@Nullable Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || lastUsedAt.plus(TOUCH_INTERVAL).isBefore(now);
    }
}
