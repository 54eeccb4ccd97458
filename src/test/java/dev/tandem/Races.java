package dev.tandem;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Two requests sent at once, as near as two threads released by one barrier can: for lost-update tests. */
public final class Races {

    private Races() {}

    /** Both results, in the order the requests were given. */
    public static MvcResult[] atOnce(MockMvc mvc, RequestBuilder first, RequestBuilder second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var barrier = new CyclicBarrier(2);
            Future<MvcResult> a = pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return mvc.perform(first).andReturn();
            });
            Future<MvcResult> b = pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return mvc.perform(second).andReturn();
            });
            return new MvcResult[] {a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)};
        } finally {
            pool.shutdownNow();
        }
    }
}
