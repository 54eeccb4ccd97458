package dev.tandem.bench;

import dev.tandem.bench.PartnershipWriter.Written;
import dev.tandem.bench.Rows.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a workspace with generated partnerships and their history. Partnerships are made in chunks; each
 * chunk is generated in memory and written in one transaction with JDBC batches, by a few threads at once.
 * Partnership {@code i} is the same whatever the chunking: its random numbers are seeded by {@code i}.
 */
final class PortfolioGenerator {

    /** What was written: each partnership (for the load scenarios) and the rows per table. */
    record Result(List<Written> partnerships, Map<Table, Long> rows) {

        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final int CHUNK = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    PortfolioGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** {@code count} partnerships, each owned by one of {@code members}; {@code progress} hears of each chunk written. */
    Result generate(UUID workspace, List<Member> members, int count, long seed, int threads, IntConsumer progress)
            throws InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Chunk>> chunks = new ArrayList<>();
            for (int from = 0; from < count; from += CHUNK) {
                int first = from;
                int last = Math.min(count, from + CHUNK);
                chunks.add(pool.submit(() -> {
                    Chunk chunk = write(workspace, members, first, last, seed, now);
                    progress.accept(last - first);
                    return chunk;
                }));
            }
            List<Written> partnerships = new ArrayList<>(count);
            Map<Table, Long> rows = new EnumMap<>(Table.class);
            for (Future<Chunk> future : chunks) {
                Chunk chunk = future.get();
                partnerships.addAll(chunk.partnerships());
                chunk.rows().forEach((table, n) -> rows.merge(table, n, Long::sum));
            }
            return new Result(partnerships, rows);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating the portfolio failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Chunk(List<Written> partnerships, Map<Table, Long> rows) {}

    private Chunk write(UUID workspace, List<Member> members, int first, int last, long seed, Instant now) {
        var rows = new Rows(workspace, json);
        List<Written> written = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            written.add(PartnershipWriter.write(Story.of(seed, i, now, members, rows)));
        }
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            counts.put(table, (long) rows.count(table));
        }
        transactions.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            rows.flush(connection);
            return null;
        }));
        return new Chunk(written, counts);
    }
}
