package dev.tandem.rhythm;

import dev.tandem.shared.Ids;
import dev.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secrets of calendar feeds. A secret is the credential of a feed's address: only its SHA-256 is kept, so it
 * is shown once, when it is made, and making a new one revokes the old.
 */
@Component
class FeedSecrets {

    /** Longer than any secret this class makes: a longer one is not looked up at all. */
    static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeeds feeds;
    private final Clock clock;

    FeedSecrets(CalendarFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Transactional
    CalendarService.CreatedFeed renew(UserId user) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        feeds.revokeAll(user, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.insert(Ids.next(), user, hash(secret), now);
        return new CalendarService.CreatedFeed(secret, now);
    }

    /** Whose live feed this secret opens, if any. */
    Optional<UserId> owner(String secret) {
        if (secret.isEmpty() || secret.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return feeds.owner(hash(secret));
    }

    Optional<Instant> liveSince(UserId user) {
        return feeds.liveSince(user);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
