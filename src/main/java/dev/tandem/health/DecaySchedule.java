package dev.tandem.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs {@link HealthDecay} every few minutes (it does real work once a day); off with {@code tandem.health.decay.enabled=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tandem.health.decay.enabled", havingValue = "true", matchIfMissing = true)
class DecaySchedule {

    private static final Logger log = LoggerFactory.getLogger(DecaySchedule.class);

    private final HealthDecay decay;

    DecaySchedule(HealthDecay decay) {
        this.decay = decay;
    }

    @Scheduled(
            initialDelayString = "${tandem.health.decay.initial-delay:PT20S}",
            fixedDelayString = "${tandem.health.decay.every:PT10M}")
    void run() {
        int advanced = decay.advance();
        if (advanced > 0) {
            log.info("Health index advanced for {} partnerships", advanced);
        }
    }
}
