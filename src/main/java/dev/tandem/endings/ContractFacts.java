package dev.tandem.endings;

import dev.tandem.shared.WorkspaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What other modules read about contracts, by workspace and id, without a member's context: the health index (a
 * contract without exit terms), the portfolio and My week (notice deadlines coming up).
 */
@Service
public class ContractFacts {

    private final Contracts contracts;

    ContractFacts(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The titles of the partnership's contracts that say nothing about how they end. */
    public List<String> withoutExitTerms(WorkspaceId workspace, UUID partnershipId) {
        return contracts.of(workspace, partnershipId).stream()
                .filter(c -> !c.terms().hasExitTerms())
                .map(Contract::title)
                .toList();
    }

    /**
     * The contracts whose last day to give notice is {@code today} or within {@value Contract#NOTICE_WARNING_DAYS}
     * days, soonest first, at most {@code limit}.
     */
    public List<NoticeDeadline> noticeDeadlines(WorkspaceId workspace, LocalDate today, int limit) {
        return contracts.noticeBetween(workspace, today, today.plusDays(Contract.NOTICE_WARNING_DAYS), limit).stream()
                .map(c -> new NoticeDeadline(
                        c.id(),
                        c.partnershipId(),
                        c.title(),
                        c.terms().counterparty(),
                        Objects.requireNonNull(c.terms().lastNoticeDay()),
                        c.terms().autoRenews()))
                .toList();
    }

    /** The last day to give notice on a contract, coming up. */
    public record NoticeDeadline(
            UUID contractId,
            UUID partnershipId,
            String title,
            String counterparty,
            LocalDate lastNoticeDay,
            boolean autoRenews) {}
}
