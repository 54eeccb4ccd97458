package dev.tandem.health;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advances time-based decay (cadence, the reliability window, commitments falling overdue): once a day every
 * score is recomputed as of the new day. Each row is claimed by moving its day forward before computing, in
 * the same transaction, so several nodes running the job at once split the work instead of repeating it, and
 * running it again the same day does nothing.
 */
@Component
class HealthDecay {

    private static final Logger log = LoggerFactory.getLogger(HealthDecay.class);
    private static final int BATCH = 200;

    private final HealthScores scores;
    private final HealthService health;
    private final TransactionTemplate transactions;

    HealthDecay(HealthScores scores, HealthService health, TransactionTemplate transactions) {
        this.scores = scores;
        this.health = health;
        this.transactions = transactions;
    }

    /** Recomputes every score not yet computed today; returns how many this node did. */
    int advance() {
        LocalDate today = health.today();
        int done = 0;
        while (true) {
            var stale = scores.staleBefore(today, BATCH);
            if (stale.isEmpty()) {
                return done;
            }
            int claimed = 0;
            for (var row : stale) {
                try {
                    Boolean mine = transactions.execute(status -> {
                        if (!scores.claim(row.getKey(), row.getValue(), today)) {
                            return false;
                        }
                        health.recompute(row.getKey(), row.getValue());
                        return true;
                    });
                    if (Boolean.TRUE.equals(mine)) {
                        claimed++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not advance the health of partnership {}", row.getValue(), e);
                }
            }
            if (claimed == 0) {
                // the rest is failing or being done by another node
                return done;
            }
            done += claimed;
        }
    }
}
