package dev.tandem.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs {@link ScheduleJob} every few minutes; off with {@code tandem.feedback.schedules.enabled=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tandem.feedback.schedules.enabled", havingValue = "true", matchIfMissing = true)
class ScheduleRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRunner.class);

    private final ScheduleJob job;

    ScheduleRunner(ScheduleJob job) {
        this.job = job;
    }

    @Scheduled(
            initialDelayString = "${tandem.feedback.schedules.initial-delay:PT40S}",
            fixedDelayString = "${tandem.feedback.schedules.every:PT5M}")
    void run() {
        var run = job.run();
        if (run.rounds() > 0 || run.reminders() > 0) {
            log.info("Scheduled pulse rounds sent: {}; reminders: {}", run.rounds(), run.reminders());
        }
    }
}
