package dev.tandem.endings.web;

import dev.tandem.endings.CoffeePlan;
import dev.tandem.endings.Introduction;
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
        @Nullable String why,
        List<IntroductionJson> introductions,
        @Nullable CoffeePlan plan,
        boolean finished,
        @Nullable String reason,
        Instant startedAt,
        @Nullable Instant finishedAt,
        long version,
        FactsJson facts) {

    static RunJson of(PlaybookRun run, PlaybookFacts facts, List<Introduction> introductions) {
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
                run.why(),
                introductions.stream().map(IntroductionJson::of).toList(),
                run.plan(),
                run.finished(),
                run.reason(),
                run.startedAt(),
                run.finishedAt(),
                run.version(),
                new FactsJson(
                        facts.contactName(),
                        facts.language(),
                        facts.wins(),
                        facts.milestones(),
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
            List<String> milestones,
            int ourDelivered,
            int theirDelivered,
            int stillOpen,
            @Nullable String contract,
            @Nullable Integer noticeDays,
            @Nullable LocalDate lastNoticeDay,
            @Nullable String terminationCost) {}

    /** Someone to introduce a mentee to: a contact or a member, with their team or the interests they share. */
    record IntroductionJson(
            Introduction.Kind kind,
            UUID id,
            String name,
            @Nullable String detail) {

        static IntroductionJson of(Introduction i) {
            return new IntroductionJson(i.kind(), i.personId(), i.name(), i.detail());
        }
    }

    record Start(@NotNull(message = "{validation.required}") Playbook playbook) {}

    /**
     * The items of the step that are ticked (the others are not), what the user wrote there, and at the introductions
     * step the people chosen (contacts' or members' ids; absent keeps them); at a coffee's first step, the choice (DEFER
     * until a date with an urgent channel, or REDIRECT to a meetup).
     */
    record StepRequest(
            @Nullable @Size(max = 20, message = "{validation.size.max}")
            Set<String> checked,

            @Nullable @Size(max = PlaybookRun.NOTES_LENGTH, message = "{validation.size.max}")
            String notes,

            @Nullable @Size(max = PlaybookService.MAX_INTRODUCTIONS, message = "{validation.size.max}")
            List<UUID> introductions,

            CoffeePlan.@Nullable Choice choice,
            @Nullable LocalDate until,

            @Nullable @Size(max = CoffeePlan.CHANNEL_LENGTH, message = "{validation.size.max}")
            String channel,

            @Nullable UUID meetupId) {

        /** The coffee's choice, when one is made. */
        @Nullable
        CoffeePlan plan() {
            return choice == null ? null : new CoffeePlan(choice, until, channel, meetupId);
        }
    }

    record Finish(
            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookRun.REASON_LENGTH, message = "{validation.size.max}")
            String reason,

            @Nullable
            @Min(value = 1, message = "{validation.min}")
            @Max(value = PlaybookService.MAX_MONTHS, message = "{validation.max}")
            Integer reconnectMonths,

            @Nullable
            @Min(value = 1, message = "{validation.min}")
            @Max(value = PlaybookService.MAX_MONTHS, message = "{validation.max}")
            Integer followUpMonths) {}

    record Send(
            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookService.SUBJECT_LENGTH, message = "{validation.size.max}")
            String subject,

            @NotBlank(message = "{validation.required}")
            @Size(max = PlaybookService.BODY_LENGTH, message = "{validation.size.max}")
            String body) {}

    /** A draft; {@code invitation} is where the meetup's .ics that goes with a redirected coffee's message is. */
    record DraftJson(
            String language,
            @Nullable String to,
            String subject,
            String body,
            String mailto,
            @Nullable String invitation) {}
}
