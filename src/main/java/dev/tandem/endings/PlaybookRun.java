package dev.tandem.endings;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run of a playbook for a partnership: the step reached, the checklist items ticked, what the user wrote, and
 * once finished, the reason given. A finished run changes no more.
 */
public record PlaybookRun(
        UUID id,
        UUID partnershipId,
        Playbook playbook,
        int step,
        Set<String> checked,
        @Nullable String notes,
        @Nullable String why,
        @Nullable CoffeePlan plan,
        boolean finished,
        @Nullable String reason,
        Instant startedAt,
        @Nullable Instant finishedAt,
        Instant updatedAt,
        long version,
        @Nullable UserId updatedBy) {

    public static final int NOTES_LENGTH = 4000;
    public static final int REASON_LENGTH = 500;

    public PlaybookRun {
        checked = Set.copyOf(checked);
    }

    static PlaybookRun start(UUID partnershipId, Playbook playbook, UUID id, Instant now, UserId by) {
        return new PlaybookRun(
                id, partnershipId, playbook, 0, Set.of(), null, null, null, false, null, now, null, now, 0, by);
    }

    /**
     * The run with step {@code step} reached, its checklist ticked as {@code ticked} (items of other steps stay) and
     * the notes as written (into the text the step holds: the notes, or why); refused when finished, or for a step
     * or item the playbook does not have.
     */
    PlaybookRun record(int step, Set<String> ticked, @Nullable String notes, Instant now, UserId by) {
        requireOpen();
        if (step < 0 || step >= playbook.steps().size()) {
            throw new InvalidInput("endings.run.step", playbook.steps().size()).on("step");
        }
        var items = playbook.steps().get(step).checklist();
        if (!items.containsAll(ticked)) {
            throw new InvalidInput("endings.run.item").on("checked");
        }
        Set<String> all = new LinkedHashSet<>(checked);
        all.removeAll(items);
        all.addAll(ticked);
        String text = ContractTerms.blankToNull(notes);
        if (text != null && text.length() > NOTES_LENGTH) {
            throw new InvalidInput("endings.run.notesLength", NOTES_LENGTH).on("notes");
        }
        String field = playbook.steps().get(step).text();
        boolean why = Playbook.Step.WHY.equals(field);
        return new PlaybookRun(
                id,
                partnershipId,
                playbook,
                step,
                all,
                text == null || why ? this.notes : text,
                text == null || !why ? this.why : text,
                plan,
                false,
                null,
                startedAt,
                null,
                now,
                version,
                by);
    }

    PlaybookRun finish(String why, Instant now, UserId by) {
        requireOpen();
        String text = why.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("validation.required").on("reason");
        }
        if (text.length() > REASON_LENGTH) {
            throw new InvalidInput("endings.run.reasonLength", REASON_LENGTH).on("reason");
        }
        return new PlaybookRun(
                id,
                partnershipId,
                playbook,
                step,
                checked,
                notes,
                why,
                plan,
                true,
                text,
                startedAt,
                now,
                now,
                version,
                by);
    }

    /** The run with the coffee's plan chosen (a coffee's first step only). */
    PlaybookRun planned(CoffeePlan chosen) {
        requireOpen();
        return new PlaybookRun(
                id,
                partnershipId,
                playbook,
                step,
                checked,
                notes,
                why,
                chosen,
                false,
                null,
                startedAt,
                null,
                updatedAt,
                version,
                updatedBy);
    }

    private void requireOpen() {
        if (finished) {
            throw new Conflict("endings.run.finished");
        }
    }
}
