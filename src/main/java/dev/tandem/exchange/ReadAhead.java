package dev.tandem.exchange;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a producer on a thread of its own, at most {@code ahead} items ahead of the one consuming them: an import
 * reads, plans and prepares its next chunk while the transaction's thread writes the current one, so that the
 * database is kept busy instead of waiting for the application between chunks. What the producer throws is thrown
 * to the consumer by {@link #next}; {@link #close} stops the producer.
 */
final class ReadAhead<T> implements AutoCloseable {

    private static final Object END = new Object();

    private record Failure(Throwable cause) {}

    /** Thrown inside the producer when the consumer has gone: unwinds it without a report. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private boolean ended;

    ReadAhead(String name, int ahead, Consumer<Consumer<T>> producer) {
        this.queue = new ArrayBlockingQueue<>(ahead);
        this.thread = new Thread(
                () -> {
                    try {
                        producer.accept(this::put);
                        put(END);
                    } catch (Stopped stopped) {
                        // The consumer has gone: nobody waits for the rest.
                    } catch (Throwable failure) {
                        try {
                            put(new Failure(failure));
                        } catch (Stopped stopped) {
                            // Nobody to tell.
                        }
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException interrupted) {
            throw new Stopped();
        }
    }

    /** The next item, or null once the producer has finished. */
    @SuppressWarnings("unchecked")
    @Nullable
    T next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next chunk", interrupted);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            Throwable cause = failure.cause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        return (T) item;
    }

    /** Stops the producer if it is still going, and waits for it. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
