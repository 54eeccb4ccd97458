package dev.tandem.contacts;

import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 14 for a workspace that grows one contact at a time: an import decides which prefixes its workspace shares
 * chunk by chunk, and contacts created alone are counted here, on the node that created them, until {@value
 * #REVIEW_AFTER} of a workspace have come; the prefixes half of them have are then shared where half of the
 * workspace's contacts have them too. What is counted lives in memory only: a node that restarts counts again.
 */
@Component
class SharedPrefixReview {

    /** Contacts created alone in a workspace, on this node, that make its prefixes worth a review. */
    static final int REVIEW_AFTER = 100;

    /** Beyond this many contacts a workspace's count waits for its review: memory stays bounded between reviews. */
    private static final int MOST_COUNTED = 10 * REVIEW_AFTER;

    /** Workspaces counted at once; more wait for the next review. */
    private static final int MOST_WORKSPACES = 1_000;

    private final Map<WorkspaceId, Count> counts = new ConcurrentHashMap<>();
    private final SearchIndex index;
    private final TransactionTemplate transactions;

    SharedPrefixReview(SearchIndex index, TransactionTemplate transactions) {
        this.index = index;
        this.transactions = transactions;
    }

    /** Counts a contact created alone, by the prefix rows made for it (shared ones included). */
    void added(WorkspaceId ws, List<Object[]> prefixRows) {
        if (counts.size() >= MOST_WORKSPACES && !counts.containsKey(ws)) {
            return;
        }
        Set<String> prefixes = new HashSet<>();
        for (Object[] row : prefixRows) {
            prefixes.add((String) row[1]);
        }
        counts.computeIfAbsent(ws, key -> new Count()).add(prefixes);
    }

    /**
     * Reviews every workspace with {@value #REVIEW_AFTER} contacts or more counted, each in a transaction of its
     * own; the workspaces reviewed.
     */
    List<WorkspaceId> review() {
        List<WorkspaceId> reviewed = new ArrayList<>();
        for (var entry : counts.entrySet()) {
            if (entry.getValue().contacts() < REVIEW_AFTER || !counts.remove(entry.getKey(), entry.getValue())) {
                continue;
            }
            Counted counted = entry.getValue().counted();
            transactions.executeWithoutResult(
                    status -> index.shareAmongWritten(entry.getKey(), counted.byPrefix(), counted.contacts()));
            reviewed.add(entry.getKey());
        }
        return reviewed;
    }

    /** How many of the contacts counted have each prefix. */
    private static final class Count {
        private final Map<String, Integer> byPrefix = new HashMap<>();
        private int contacts;

        synchronized void add(Set<String> prefixes) {
            if (contacts >= MOST_COUNTED) {
                return;
            }
            contacts++;
            for (String prefix : prefixes) {
                byPrefix.merge(prefix, 1, Integer::sum);
            }
        }

        synchronized int contacts() {
            return contacts;
        }

        /** What was counted, both parts at the same moment. */
        synchronized Counted counted() {
            return new Counted(new HashMap<>(byPrefix), contacts);
        }
    }

    private record Counted(Map<String, Integer> byPrefix, int contacts) {}

    /** Reviews every {@code tandem.contacts.shared-prefixes.review-every} (10 s); off with its {@code enabled}. */
    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(
            name = "tandem.contacts.shared-prefixes.review.enabled",
            havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        private final SharedPrefixReview review;

        Schedule(SharedPrefixReview review) {
            this.review = review;
        }

        @Scheduled(
                initialDelayString = "${tandem.contacts.shared-prefixes.review-every:PT10S}",
                fixedDelayString = "${tandem.contacts.shared-prefixes.review-every:PT10S}")
        void run() {
            review.review();
        }
    }
}
