package dev.tandem.endings.web;

import dev.tandem.endings.PlaybookFacts;
import dev.tandem.endings.PlaybookRun;
import dev.tandem.endings.PlaybookService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.web.CalendarFiles;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Playbooks",
        description = "Guided endings of a partnership (VENDOR: a vendor who no longer fits; SUNSET: "
                + "a partnership that has run its course; MENTEE: a mentee ready to move on; COFFEE: a recurring coffee "
                + "that no longer serves, deferred or redirected to a group meetup): steps with checklists, the facts Tandem holds, a message draft in "
                + "the contact's language, and finishing, which moves the partnership's stage. An id of another workspace is "
                + "404.")
class PlaybookApiController {

    private static final String VERSIONED = "With If-Match, a run changed meanwhile is 412 and nothing is written.";

    private final PlaybookService playbooks;

    PlaybookApiController(PlaybookService playbooks) {
        this.playbooks = playbooks;
    }

    @GetMapping("/partnerships/{id}/playbook-runs")
    @Operation(summary = "A partnership's playbook runs, latest first (at most 20)")
    List<RunJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        var runs = playbooks.of(workspace, id);
        if (runs.isEmpty()) {
            return List.of();
        }
        PlaybookFacts facts = playbooks.facts(workspace, runs.get(0));
        return runs.stream()
                .map(r -> RunJson.of(r, facts, playbooks.introductions(workspace, r)))
                .toList();
    }

    @PostMapping("/partnerships/{id}/playbook-runs")
    @Operation(
            summary = "Start a playbook",
            description = "An active partnership moves to WINDING_DOWN now (not for COFFEE, which needs an "
                    + "active one and keeps its stage); one open run per partnership (409 otherwise). Goes on the "
                    + "timeline.")
    ResponseEntity<RunJson> start(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody RunJson.Start request) {
        var run = playbooks.start(workspace, id, request.playbook());
        return created(workspace, run);
    }

    @PostMapping("/contacts/{id}/playbook-runs")
    @Operation(
            summary = "Start the coffee playbook from a contact",
            description = "Only COFFEE (400 otherwise); it starts on the one active partnership the contact is the "
                    + "counterpart of or takes part in: 409 when there is none or several (start it from the "
                    + "partnership then).")
    ResponseEntity<RunJson> startForContact(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody RunJson.Start request) {
        var run = playbooks.startForContact(workspace, id, request.playbook());
        return created(workspace, run);
    }

    @GetMapping("/playbook-runs/{id}")
    @ETagged
    @Operation(summary = "One run with its steps, checklists and facts")
    ResponseEntity<RunJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var run = playbooks.get(workspace, id);
        return ETags.ok(json(workspace, run), run.version());
    }

    @PutMapping("/playbook-runs/{id}/steps/{step}")
    @ETagged
    @Operation(
            summary = "Record a step",
            description = "step counts from 0; checked lists the ticked items of that "
                    + "step (the others are unticked); notes replace what was written, absent keeps it; at MENTEE's "
                    + "introductions step, introductions (ids of contacts or members); at COFFEE's choose step, choice "
                    + "(DEFER with until and channel, or REDIRECT with meetupId). " + VERSIONED)
    ResponseEntity<RunJson> step(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable int step,
            IfMatch ifMatch,
            @Valid @RequestBody RunJson.StepRequest request) {
        var run = playbooks.record(
                workspace,
                id,
                ifMatch.basedOn(),
                step,
                request.checked() == null ? Set.of() : request.checked(),
                request.notes(),
                request.introductions(),
                request.plan());
        return ETags.ok(json(workspace, run), run.version());
    }

    @GetMapping("/playbook-runs/{id}/draft")
    @Operation(
            summary = "The run's message draft",
            description = "language: en, it or es; absent, the contact's "
                    + "preferred language; any other, English. Facts filled in; mailto opens it in a mail client.")
    RunJson.DraftJson draft(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String language) {
        if (language != null && language.length() > 35) {
            throw new InvalidInput("validation.language").on("language");
        }
        var draft = playbooks.draft(workspace, playbooks.get(workspace, id), language);
        return new RunJson.DraftJson(
                draft.language(),
                draft.to(),
                draft.subject(),
                draft.body(),
                draft.mailto(),
                draft.meetupId() == null
                        ? null
                        : "/api/v1/workspaces/" + workspace.workspaceId() + "/playbook-runs/" + id
                                + "/draft/invitation");
    }

    @GetMapping(value = "/playbook-runs/{id}/draft/invitation", produces = "text/calendar")
    @Operation(
            summary = "The invitation that goes with a redirected coffee's draft, as an iCalendar (RFC 5545) file",
            description = "The group meetup's invitation (METHOD:REQUEST, its RRULE in the meetup's time zone), "
                    + "naming the contact among the attendees. 404 when the run redirects to no meetup.")
    ResponseEntity<String> invitation(WorkspaceContext workspace, @PathVariable UUID id) {
        return CalendarFiles.download(playbooks.invitation(workspace, id), "invitation-" + id);
    }

    @PostMapping("/playbook-runs/{id}/draft/send")
    @Operation(
            summary = "Send the (edited) draft by email to the partnership's contact",
            description =
                    "A copy goes "
                            + "on the timeline. 409 when the contact has no address or the mail server is not configured or fails.")
    ResponseEntity<Void> send(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody RunJson.Send request) {
        playbooks.send(workspace, id, request.subject(), request.body());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/playbook-runs/{id}/finish")
    @ETagged
    @Operation(
            summary = "Finish the run",
            description = "The partnership moves to the playbook's outcome (ENDED) with "
                    + "the reason; after SUNSET, a reconnect reminder comes up in reconnectMonths (default 6); after MENTEE, a "
                    + "progress update reminder every followUpMonths (default 3), on My week and in the calendar feed. "
                    + VERSIONED)
    ResponseEntity<RunJson> finish(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody RunJson.Finish request) {
        var run = playbooks.finish(
                workspace,
                id,
                ifMatch.basedOn(),
                request.reason(),
                request.reconnectMonths(),
                request.followUpMonths());
        return ETags.ok(json(workspace, run), run.version());
    }

    @GetMapping("/playbook-runs/{id}/introductions/suggestions")
    @Operation(
            summary = "Whom the mentee could be introduced to",
            description = "Contacts in another department than the mentee's or sharing their tags (most in common "
                    + "first), then members. Choose among them with the introductions of the MENTEE run's "
                    + "introductions step.")
    List<RunJson.IntroductionJson> suggestions(WorkspaceContext workspace, @PathVariable UUID id) {
        return playbooks.suggestions(workspace, playbooks.get(workspace, id)).stream()
                .map(RunJson.IntroductionJson::of)
                .toList();
    }

    private ResponseEntity<RunJson> created(WorkspaceContext workspace, PlaybookRun run) {
        return ResponseEntity.created(
                        URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/playbook-runs/" + run.id()))
                .eTag(ETags.of(run.version()))
                .body(json(workspace, run));
    }

    private RunJson json(WorkspaceContext workspace, PlaybookRun run) {
        return RunJson.of(run, playbooks.facts(workspace, run), playbooks.introductions(workspace, run));
    }
}
