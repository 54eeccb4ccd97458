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
 * database connection: one delivery thread reads for all of them, and never writes to a client itself (each
 * stream's writes run apart, see {@link Subscriber}).
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
    private volatile ExecutorService senders = newSenders();
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
        var subscriber = new Subscriber(partnership, sharedOnly, client, senders, from);
        // compute, not computeIfAbsent then add: the heartbeat may be dropping this workspace's emptied set meanwhile
        subscribers.compute(workspace, (ws, set) -> {
            var streams = set == null ? ConcurrentHashMap.<Subscriber>newKeySet() : set;
            streams.add(subscriber);
            return streams;
        });
        subscriber.heartbeat();
        wake(workspace);
        return () -> {
            subscriber.close();
            subscribers.computeIfPresent(workspace, (ws, set) -> {
                set.remove(subscriber);
                return set.isEmpty() ? null : set;
            });
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
        subscribers
                .keySet()
                .forEach(workspace -> subscribers.computeIfPresent(workspace, (ws, set) -> {
                    set.removeIf(s -> !s.open());
                    return set.isEmpty() ? null : set;
                }));
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
            senders = newSenders();
        }
        running = true;
    }

    private static ExecutorService newDelivery() {
        return Executors.newSingleThreadExecutor(r -> new Thread(r, "space-live"));
    }

    /** Writes to the streams: a thread per stream being written to, so a slow client only waits on itself. */
    private static ExecutorService newSenders() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "space-send");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(set -> set.forEach(Subscriber::complete));
        subscribers.clear();
        delivery.shutdown();
        senders.shutdown();
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
