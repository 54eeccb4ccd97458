package dev.tandem.endings;

import dev.tandem.partnerships.Stage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The guided ways to end a relationship well, each a list of steps with a checklist; finishing one moves the
 * partnership to {@link #outcome()}. Texts are {@code endings.playbook.<NAME>…} and
 * {@code endings.check.<item>} of the endings bundle.
 */
public enum Playbook {

    /** A vendor who no longer fits: thanks for real wins, honest needs, the contract's terms, a handover. */
    VENDOR(
            Stage.ENDED,
            List.of(
                    new Step("thanks", List.of("winsReviewed"), null, false),
                    new Step("needs", List.of("needsWritten"), Step.NOTES, false),
                    new Step("contract", List.of("noticeChecked", "costAccepted"), null, false),
                    new Step("message", List.of("messageSent"), null, true),
                    new Step(
                            "handover",
                            List.of("transitionPlanReceived", "dataReturned", "accessRevoked", "invoicesSettled"),
                            null,
                            false))),

    /** A partnership that has run its course: a closing retrospective, settling up, a thank-you, an alumnus. */
    SUNSET(
            Stage.ENDED,
            List.of(
                    new Step("retro", List.of("retroHeld"), Step.NOTES, false),
                    new Step("settle", List.of("openCommitmentsClosed", "contributionsAcknowledged"), null, false),
                    new Step("thanks", List.of("messageSent"), null, true))),

    /**
     * A mentee ready to move on: a recap of what they achieved, their next challenges, why moving on is good for
     * them, introductions to people in other teams, the message, and a "progress update" reminder every few months.
     */
    MENTEE(
            Stage.ENDED,
            List.of(
                    new Step("recap", List.of("achievementsReviewed"), null, false),
                    new Step("next", List.of("challengesWritten"), Step.NOTES, false),
                    new Step("why", List.of("whyWritten"), Step.WHY, false),
                    new Step(Step.INTRODUCTIONS, List.of("introductionsChosen"), null, false),
                    new Step("message", List.of("messageSent"), null, true))),

    /**
     * A recurring coffee that no longer serves, started from a partnership or its contact: defer it until a date
     * (the cadence pauses; the partnership keeps its stage), or redirect the person to a group meetup (the
     * partnership goes dormant). Nothing winds down.
     */
    COFFEE(
            Stage.DORMANT,
            List.of(
                    new Step(Step.CHOOSE, List.of("choiceMade"), Step.NOTES, false),
                    new Step("message", List.of("messageSent"), null, true)));

    private final Stage outcome;
    private final List<Step> steps;

    Playbook(Stage outcome, List<Step> steps) {
        this.outcome = outcome;
        this.steps = steps;
    }

    /** Whether starting it winds the partnership down (every ending; not a coffee, which pauses or redirects). */
    public boolean windsDown() {
        return this != COFFEE;
    }

    /**
     * The stage a finished run moves the partnership to (through winding down, for an end); a redirected coffee's
     * (a deferred one keeps its stage).
     */
    public Stage outcome() {
        return outcome;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The step with the message draft. */
    public int draftStep() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).draft()) {
                return i;
            }
        }
        throw new IllegalStateException(name() + " has no draft");
    }

    /**
     * One step: its checklist items, which of the run's texts the user writes there ({@link #NOTES}: the needs, the
     * retrospective's lessons, the mentee's next challenges; {@link #WHY}: why moving on is good for the mentee; null:
     * none), and whether it holds the message draft.
     */
    public record Step(
            String key, List<String> checklist, @Nullable String text, boolean draft) {

        public static final String NOTES = "notes";
        public static final String WHY = "why";
        /** The step where a coffee is deferred or redirected. */
        public static final String CHOOSE = "choose";
        /** The step where the people to introduce are chosen. */
        public static final String INTRODUCTIONS = "introductions";

        /** Whether the user writes something at this step. */
        public boolean notes() {
            return text != null;
        }

        public boolean introductions() {
            return INTRODUCTIONS.equals(key);
        }
    }
}
