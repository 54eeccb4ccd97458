package dev.tandem.endings.web;

import dev.tandem.endings.Contract;
import dev.tandem.endings.ContractTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contract as the API shows it, with what follows from its terms. */
record ContractJson(
        UUID id,
        UUID partnershipId,
        String title,
        String counterparty,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean autoRenews,
        @Nullable LocalDate renewalNoticeOn,
        @Nullable Integer noticeDays,
        @Nullable String terminationCost,
        @Nullable String transitionPlan,
        @Nullable String dataReturn,
        @Nullable String handoverHelp,
        @Nullable String survives,
        @Nullable String documentUrl,
        @Nullable LocalDate lastNoticeDay,
        boolean exitTerms,
        List<String> missingExitTerms,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ContractJson of(Contract c) {
        var t = c.terms();
        return new ContractJson(
                c.id(),
                c.partnershipId(),
                t.title(),
                t.counterparty(),
                t.startsOn(),
                t.endsOn(),
                t.autoRenews(),
                t.renewalNoticeOn(),
                t.noticeDays(),
                t.terminationCost(),
                t.transitionPlan(),
                t.dataReturn(),
                t.handoverHelp(),
                t.survives(),
                t.documentUrl(),
                t.lastNoticeDay(),
                t.hasExitTerms(),
                t.missingExitTerms(),
                c.version(),
                c.createdAt(),
                c.updatedAt());
    }

    /** A contract to record or replace; absent text is cleared. */
    record Request(
            @NotBlank(message = "{validation.required}")
            @Size(max = ContractTerms.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @NotBlank(message = "{validation.required}")
            @Size(max = ContractTerms.TITLE_LENGTH, message = "{validation.size.max}")
            String counterparty,

            @NotNull(message = "{validation.required}") LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable Boolean autoRenews,
            @Nullable LocalDate renewalNoticeOn,

            @Nullable
            @Min(value = 0, message = "{validation.min}")
            @Max(value = ContractTerms.MAX_NOTICE_DAYS, message = "{validation.max}")
            Integer noticeDays,

            @Nullable @Size(max = ContractTerms.COST_LENGTH, message = "{validation.size.max}")
            String terminationCost,

            @Nullable @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
            String transitionPlan,

            @Nullable @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
            String dataReturn,

            @Nullable @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
            String handoverHelp,

            @Nullable @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
            String survives,

            @Nullable @Size(max = ContractTerms.TEXT_LENGTH, message = "{validation.size.max}")
            String documentUrl) {

        ContractTerms terms() {
            return new ContractTerms(
                    title,
                    counterparty,
                    startsOn,
                    endsOn,
                    Boolean.TRUE.equals(autoRenews),
                    renewalNoticeOn,
                    noticeDays,
                    terminationCost,
                    transitionPlan,
                    dataReturn,
                    handoverHelp,
                    survives,
                    documentUrl);
        }
    }
}
