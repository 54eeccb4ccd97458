package dev.tandem.endings;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contract or agreement of one partnership, at a version raised by every change, last changed by {@code updatedBy}. */
public record Contract(
        UUID id,
        UUID partnershipId,
        ContractTerms terms,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int MAX_PER_PARTNERSHIP = 50;
    /** How many days before the last day to give notice it shows on My week and in the portfolio. */
    public static final int NOTICE_WARNING_DAYS = 30;

    public String title() {
        return terms.title();
    }

    /** Whether the last day to give notice is within {@value #NOTICE_WARNING_DAYS} days of {@code today}, or is today. */
    public boolean noticeDue(LocalDate today) {
        LocalDate last = terms.lastNoticeDay();
        return last != null && !last.isBefore(today) && !last.isAfter(today.plusDays(NOTICE_WARNING_DAYS));
    }

    /** Days left to give notice, from {@code today}; null when the contract names no such day. */
    public @Nullable Long daysToNotice(LocalDate today) {
        LocalDate last = terms.lastNoticeDay();
        return last == null ? null : ChronoUnit.DAYS.between(today, last);
    }
}
