package dev.tandem;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The mail tests would have received. Without SMTP, {@code Mail} writes each message to the log (as an
 * administrator would read it); this reads that log, so tests follow the links a user would click.
 */
public final class TestMailbox {

    private static final String NAME = "test-mailbox";
    private static final Map<String, String> LAST = new ConcurrentHashMap<>();
    private static final Map<String, Integer> COUNT = new ConcurrentHashMap<>();
    private static volatile Function<String, @Nullable String> elsewhere = address -> null;

    private TestMailbox() {}

    /** Listens to the log; call before the request that sends mail (a new test context resets logging). */
    public static synchronized void open() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.tandem.shared.Mail");
        if (logger.getAppender(NAME) != null) {
            return;
        }
        var appender = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                Object[] args = event.getArgumentArray();
                if (args != null && args.length == 3) {
                    String to = String.valueOf(args[0]).toLowerCase(Locale.ROOT);
                    LAST.put(to, String.valueOf(args[2]));
                    COUNT.merge(to, 1, Integer::sum);
                }
            }
        };
        appender.setName(NAME);
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    /**
     * Where to look for mail that did not go to the log: a test with an SMTP server of its own (GreenMail) gives the
     * last body it received for an address; {@code null} goes back to the log only.
     */
    public static void alsoRead(@Nullable Function<String, @Nullable String> lastBodyTo) {
        elsewhere = lastBodyTo == null ? address -> null : lastBodyTo;
    }

    /** The token of the last link to {@code path} ("/verify-email?token=", "/invitations/") mailed to an address. */
    public static String token(String address, String path) {
        String body = LAST.get(address.toLowerCase(Locale.ROOT));
        if (body == null) {
            body = elsewhere.apply(address);
        }
        if (body == null) {
            throw new AssertionError("No mail to " + address);
        }
        Matcher link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)").matcher(body);
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in the last mail to " + address + ":\n" + body);
        }
        return link.group(1);
    }

    /** How many messages the log received for an address since the mailbox opened. */
    public static int count(String address) {
        return COUNT.getOrDefault(address.toLowerCase(Locale.ROOT), 0);
    }

    /** The body of the last message the log received for an address; null when none. */
    public static @Nullable String last(String address) {
        return LAST.get(address.toLowerCase(Locale.ROOT));
    }
}
