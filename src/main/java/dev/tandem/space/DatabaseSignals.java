package dev.tandem.space;

import dev.tandem.shared.WorkspaceId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fan-out between nodes through the database, so that no node keeps state of its own. On PostgreSQL a write sends
 * {@code NOTIFY space} with its workspace inside its transaction (delivered on commit, dropped on rollback) and
 * each node LISTENs on one connection of its own, waking that workspace's streams; a slow poll stays on as a safety
 * net for a notification lost while that connection was being replaced. On H2, which cannot notify, every node polls
 * the workspaces it has streams for, at {@code tandem.space.poll-interval}.
 */
@Component
class DatabaseSignals implements SmartLifecycle {

    static final String CHANNEL = "tandem_space";
    private static final Logger log = LoggerFactory.getLogger(DatabaseSignals.class);
    private static final long HEARTBEAT_SECONDS = 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SpaceLive live;
    private final SpaceProperties properties;
    private final boolean postgres;
    // Made at each start: a stopped context (a paused test context, too) may be started again.
    private volatile @Nullable ScheduledExecutorService timers;
    private volatile boolean running;
    private volatile Thread listener;

    DatabaseSignals(DataSource dataSource, JdbcClient jdbc, SpaceLive live, SpaceProperties properties)
            throws SQLException {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.live = live;
        this.properties = properties;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    /** Inside a write's transaction: every node's streams of the workspace wake once it commits. */
    void written(WorkspaceId workspace) {
        if (postgres) {
            jdbc.sql("select pg_notify('" + CHANNEL + "', :ws)")
                    .param("ws", workspace.value().toString())
                    .query((rs, i) -> 1)
                    .list();
        }
        live.written(workspace);
    }

    @Override
    public void start() {
        running = true;
        var timers = Executors.newScheduledThreadPool(1, r -> daemon(r, "space-timers"));
        this.timers = timers;
        long poll = properties.pollInterval().toMillis() * (postgres ? 10 : 1);
        timers.scheduleWithFixedDelay(live::wakeAll, poll, poll, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(live::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (postgres) {
            listener = daemon(this::listen, "space-listen");
            listener.start();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (var statement = c.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                live.wakeAll();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            live.wake(new WorkspaceId(UUID.fromString(n.getParameter())));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for space notifications failed; listening again in a second", e);
                    sleep();
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        var timers = this.timers;
        if (timers != null) {
            timers.shutdownNow();
        }
        Thread t = listener;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the live streams and stops after them. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
