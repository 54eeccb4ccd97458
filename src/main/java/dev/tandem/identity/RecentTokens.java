package dev.tandem.identity;

import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API tokens this node authenticated in the last moment ({@code tandem.api.token-cache-ttl}, 1 s by default),
 * so that a client's burst of requests reads its token, owner and membership once: that statement was a third of
 * PostgreSQL's work on the lightest request (issue 25, ADR 15).
 *
 * <p>Every write of identity that can change what a token authenticates (a token revoked, a member removed or
 * given another role, a user's name or password changed) calls {@link #changed()}, which forgets everything at once
 * and again when its transaction ends, so this node sees the change on its next request. Another node sees it when
 * its entry ages out. A read that began before a change is not kept ({@link #generation()}).
 */
@Component
class RecentTokens {

    /** Beyond this many tokens and workspaces, everything is forgotten rather than grown. */
    static final int MAX_ENTRIES = 10_000;

    record Key(String hash, @Nullable WorkspaceId workspace) {}

    /** What a token authenticated, its expiry (null: none), its last use written, and when this was read. */
    record Entry(
            ApiTokenService.Authenticated authenticated,
            @Nullable Instant expiresAt,
            Instant lastUsedAt,
            Instant readAt,
            Instant until) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration ttl;

    RecentTokens(TandemProperties properties) {
        this.ttl = properties.api().tokenCacheTtl();
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    Optional<Entry> get(Key key, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        // A clock set back (an operator's, a test's) does not make an entry last longer.
        if (now.isBefore(entry.readAt())
                || !now.isBefore(entry.until())
                || (entry.expiresAt() != null && !now.isBefore(entry.expiresAt()))) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Taken before reading a token, handed to {@link #remember} after. */
    long generation() {
        return generation.get();
    }

    void remember(
            Key key,
            long readAt,
            ApiTokenService.Authenticated authenticated,
            @Nullable Instant expiresAt,
            Instant lastUsedAt,
            Instant now) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(authenticated, expiresAt, lastUsedAt, now, now.plus(ttl)));
        if (generation.get() != readAt) {
            // Something changed while the token was being read: what was read may be older than the change.
            entries.remove(key);
        }
    }

    /** Forgets every token now and, inside a transaction, once more when it ends (what it wrote is then visible). */
    void changed() {
        forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetAll();
                }
            });
        }
    }

    private void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
