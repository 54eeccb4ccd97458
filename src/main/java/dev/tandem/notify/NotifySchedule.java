package dev.tandem.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the notification sweep and the digest job every few minutes (each does real work once per member and hour,
 * or week); off with {@code tandem.notify.jobs.enabled=false}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tandem.notify.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NotifySchedule {

    private static final Logger log = LoggerFactory.getLogger(NotifySchedule.class);

    private final NotificationSweep sweep;
    private final DigestJob digests;
    private final NotificationMails mails;

    NotifySchedule(NotificationSweep sweep, DigestJob digests, NotificationMails mails) {
        this.sweep = sweep;
        this.digests = digests;
        this.mails = mails;
    }

    @Scheduled(
            initialDelayString = "${tandem.notify.jobs.initial-delay:PT30S}",
            fixedDelayString = "${tandem.notify.jobs.every:PT5M}")
    void run() {
        int swept = sweep.sweep();
        int mailed = mails.run();
        int sent = digests.run();
        if (swept > 0 || mailed > 0 || sent > 0) {
            log.info("Notifications swept for {} members, {} mailed; {} weekly digests sent", swept, mailed, sent);
        }
    }
}
