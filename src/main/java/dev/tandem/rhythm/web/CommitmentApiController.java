package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentChange;
import dev.tandem.rhythm.CommitmentDraft;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.web.RhythmJson.CommitmentJson;
import dev.tandem.rhythm.web.RhythmJson.CommitmentPatch;
import dev.tandem.rhythm.web.RhythmJson.CommitmentRequest;
import dev.tandem.rhythm.web.RhythmJson.ReliabilityJson;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Commitments", description = "What each side promised, by when; action items of meetings; reliability "
        + "per side. Dates are ISO (2026-12-01); an unreadable one is 400.")
class CommitmentApiController {

    private final CommitmentService commitments;
    private final PartnershipParticipants participants;

    CommitmentApiController(CommitmentService commitments, PartnershipParticipants participants) {
        this.commitments = commitments;
        this.participants = participants;
    }

    @GetMapping("/partnerships/{id}/commitments")
    @Operation(summary = "Commitments of a partnership, oldest first")
    Page<CommitmentJson> list(WorkspaceContext workspace, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String cursor) {
        return json(workspace, commitments.list(workspace, id, PageRequest.of(limit, cursor)));
    }

    @PostMapping("/partnerships/{id}/commitments")
    @Operation(summary = "Make a commitment", description = "ownerSide US or THEM; ownerId, optional, a participant on "
            + "that side.")
    ResponseEntity<CommitmentJson> make(WorkspaceContext workspace, @PathVariable UUID id,
            @Valid @RequestBody CommitmentRequest request) {
        var made = commitments.make(workspace, id, draft(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(one(workspace, made));
    }

    @GetMapping("/partnerships/{id}/reliability")
    @Operation(summary = "Each side's share of commitments due in the last 180 days delivered on time",
            description = "A dropped commitment counts as not delivered; percent is absent when nothing was due.")
    ReliabilityJson reliability(WorkspaceContext workspace, @PathVariable UUID id) {
        return ReliabilityJson.of(commitments.reliability(workspace, id));
    }

    @GetMapping("/meetings/{id}/action-items")
    @Operation(summary = "The action items of a meeting: the commitments made in it")
    List<CommitmentJson> actionItems(WorkspaceContext workspace, @PathVariable UUID id) {
        return commitments.actionItems(workspace, id).stream().map(c -> one(workspace, c)).toList();
    }

    @PostMapping("/meetings/{id}/action-items")
    @Operation(summary = "Add an action item: a commitment of the meeting's partnership")
    ResponseEntity<CommitmentJson> addActionItem(WorkspaceContext workspace, @PathVariable UUID id,
            @Valid @RequestBody CommitmentRequest request) {
        var made = commitments.actionItem(workspace, id, draft(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(one(workspace, made));
    }

    @PatchMapping("/commitments/{id}")
    @Operation(summary = "Change a commitment: what, owner, due date, status (OPEN, DONE, DROPPED), done date",
            description = "DONE records doneOn (today by default, not in the future).")
    CommitmentJson change(WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody CommitmentPatch patch) {
        var changed = commitments.change(workspace, id,
                new CommitmentChange(patch.what(), patch.ownerId(), patch.dueOn(), patch.status(), patch.doneOn()));
        return one(workspace, changed);
    }

    @GetMapping("/commitments")
    @Operation(summary = "Open commitments of the workspace, soonest due first",
            description = "status overdue, due-this-week (today and the next 6 days) or open; side US or THEM.")
    Page<CommitmentJson> due(WorkspaceContext workspace, @RequestParam(defaultValue = "open") String status,
            @RequestParam(required = false) @Nullable OwnerSide side,
            @RequestParam(required = false) @Nullable Integer limit, @RequestParam(required = false) @Nullable String cursor) {
        return json(workspace, commitments.due(workspace, due(status), side, PageRequest.of(limit, cursor)));
    }

    static CommitmentService.Due due(String status) {
        return switch (status) {
            case "overdue" -> CommitmentService.Due.OVERDUE;
            case "due-this-week" -> CommitmentService.Due.DUE_THIS_WEEK;
            case "open" -> CommitmentService.Due.OPEN;
            default -> throw Problem.badRequest("rhythm.commitment.filter").on("status");
        };
    }

    private static CommitmentDraft draft(CommitmentRequest request) {
        return new CommitmentDraft(request.what(), request.ownerSide(), request.ownerId(), request.dueOn());
    }

    private CommitmentJson one(WorkspaceContext workspace, Commitment c) {
        return json(workspace, new Page<>(List.of(c), null)).items().get(0);
    }

    private Page<CommitmentJson> json(WorkspaceContext workspace, Page<Commitment> page) {
        Map<UUID, String> names = new HashMap<>();
        page.items().stream().map(Commitment::partnershipId).distinct().forEach(p -> participants.list(workspace, p)
                .forEach(v -> { if (v.name() != null) names.put(v.participant().id(), v.name()); }));
        var today = commitments.today();
        return page.map(c -> CommitmentJson.of(c, today, names::get));
    }
}
