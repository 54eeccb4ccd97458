package dev.tandem.endings.web;

import dev.tandem.endings.Playbook;
import dev.tandem.endings.PlaybookFacts;
import dev.tandem.endings.PlaybookRun;
import dev.tandem.endings.PlaybookService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A playbook run as the API shows it: its steps with their checklists, and the facts pulled in. */
record RunJson(
        UUID id,
        UUID partnershipId,
        Playbook playbook,
        int step,
        List<StepJson> steps,
        @Nullable String notes,
        boolean finished,
        @Nullable String reason,
        Instant startedAt,
        @Nullable Instant finishedAt,
        long version,
        FactsJson facts) {

    static RunJson of(PlaybookRun run, PlaybookFacts facts) {
        var steps = run.playbook().steps().stream()
                .map(s -> new StepJson(
                        s.key(),
                        s.checklist().stream()
                                .map(item -> new ItemJson(item, run.checked().contains(item)))
                                .toList(),
                        s.notes(),
                        s.draft()))
                .toList();
        var contract = facts.contract();
        return new RunJson(
                run.id(),
                run.partnershipId(),
                run.playbook(),
                run.step(),
                steps,
                run.notes(),
                run.finished(),
                run.reason(),
                run.startedAt(),
                run.finishedAt(),
                run.version(),
                new FactsJson(
                        facts.contactName(),
                        facts.language(),
                        facts.wins(),
                        facts.ourDelivered(),
                        facts.theirDelivered(),
                        facts.stillOpen(),
                        contract == null ? null : contract.title(),
                        contract == null ? null : contract.terms().noticeDays(),
                        contract == null ? null : contract.terms().lastNoticeDay(),
                        contract == null ? null : contract.terms().terminationCost()));
    }

    record StepJson(String key, List<ItemJson> checklist, boolean notes, boolean draft) {}

    record ItemJson(String item, boolean checked) {}

    record FactsJson(
            @Nullable String contactName,
            String language,
            List<String> wins,
            int ourDelivered,
            int theirDelivered,
            int stillOpen,
            @Nullable String contract,
            @Nullable Integer noticeDays,
            @Nullable LocalDate lastNoticeDay,
            @Nullable String terminationCost) {}

    record Start(@NotNull(message = "{validation.required}") Playbook playbook) {}

    /** The items of the step that are ticked (the others are not), and what the user wrote there. */
    record StepRequest(
            @Nullable @Size(max = 20, message = "{validation.size.max}")
            Set<String> checked,

            @Nullable @Size(max = PlaybookRun.NOTES_LENGTH, message = "{validation.size.max}")
            String notes) {}

    record Finish(
            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookRun.REASON_LENGTH, message = "{validation.size.max}")
            String reason,

            @Nullable
            @Min(value = 1, message = "{validation.min}")
            @Max(value = PlaybookService.MAX_MONTHS, message = "{validation.max}")
            Integer reconnectMonths) {}

    record Send(
            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookService.SUBJECT_LENGTH, message = "{validation.size.max}")
            String subject,

            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookService.BODY_LENGTH, message = "{validation.size.max}")
            String body) {}

    record DraftJson(String language, @Nullable String to, String subject, String body, String mailto) {}
}
