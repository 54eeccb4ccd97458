package dev.tandem.notify;

import dev.tandem.identity.MemberRoster;
import dev.tandem.identity.MemberRoster.Recipient;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each member's weekly digest once their chosen day and hour has come in their time zone (later in the week if
 * no node ran then), claiming it in the database first so that no node sends it twice, and retries the failed ones.
 * Without SMTP it does nothing.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    private static final int BATCH = 200;
    /** A digest claimed longer ago than this, and still not sent, was left by a node that stopped. */
    private static final Duration ABANDONED = Duration.ofMinutes(30);

    private final MemberRoster roster;
    private final PreferenceStore preferences;
    private final Digests digests;
    private final DigestWriter writer;
    private final DigestMailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(
            MemberRoster roster,
            PreferenceStore preferences,
            Digests digests,
            DigestWriter writer,
            DigestMailer mailer,
            TransactionTemplate transactions,
            Clock clock) {
        this.roster = roster;
        this.preferences = preferences;
        this.digests = digests;
        this.writer = writer;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How many digests this node sent. */
    int run() {
        if (!mailer.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        UUID ws = new UUID(0, 0);
        UUID user = new UUID(0, 0);
        while (true) {
            var members = roster.after(ws, user, BATCH);
            if (members.isEmpty()) {
                break;
            }
            for (var member : members) {
                LocalDate week = due(member, now);
                if (week != null
                        && digests.claim(
                                member.context().workspaceId(), member.context().userId(), week, now)
                        && deliver(member, week)) {
                    sent++;
                }
            }
            var last = members.get(members.size() - 1).context();
            ws = last.workspaceId().value();
            user = last.userId().value();
        }
        for (var retry : digests.retries(now, now.minus(ABANDONED), BATCH)) {
            if (digests.claimRetry(retry, now, now.minus(ABANDONED))) {
                var member = roster.find(retry.workspaceId(), retry.userId()).orElse(null);
                if (member != null && deliver(member, retry.week())) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The Monday of the member's week if this week's digest is due by now, else null. */
    private @Nullable LocalDate due(Recipient member, Instant now) {
        var p = preferences.of(member.context().workspaceId(), member.context().userId());
        if (!p.digest()) {
            return null;
        }
        var local = now.atZone(member.zone()).toLocalDateTime();
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var slot = monday.plusDays(p.digestDay().getValue() - 1L).atTime(p.digestHour(), 0);
        return local.isBefore(slot) ? null : monday;
    }

    private boolean deliver(Recipient member, LocalDate week) {
        var context = member.context();
        Instant now = clock.instant();
        try {
            var token = transactions.execute(status -> preferences
                    .ensure(context.workspaceId(), context.userId(), now)
                    .token());
            var digest = writer.write(member, token);
            if (digest.isEmpty()) {
                digests.finish(context.workspaceId(), context.userId(), week, DigestStatus.EMPTY, now);
                return false;
            }
            mailer.send(member.email(), digest, member.locale());
            digests.finish(context.workspaceId(), context.userId(), week, DigestStatus.SENT, clock.instant());
            return true;
        } catch (DigestMailer.NotSent | RuntimeException e) {
            log.warn("Could not send the weekly digest to {}: {}", member.email(), e.getMessage());
            digests.fail(
                    context.workspaceId(),
                    context.userId(),
                    week,
                    e.getMessage() == null ? e.toString() : e.getMessage(),
                    now);
            return false;
        }
    }
}
