package dev.tandem.space;

import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live streams this node holds, and their delivery. A write to a workspace's space wakes its streams after it
 * commits, here and (through {@link DatabaseSignals}) on every other node; a woken workspace's new rows are read
 * once, from the lowest counter value any of its streams has, and offered to each stream. No stream holds a
 * database connection: one delivery thread reads for all of them.
 */
@Component
class SpaceLive implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SpaceLive.class);
    private static final int BATCH = 500;

    private final Posts posts;
    private final Sequences sequences;
    private final SpaceProperties properties;
    private final Map<WorkspaceId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Set<WorkspaceId> pending = ConcurrentHashMap.newKeySet();
    // Made at each start: a stopped context (a paused test context, too) may be started again.
    private volatile ExecutorService delivery = newDelivery();
    private volatile boolean running;

    SpaceLive(Posts posts, Sequences sequences, SpaceProperties properties) {
        this.posts = posts;
        this.sequences = sequences;
        this.properties = properties;
    }

    /**
     * Follows one partnership's new and changed posts for {@code client}, from after {@code after} (the Last-Event-ID
     * a browser reconnects with, never past what has been written) or from now. Run the answer to stop.
     */
    Runnable subscribe(
            WorkspaceId workspace, UUID partnership, boolean sharedOnly, @Nullable Long after, LiveClient client) {
        long current = sequences.current(workspace);
        long from = after == null ? current : Math.min(Math.max(0, after), current);
        var subscriber = new Subscriber(partnership, sharedOnly, client, from);
        subscribers
                .computeIfAbsent(workspace, ws -> ConcurrentHashMap.newKeySet())
                .add(subscriber);
        subscriber.heartbeat();
        wake(workspace);
        return () -> {
            subscriber.close();
            var set = subscribers.get(workspace);
            if (set != null) {
                set.remove(subscriber);
            }
        };
    }

    /** Called inside a write's transaction: the streams wake once it has committed. */
    void written(WorkspaceId workspace) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake(workspace);
                }
            });
        } else {
            wake(workspace);
        }
    }

    /** Reads what is new in the workspace for the streams open on it, once, on the delivery thread. */
    void wake(WorkspaceId workspace) {
        if (!subscribers.containsKey(workspace) || !pending.add(workspace)) {
            return;
        }
        delivery.execute(() -> {
            pending.remove(workspace);
            try {
                deliver(workspace);
            } catch (RuntimeException e) {
                log.warn("Live delivery for workspace {} failed; the next wake retries", workspace.value(), e);
            }
        });
    }

    /** Every workspace with an open stream here: for the polling fallback and after a lost notification. */
    void wakeAll() {
        subscribers.keySet().forEach(this::wake);
    }

    void heartbeat() {
        subscribers.values().forEach(set -> set.forEach(Subscriber::heartbeat));
        subscribers.values().forEach(set -> set.removeIf(s -> !s.open()));
        subscribers.entrySet().removeIf(e -> e.getValue().isEmpty());
    }

    int streams() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(WorkspaceId workspace) {
        var set = subscribers.get(workspace);
        if (set == null || set.isEmpty()) {
            return;
        }
        long from = set.stream().mapToLong(Subscriber::lastSeq).min().orElse(0);
        List<Post> rows;
        do {
            rows = posts.since(workspace, from, BATCH);
            for (Post post : rows) {
                set.forEach(s -> s.offer(post));
                from = post.seq();
            }
        } while (rows.size() == BATCH);
    }

    @Override
    public void start() {
        if (delivery.isShutdown()) {
            delivery = newDelivery();
        }
        running = true;
    }

    private static ExecutorService newDelivery() {
        return Executors.newSingleThreadExecutor(r -> new Thread(r, "space-live"));
    }

    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(set -> set.forEach(Subscriber::complete));
        subscribers.clear();
        delivery.shutdown();
        try {
            delivery.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
