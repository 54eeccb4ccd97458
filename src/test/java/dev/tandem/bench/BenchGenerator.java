package dev.tandem.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.tandem.TandemApplication;
import dev.tandem.health.HealthService;
import dev.tandem.identity.AccountService;
import dev.tandem.identity.ApiTokenService;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.WorkspaceId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a large workspace for the benchmarks (issue 6): starts the application on the chosen database
 * (which also migrates it), makes the account through its services, writes the portfolio with batch inserts,
 * and leaves the files the load scenarios read in {@code --out}. See {@code bench/README.md}.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.tandem.bench.BenchGenerator \
 *     -Dexec.args="--scale M --out bench/work/pg-M --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/tandem_bench"</pre>
 */
public final class BenchGenerator {

    /** H2's own cache size, in KB, when nothing sets one. */
    static final int H2_DEFAULT_CACHE_KB = 16 * 1024;

    /** What a generation did, and how long each step took, in milliseconds. */
    record Report(
            UUID workspaceId,
            String token,
            PortfolioGenerator.Result portfolio,
            long accountMillis,
            long portfolioMillis,
            long portfolioCpuMillis,
            long indexMillis,
            long statisticsMillis,
            long healthMillis) {}

    private BenchGenerator() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var options = BenchOptions.parse(args);
        var app = new SpringApplicationBuilder(TandemApplication.class)
                // The security configuration needs a servlet context: a web server on a free local port.
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off");
        if (options.databaseUrl().startsWith("jdbc:postgresql:")) {
            app.properties("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true");
        }
        try (var context = app.run(options.springArgs().toArray(String[]::new))) {
            long started = System.nanoTime();
            Report report = run(context, options);
            long total = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    """

                    Generated %,d partnerships (%,d rows) in workspace %s
                      application start %,d ms, account %,d ms, portfolio %,d ms (%,.0f rows/s),
                      keys and indexes %,d ms, statistics %,d ms, health %,d ms
                      generation %,d ms, in all %,d ms; CPU time of this JVM while writing the portfolio %,d ms
                    Token: %s
                    Files for the load scenarios: %s
                    %n""",
                    report.portfolio().partnerships().size(),
                    report.portfolio().total(),
                    report.workspaceId(),
                    (started - start) / 1_000_000,
                    report.accountMillis(),
                    report.portfolioMillis(),
                    report.portfolio().total() * 1000.0 / Math.max(1, report.portfolioMillis()),
                    report.indexMillis(),
                    report.statisticsMillis(),
                    report.healthMillis(),
                    report.accountMillis()
                            + report.portfolioMillis()
                            + report.indexMillis()
                            + report.statisticsMillis()
                            + report.healthMillis(),
                    total,
                    report.portfolioCpuMillis(),
                    report.token(),
                    options.out().toAbsolutePath());
            report.portfolio().rows().forEach((table, n) -> System.out.printf("  %-20s %,12d%n", table.name, n));
        }
        if (options.databaseUrl().startsWith("jdbc:h2:")) {
            long t = System.nanoTime();
            compact(options);
            System.out.printf("H2's file compacted in %,d ms%n", (System.nanoTime() - t) / 1_000_000);
        }
    }

    /**
     * H2 appends the pages it writes and compacts its file little by little; after a load it is several times
     * the size of its data. Compacted, it is the file of a database that has been in use for a while. The
     * application has closed it: no connection is left to the pool's.
     * <p>
     * H2 keeps its cache size in the file. The big cache a load is given ({@code CACHE_SIZE} in the URL of
     * {@code bench/run.sh}) would otherwise stay the application's: half its heap of pages, collected in
     * full again and again, where a deployment has H2's default.
     */
    static void compact(BenchOptions options) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        options.databaseUrl(),
                        options.springArg("spring.datasource.username"),
                        options.springArg("spring.datasource.password"));
                var statement = connection.createStatement()) {
            statement.execute("set cache_size " + H2_DEFAULT_CACHE_KB);
            statement.execute("shutdown compact");
        }
    }

    /** Generates into the application {@code context}; also called by the smoke test. */
    static Report run(ApplicationContext context, BenchOptions options)
            throws InterruptedException, IOException, SQLException {
        long t0 = System.nanoTime();
        var account = new BenchAccount(
                        context.getBean(AccountService.class),
                        context.getBean(WorkspaceService.class),
                        context.getBean(ApiTokenService.class))
                .create(options.email(), "Bench portfolio", Math.max(1, Math.min(9, options.partnerships() / 100)));
        long t1 = System.nanoTime();
        long cpu = cpuNanos();
        var generator = new PortfolioGenerator(
                context.getBean(JdbcTemplate.class),
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
                context.getBean(JsonMapper.class));
        var done = new AtomicInteger();
        int step = Math.max(1, options.partnerships() / 10);
        var load = BulkLoad.prepare(context.getBean(DataSource.class), Rows.Table.names());
        PortfolioGenerator.Result portfolio;
        long t2;
        try {
            portfolio = generator.generate(
                    account.workspaceId(),
                    account.members(),
                    options.partnerships(),
                    options.seed(),
                    options.threads(),
                    n -> {
                        int before = done.getAndAdd(n);
                        if ((before + n) / step > before / step) {
                            System.out.printf(
                                    "  %,d of %,d partnerships written%n", before + n, options.partnerships());
                        }
                    });
        } finally {
            t2 = System.nanoTime();
            cpu = cpuNanos() - cpu;
            load.finish();
        }
        long t3 = System.nanoTime();
        statistics(context.getBean(JdbcTemplate.class));
        long t4 = System.nanoTime();
        computeHealth(context, account.workspaceId());
        long t5 = System.nanoTime();
        ScenarioFiles.write(options.out(), account, options.email(), portfolio.partnerships(), options.seed());
        return new Report(
                account.workspaceId(),
                account.token(),
                portfolio,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                cpu / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000,
                (t5 - t4) / 1_000_000);
    }

    /** This JVM's CPU time: on H2 the cost of writing, whatever else the machine is doing. */
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The planner's statistics (and on PostgreSQL the visibility map) after the bulk load, as autovacuum
     * would have them after two years of use. Without them PostgreSQL plans the first queries for empty
     * tables (a contact search took 400 ms instead of 3), and autovacuum would run during the measurements.
     */
    static void statistics(JdbcTemplate jdbc) {
        String database =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        jdbc.execute("PostgreSQL".equals(database) ? "vacuum analyze" : "analyze");
    }

    /**
     * The last step: every partnership's current health score and weekly snapshots, computed by the
     * application itself (its back-fill of the last twelve weeks), so that they are exactly what it would
     * have computed had it run all along. Meanwhile the health tables are analysed every few seconds, as
     * autovacuum would (it is off on the CI machine's PostgreSQL): a plan cached while they were nearly
     * empty would scan them whole for every row written.
     */
    static void computeHealth(ApplicationContext context, UUID workspace) {
        var jdbc = context.getBean(JdbcTemplate.class);
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                c -> c.getMetaData().getDatabaseProductName()));
        var analyser = Executors.newSingleThreadScheduledExecutor();
        if (postgres) {
            analyser.scheduleWithFixedDelay(
                    () -> jdbc.execute("analyze health_scores, health_snapshots"), 1, 3, TimeUnit.SECONDS);
        }
        try {
            context.getBean(HealthService.class).backfill(new WorkspaceId(workspace), HealthService.TREND_WEEKS);
        } finally {
            analyser.shutdownNow();
        }
        if (postgres) {
            jdbc.execute("vacuum analyze health_scores, health_snapshots");
        }
    }
}
