package dev.tandem.identity;

import dev.tandem.shared.Sql;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.TooManyAttempts;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing with three counters: an account from one address (tight: it throttles a guesser
 * without locking the owner out elsewhere), an account from anywhere and an address for any account (both wider).
 * Kept in the database so that every node sees the same counts.
 */
@Component
class LoginThrottle {

    private static final int TRIES = 5;

    private final JdbcClient jdbc;
    private final TandemProperties.LoginThrottle settings;
    private final ThrottleCounter.Delays delays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, TandemProperties properties, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.security().loginThrottle();
        this.delays = new ThrottleCounter.Delays(settings.window(), settings.firstDelay(), settings.maxDelay());
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Counts the attempt as failed before its password is checked, under a lock on each counter, so that parallel
     * guesses cannot all pass a check made before any of them failed. Throws a 429 problem with the time to wait
     * while a counter is blocked.
     */
    void admit(String account, String address) {
        Instant now = clock.instant();
        Duration wait = retried(() -> transactions.execute(status -> {
            var counters = counters(account, address).stream()
                    .map(counter -> lock(counter, now))
                    .toList();
            Duration longest = counters.stream()
                    .map(c -> c.blockedFor(now))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            if (longest.isZero()) {
                counters.forEach(counter -> save(counter.afterFailure(now, delays)));
            }
            return longest;
        }));
        forgetQuietCounters(now);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.plusMillis(999).toSeconds());
            throw new TooManyAttempts(Duration.ofSeconds(seconds), "login.throttled", (seconds + 59) / 60);
        }
    }

    /** The attempt was right: its account-and-address count starts again; the other counters drop it. */
    void succeeded(String account, String address) {
        retried(() -> transactions.execute(status -> {
            var counters = counters(account, address);
            jdbc.sql("delete from login_throttle where throttle_key = :key")
                    .param("key", counters.get(0).key())
                    .update();
            counters.subList(1, counters.size())
                    .forEach(counter -> locked(counter).ifPresent(c -> save(c.afterSuccess())));
            return Duration.ZERO;
        }));
    }

    /** Keys are hashed: no email address is kept here, and none is too long for the column. */
    private List<ThrottleCounter> counters(String account, String address) {
        String email = User.emailKey(account);
        return List.of(
                counter("p:" + email + "\n" + address, settings.maxFailuresPerAccountAndAddress()),
                counter("a:" + email, settings.maxFailuresPerAccount()),
                counter("i:" + address, settings.maxFailuresPerAddress()));
    }

    private static ThrottleCounter counter(String key, int limit) {
        return new ThrottleCounter(key.substring(0, 2) + Secrets.hash(key), limit, 0, null, null);
    }

    private ThrottleCounter lock(ThrottleCounter counter, Instant now) {
        jdbc.sql("insert into login_throttle (throttle_key, failures, last_failed_at) values (:key, 0, :now)"
                        + " on conflict do nothing")
                .param("key", counter.key())
                .param("now", Sql.ts(now))
                .update();
        return locked(counter).orElseThrow();
    }

    private Optional<ThrottleCounter> locked(ThrottleCounter counter) {
        return jdbc.sql("select failures, last_failed_at, blocked_until from login_throttle where throttle_key = :key"
                        + " for update")
                .param("key", counter.key())
                .query((rs, i) -> new ThrottleCounter(
                        counter.key(),
                        counter.limit(),
                        rs.getInt("failures"),
                        Sql.instant(rs, "last_failed_at"),
                        Sql.instant(rs, "blocked_until")))
                .optional();
    }

    private void save(ThrottleCounter counter) {
        jdbc.sql("update login_throttle set failures = :failures, last_failed_at = :last, blocked_until = :blocked"
                        + " where throttle_key = :key")
                .param("failures", counter.failures())
                .param("last", Sql.ts(counter.lastFailedAt()))
                .param("blocked", Sql.ts(counter.blockedUntil()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("key", counter.key())
                .update();
    }

    private void forgetQuietCounters(Instant now) {
        Instant cutoff = now.minus(settings.window()).minus(settings.maxDelay());
        try {
            jdbc.sql("delete from login_throttle where last_failed_at < :cutoff"
                            + " and (blocked_until is null or blocked_until < :cutoff)")
                    .param("cutoff", Sql.ts(cutoff))
                    .update();
        } catch (ConcurrencyFailureException busy) {
            // Another attempt holds one of these rows: the next attempt tidies up.
        }
    }

    /** Two first attempts on one counter may both insert it, and a lock may time out: the attempt is counted anew. */
    private static Duration retried(Supplier<Duration> work) {
        for (int i = 1; ; i++) {
            try {
                return work.get();
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (i == TRIES) {
                    throw e;
                }
            }
        }
    }
}
