package dev.tandem.endings.web;

import dev.tandem.endings.CoffeePlan;
import dev.tandem.endings.Playbook;
import dev.tandem.endings.PlaybookFacts;
import dev.tandem.endings.PlaybookRun;
import dev.tandem.endings.PlaybookService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.rhythm.MeetupService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.CalendarFiles;
import dev.tandem.shared.web.Flash;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The playbook stepper: start a playbook from a partnership's Ending page, walk its steps (checklist, facts, notes,
 * the message draft in a chosen language), send or copy the message, and finish. Refusals come back as a flash.
 */
@Controller
class PlaybookController {

    static final String PAGE = "endings/run";

    private final PlaybookService playbooks;
    private final PartnershipService partnerships;
    private final MeetupService meetups;
    private final Clock clock;

    PlaybookController(PlaybookService playbooks, PartnershipService partnerships, MeetupService meetups, Clock clock) {
        this.playbooks = playbooks;
        this.partnerships = partnerships;
        this.meetups = meetups;
        this.clock = clock;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/playbooks")
    String start(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam Playbook playbook,
            RedirectAttributes flash) {
        try {
            return to(workspace, playbooks.start(workspace, id, playbook), 0);
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
            return EndingController.back(workspace, id);
        }
    }

    @GetMapping("/w/{workspaceId}/playbook-runs/{runId}")
    String page(
            WorkspaceContext workspace,
            @PathVariable UUID runId,
            @RequestParam(required = false) @Nullable Integer step,
            @RequestParam(required = false) @Nullable String language,
            Model model) {
        PlaybookRun run = playbooks.get(workspace, runId);
        int shown = step == null || step < 0 || step >= run.playbook().steps().size() ? run.step() : step;
        PlaybookFacts facts = playbooks.facts(workspace, run);
        model.addAttribute("run", run);
        model.addAttribute("shown", shown);
        model.addAttribute("current", run.playbook().steps().get(shown));
        model.addAttribute("facts", facts);
        model.addAttribute("view", partnerships.get(workspace, run.partnershipId()));
        model.addAttribute(
                "draft", playbooks.draft(workspace, run, language == null || language.length() > 35 ? null : language));
        model.addAttribute("languages", PlaybookFacts.LANGUAGES);
        var chosen = playbooks.introductions(workspace, run);
        model.addAttribute("introductions", chosen);
        if (Playbook.Step.CHOOSE.equals(run.playbook().steps().get(shown).key())) {
            model.addAttribute("meetups", meetups.list(workspace));
            model.addAttribute(
                    "deferUntil",
                    run.plan() != null && run.plan().until() != null
                            ? run.plan().until()
                            : LocalDate.now(clock).plusMonths(CoffeePlan.DEFAULT_MONTHS));
        }
        if (run.playbook().steps().get(shown).introductions()) {
            var people = new ArrayList<>(chosen);
            playbooks.suggestions(workspace, run).stream()
                    .filter(s -> chosen.stream().noneMatch(c -> c.personId().equals(s.personId())))
                    .forEach(people::add);
            model.addAttribute("people", people);
        }
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/playbook-runs/{runId}/steps/{step}")
    String record(
            WorkspaceContext workspace,
            @PathVariable UUID runId,
            @PathVariable int step,
            @RequestParam(required = false) @Nullable List<String> checked,
            @RequestParam(required = false) @Nullable String notes,
            @RequestParam(required = false) @Nullable List<UUID> introduce,
            @RequestParam(required = false) CoffeePlan.@Nullable Choice choice,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable UUID meetupId,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String next,
            RedirectAttributes flash) {
        try {
            var run = playbooks.record(
                    workspace,
                    runId,
                    BasedOn.read(version),
                    step,
                    new HashSet<>(checked == null ? List.of() : checked),
                    notes,
                    introductions(workspace, runId, step, introduce),
                    choice == null ? null : new CoffeePlan(choice, until, channel, meetupId));
            Flash.notice(flash, "endings.run.saved");
            int last = run.playbook().steps().size() - 1;
            return to(workspace, run, next != null && step < last ? step + 1 : step);
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
            return to(workspace, playbooks.get(workspace, runId), step);
        }
    }

    @PostMapping("/w/{workspaceId}/playbook-runs/{runId}/send")
    String send(
            WorkspaceContext workspace,
            @PathVariable UUID runId,
            @RequestParam String subject,
            @RequestParam String body,
            RedirectAttributes flash) {
        PlaybookRun run = playbooks.get(workspace, runId);
        try {
            playbooks.send(workspace, runId, subject, body);
            Flash.notice(flash, "endings.draft.sent");
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
        }
        return to(workspace, run, run.playbook().draftStep());
    }

    @GetMapping("/w/{workspaceId}/playbook-runs/{runId}/invitation.ics")
    ResponseEntity<String> invitation(WorkspaceContext workspace, @PathVariable UUID runId) {
        return CalendarFiles.download(playbooks.invitation(workspace, runId), "invitation-" + runId);
    }

    @PostMapping("/w/{workspaceId}/playbook-runs/{runId}/finish")
    String finish(
            WorkspaceContext workspace,
            @PathVariable UUID runId,
            @RequestParam String reason,
            @RequestParam(required = false) @Nullable Integer reconnectMonths,
            @RequestParam(required = false) @Nullable Integer followUpMonths,
            @RequestParam long version,
            RedirectAttributes flash) {
        PlaybookRun run = playbooks.get(workspace, runId);
        try {
            playbooks.finish(workspace, runId, BasedOn.read(version), reason, reconnectMonths, followUpMonths);
            Flash.notice(flash, "endings.run.finishedNotice");
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + run.partnershipId();
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
            return to(workspace, run, run.playbook().steps().size() - 1);
        }
    }

    /** At the introductions step, the people ticked (none ticked: none); elsewhere null, keeping them. */
    private @Nullable List<UUID> introductions(
            WorkspaceContext workspace, UUID runId, int step, @Nullable List<UUID> introduce) {
        var steps = playbooks.get(workspace, runId).playbook().steps();
        boolean here = step >= 0 && step < steps.size() && steps.get(step).introductions();
        return here ? (introduce == null ? List.of() : introduce) : null;
    }

    private static String to(WorkspaceContext workspace, PlaybookRun run, int step) {
        return "redirect:/w/" + workspace.workspaceId() + "/playbook-runs/" + run.id() + "?step=" + step;
    }
}
