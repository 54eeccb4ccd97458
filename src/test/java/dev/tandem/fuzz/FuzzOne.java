package dev.tandem.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz test ({@code dev.tandem.fuzz.ApiFuzzTests#contacts}) in this JVM, for {@code .ci/fuzz}: Jazzer fuzzes
 * a single test per JVM, and starting Maven for each would cost more than the fuzzing. Exits 1 on a finding.
 */
public final class FuzzOne {

    private FuzzOne() {}

    public static void main(String[] args) throws ClassNotFoundException {
        String[] test = args[0].split("#");
        Class<?> type = Class.forName(test[0]);
        Method method = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(test[1]))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz test " + args[0]));
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectMethod(type, method))
                                .build(),
                        listener);
        var summary = listener.getSummary();
        summary.printTo(new PrintWriter(System.out, true));
        summary.printFailuresTo(new PrintWriter(System.out, true), 30);
        System.exit(summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
