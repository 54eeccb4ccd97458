package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseSchedules;
import dev.tandem.feedback.PulseService;
import dev.tandem.feedback.web.FeedbackJson.CandidateJson;
import dev.tandem.feedback.web.FeedbackJson.LinkJson;
import dev.tandem.feedback.web.FeedbackJson.ResultsJson;
import dev.tandem.feedback.web.FeedbackJson.RoundJson;
import dev.tandem.feedback.web.FeedbackJson.RoundRequest;
import dev.tandem.feedback.web.FeedbackJson.ScheduleJson;
import dev.tandem.feedback.web.FeedbackJson.ScheduleRequest;
import dev.tandem.feedback.web.FeedbackJson.SentJson;
import dev.tandem.feedback.web.FeedbackJson.TemplateJson;
import dev.tandem.feedback.web.FeedbackJson.TemplateRequest;
import dev.tandem.feedback.web.FeedbackJson.TrendJson;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
        name = "Feedback",
        description = "Pulse surveys: the workspace's template, rounds sent by single-use links to people of one or "
                + "many partnerships, their results and each partnership's trend. An id of another workspace is 404.")
class FeedbackApiController {

    private final PulseService pulse;
    private final PulseSchedules schedules;
    private final Clock clock;

    FeedbackApiController(PulseService pulse, PulseSchedules schedules, Clock clock) {
        this.pulse = pulse;
        this.schedules = schedules;
        this.clock = clock;
    }

    @GetMapping("/feedback/template")
    @ETagged
    @Operation(
            summary = "The pulse survey template",
            description =
                    "A 1–5 satisfaction rating and a 0–10 likelihood to continue (fixed), and two open "
                            + "questions; null means the default text, in each respondent's language. The ETag names its version.")
    ResponseEntity<TemplateJson> template(WorkspaceContext workspace) {
        var t = pulse.template(workspace);
        return ETags.ok(TemplateJson.of(t), t.version());
    }

    @PutMapping("/feedback/template")
    @ETagged
    @Operation(
            summary = "Replace the open questions of the template",
            description = "Up to 300 characters each; empty or null restores the default. With If-Match, a template "
                    + "changed meanwhile is 412 and nothing is written. Rounds already sent keep their questions.")
    ResponseEntity<TemplateJson> saveTemplate(
            WorkspaceContext workspace, IfMatch ifMatch, @Valid @RequestBody TemplateRequest request) {
        var t = pulse.saveTemplate(workspace, ifMatch.basedOn(), request.openQuestion1(), request.openQuestion2());
        return ETags.ok(TemplateJson.of(t), t.version());
    }

    @GetMapping("/feedback/candidates")
    @Operation(
            summary = "Who a round about these partnerships can go to",
            description = "For each partnership: its participants (contacts on their side, members on ours) and the "
                    + "guests who accepted, with their email and the language their link opens in.")
    List<CandidateJson> candidates(WorkspaceContext workspace, @RequestParam("partnership") List<UUID> partnerships) {
        return pulse.candidates(workspace, partnerships).stream()
                .map(CandidateJson::of)
                .toList();
    }

    @GetMapping("/feedback/rounds")
    @Operation(summary = "The pulse rounds, latest first (at most 200)")
    List<RoundJson> rounds(WorkspaceContext workspace) {
        var now = clock.instant();
        return pulse.rounds(workspace).stream().map(r -> RoundJson.of(r, now)).toList();
    }

    @PostMapping("/feedback/rounds")
    @Operation(
            summary = "Send a pulse round",
            description = "title: up to 200 characters; days: how long the links work, 1–60 (default 14); people: "
                    + "{partnershipId, kind: CONTACT|GUEST|MEMBER, personId} among the candidates of each partnership. "
                    + "Each person gets a single-use link, mailed in their language when SMTP is configured. A link "
                    + "that was not mailed is in the answer, the only time it can be read.")
    ResponseEntity<SentJson> send(WorkspaceContext workspace, @Valid @RequestBody RoundRequest request) {
        var sent = pulse.send(workspace, request.round());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/feedback/rounds/"
                        + sent.round().id()))
                .body(new SentJson(
                        RoundJson.of(sent.round(), clock.instant()),
                        sent.links().stream().map(LinkJson::of).toList()));
    }

    @GetMapping("/feedback/rounds/{id}")
    @Operation(
            summary = "A round's results per partnership",
            description = "Response rate, average satisfaction, the distribution of ratings 1–5, the average "
                    + "likelihood to continue, the comments, and who answered.")
    ResultsJson results(WorkspaceContext workspace, @PathVariable UUID id) {
        return ResultsJson.of(pulse.results(workspace, id), clock.instant());
    }

    @PostMapping("/feedback/rounds/{id}/close")
    @Operation(
            summary = "Close a round early",
            description = "Its links stop taking answers. A round already closed or expired is 409.")
    RoundJson close(WorkspaceContext workspace, @PathVariable UUID id) {
        return RoundJson.of(pulse.close(workspace, id, null), clock.instant());
    }

    @GetMapping("/partnerships/{id}/pulse")
    @Operation(summary = "A partnership's pulse trend: its rounds, oldest first, with their average satisfaction")
    List<TrendJson> trend(WorkspaceContext workspace, @PathVariable UUID id) {
        return pulse.trend(workspace, id).stream().map(TrendJson::of).toList();
    }

    @GetMapping("/partnerships/{id}/pulse-schedule")
    @ETagged
    @Operation(
            summary = "A partnership's pulse schedule",
            description = "Every how many weeks a round goes to the chosen people, after how many days the one "
                    + "reminder goes to those who have not answered, and when the next round is due. 404 when the "
                    + "partnership has none. The ETag names its version.")
    ResponseEntity<ScheduleJson> schedule(WorkspaceContext workspace, @PathVariable UUID id) {
        var s = schedules.of(workspace, id).orElseThrow(() -> new NotFound("feedback.schedule.notFound"));
        return ETags.ok(ScheduleJson.of(s), s.version());
    }

    @PutMapping("/partnerships/{id}/pulse-schedule")
    @ETagged
    @Operation(
            summary = "Set a partnership's pulse schedule",
            description = "everyWeeks: 1–52; remindAfterDays: 1–13 (default 5); people: {kind: CONTACT|GUEST|MEMBER, "
                    + "personId} among the partnership's candidates. A new schedule sends its first round within "
                    + "minutes, on behalf of whoever set it; a changed one counts its weeks from the last round it "
                    + "sent. Rounds are mailed in each person's language; without SMTP their links go to the server's "
                    + "log. With If-Match, a schedule changed meanwhile is 412; without it, a lost race is 409.")
    ResponseEntity<ScheduleJson> saveSchedule(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody ScheduleRequest request) {
        var s = schedules.save(
                workspace, id, ifMatch.basedOn(), request.everyWeeks(), request.remindAfterDays(), request.keys());
        return ETags.ok(ScheduleJson.of(s), s.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/partnerships/{id}/pulse-schedule")
    @Operation(
            summary = "Remove a partnership's pulse schedule",
            description = "Nothing goes out on its own after this: no round, and no reminder of a round it sent. With "
                    + "If-Match, a schedule changed meanwhile is 412.")
    ResponseEntity<Void> removeSchedule(WorkspaceContext workspace, @PathVariable UUID id, IfMatch ifMatch) {
        schedules.remove(workspace, id, ifMatch.basedOn());
        return ResponseEntity.noContent().build();
    }
}
