package dev.tandem.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A write answered 2xx survives the process being killed, on the embedded H2 database too. H2 writes committed
 * transactions to its file in the background, up to half a second later ({@code WRITE_DELAY}, 500 ms by default):
 * killed meanwhile, it lost 39 of 1,144 acknowledged writes. With {@code WRITE_DELAY=0} each commit is written to
 * the file (the operating system's cache) before the commit returns. Added to any H2 file URL that does not set
 * it; a URL that sets another delay is kept, with a warning. Not an fsync: a power cut can still lose the last
 * commits, which is what PostgreSQL is for (README, "Durability").
 */
@Component
class EmbeddedDurability implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDurability.class);
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);WRITE_DELAY=(\\d+)");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            dataSource.setJdbcUrl(durable(dataSource.getJdbcUrl()));
        }
        return bean;
    }

    /** The URL with every commit written before it returns, when it names an H2 database on disk. */
    static String durable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")
                || lower.startsWith("jdbc:h2:mem:")
                || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return url;
        }
        var delay = WRITE_DELAY.matcher(url);
        if (!delay.find()) {
            return url + ";WRITE_DELAY=0";
        }
        if (!delay.group(1).equals("0")) {
            log.warn(
                    "The H2 database URL sets WRITE_DELAY={}: writes acknowledged in the last {} ms before the "
                            + "process stops can be lost. Remove the setting to have every commit written at once.",
                    delay.group(1),
                    delay.group(1));
        }
        return url;
    }
}
