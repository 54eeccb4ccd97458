package dev.tandem.identity;

import dev.tandem.shared.Ids;
import dev.tandem.shared.Sql;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.TooManyAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures in a sliding window, for one account or
 * from one address, log-ins are refused until the oldest failure leaves the window. Kept in the
 * database so that every node sees the same counts.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TandemProperties.LoginThrottle settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, TandemProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.security().loginThrottle();
        this.clock = clock;
    }

    /** Throws a 429 problem, with the time to wait, when either counter is over its limit. */
    void check(String account, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(settings.window());
        Duration forAccount = waitFor("account", User.emailKey(account), settings.maxFailuresPerAccount(), since, now);
        Duration forAddress = waitFor("address", address, settings.maxFailuresPerAddress(), since, now);
        Duration wait = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            throw new TooManyAttempts(Duration.ofSeconds(seconds), "login.throttled", (seconds + 59) / 60);
        }
    }

    void recordFailure(String account, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failures where failed_at < :cutoff")
                .param("cutoff", Sql.ts(now.minus(settings.window()))).update();
        jdbc.sql("insert into login_failures (id, account, address, failed_at) values (:id, :account, :address, :at)")
                .param("id", Ids.next()).param("account", User.emailKey(account)).param("address", address)
                .param("at", Sql.ts(now)).update();
    }

    void recordSuccess(String account) {
        jdbc.sql("delete from login_failures where account = :account").param("account", User.emailKey(account)).update();
    }

    private Duration waitFor(String column, String key, int max, Instant since, Instant now) {
        var times = jdbc.sql("select failed_at from login_failures where " + column + " = :key and failed_at >= :since"
                + " order by failed_at desc limit :max")
                .param("key", key).param("since", Sql.ts(since)).param("max", max)
                .query(OffsetDateTime.class).list();
        if (times.size() < max) {
            return Duration.ZERO;
        }
        Instant reopens = times.get(max - 1).toInstant().plus(settings.window());
        return reopens.isAfter(now) ? Duration.between(now, reopens) : Duration.ZERO;
    }
}
