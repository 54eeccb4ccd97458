package dev.tandem.webhooks;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs {@link DeliveryWorker} every {@code tandem.webhooks.poll}; off with {@code tandem.webhooks.worker=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tandem.webhooks.worker", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

    private final DeliveryWorker worker;

    DeliverySchedule(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(initialDelayString = "${tandem.webhooks.poll:PT5S}", fixedDelayString = "${tandem.webhooks.poll:PT5S}")
    void run() {
        while (worker.run() > 0) {
            // a full batch may leave more due
        }
    }
}
