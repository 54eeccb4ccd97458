package dev.tandem.endings;

import dev.tandem.partnerships.Stage;
import java.util.List;

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
                    new Step("thanks", List.of("winsReviewed"), false, false),
                    new Step("needs", List.of("needsWritten"), true, false),
                    new Step("contract", List.of("noticeChecked", "costAccepted"), false, false),
                    new Step("message", List.of("messageSent"), false, true),
                    new Step(
                            "handover",
                            List.of("transitionPlanReceived", "dataReturned", "accessRevoked", "invoicesSettled"),
                            false,
                            false))),

    /** A partnership that has run its course: a closing retrospective, settling up, a thank-you, an alumnus. */
    SUNSET(
            Stage.ENDED,
            List.of(
                    new Step("retro", List.of("retroHeld"), true, false),
                    new Step("settle", List.of("openCommitmentsClosed", "contributionsAcknowledged"), false, false),
                    new Step("thanks", List.of("messageSent"), false, true)));

    private final Stage outcome;
    private final List<Step> steps;

    Playbook(Stage outcome, List<Step> steps) {
        this.outcome = outcome;
        this.steps = steps;
    }

    /** The stage a finished run moves the partnership to (through winding down, for an end). */
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
     * One step: its checklist items, whether the user writes something there (the needs, the retrospective's
     * lessons), and whether it holds the message draft.
     */
    public record Step(String key, List<String> checklist, boolean notes, boolean draft) {}
}
