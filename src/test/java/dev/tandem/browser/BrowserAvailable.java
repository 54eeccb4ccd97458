package dev.tandem.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser journeys only when asked to (TANDEM_BROWSER_TESTS=true), so {@code ./mvnw verify} passes on a
 * machine with a JDK alone. Registered with {@code @ExtendWith} on {@link BrowserTest}, which every journey
 * inherits (a condition annotation such as {@code @EnabledIfEnvironmentVariable} is not inherited). When asked
 * to run without Chromium, the journeys fail rather than skip, so CI cannot pass without them.
 */
class BrowserAvailable implements ExecutionCondition {

    static final String SWITCH = "TANDEM_BROWSER_TESTS";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"true".equals(System.getenv(SWITCH))) {
            return ConditionEvaluationResult.disabled(SWITCH + " is not true: browser journeys are off");
        }
        for (Path tool : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(SWITCH + "=true but " + tool + " is missing: install Debian's "
                        + "chromium and chromium-driver, or unset " + SWITCH);
            }
        }
        return ConditionEvaluationResult.enabled("browser journeys are on");
    }
}
