package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentBoard;
import dev.tandem.rhythm.CommitmentChange;
import dev.tandem.rhythm.CommitmentDraft;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.web.RhythmJson.CommitmentBoardJson;
import dev.tandem.rhythm.web.RhythmJson.CommitmentJson;
import dev.tandem.rhythm.web.RhythmJson.CommitmentPatch;
import dev.tandem.rhythm.web.RhythmJson.CommitmentRequest;
import dev.tandem.rhythm.web.RhythmJson.OwnerGroupJson;
import dev.tandem.rhythm.web.RhythmJson.ReliabilityJson;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
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
@Tag(
        name = "Commitments",
        description = "What each side promised, by when; action items of meetings; reliability "
                + "per side. Dates are ISO (2026-12-01); an unreadable one is 400.")
class CommitmentApiController {

    private final CommitmentService commitments;
    private final CommitmentBoard board;
    private final PartnershipParticipants participants;
    private final PartnershipPortfolio portfolio;

    CommitmentApiController(
            CommitmentService commitments,
            CommitmentBoard board,
            PartnershipParticipants participants,
            PartnershipPortfolio portfolio) {
        this.commitments = commitments;
        this.board = board;
        this.participants = participants;
        this.portfolio = portfolio;
    }

    @GetMapping("/partnerships/{id}/commitments")
    @Operation(summary = "Commitments of a partnership, oldest first")
    Page<CommitmentJson> list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return json(workspace, commitments.list(workspace, id, PageRequest.of(limit, cursor)));
    }

    @PostMapping("/partnerships/{id}/commitments")
    @Operation(
            summary = "Make a commitment",
            description = "ownerSide US or THEM; ownerId, optional, a participant on " + "that side.")
    ResponseEntity<CommitmentJson> make(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody CommitmentRequest request) {
        var made = commitments.make(workspace, id, draft(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(one(workspace, made));
    }

    @GetMapping("/partnerships/{id}/reliability")
    @Operation(
            summary = "Each side's share of commitments due in the last 180 days delivered on time",
            description = "A dropped commitment counts as not delivered; percent is absent when nothing was due.")
    ReliabilityJson reliability(WorkspaceContext workspace, @PathVariable UUID id) {
        return ReliabilityJson.of(commitments.reliability(workspace, id));
    }

    @GetMapping("/meetings/{id}/action-items")
    @Operation(summary = "The action items of a meeting: the commitments made in it")
    List<CommitmentJson> actionItems(WorkspaceContext workspace, @PathVariable UUID id) {
        return commitments.actionItems(workspace, id).stream()
                .map(c -> one(workspace, c))
                .toList();
    }

    @PostMapping("/meetings/{id}/action-items")
    @Operation(summary = "Add an action item: a commitment of the meeting's partnership")
    ResponseEntity<CommitmentJson> addActionItem(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody CommitmentRequest request) {
        var made = commitments.actionItem(workspace, id, draft(request));
        return ResponseEntity.status(HttpStatus.CREATED).body(one(workspace, made));
    }

    @PatchMapping("/commitments/{id}")
    @ETagged
    @Operation(
            summary = "Change a commitment: what, owner, due date, status (OPEN, DONE, DROPPED), done date",
            description = "DONE records doneOn (today by default, not in the future). Answers the new version's ETag; "
                    + "with If-Match, a commitment changed meanwhile is 412 and nothing is written; without it, a "
                    + "change that races another is 409, never lost.")
    ResponseEntity<CommitmentJson> change(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody CommitmentPatch patch) {
        var changed = commitments.change(
                workspace,
                id,
                ifMatch.basedOn(),
                new CommitmentChange(patch.what(), patch.ownerId(), patch.dueOn(), patch.status(), patch.doneOn()));
        return ETags.ok(one(workspace, changed), changed.version());
    }

    @GetMapping("/commitments")
    @Operation(
            summary = "Open commitments of the workspace, soonest due first",
            description =
                    "status overdue, due-this-week (today and the next 6 days), due (both) or open; side US or THEM.")
    Page<CommitmentJson> due(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(required = false) @Nullable OwnerSide side,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return json(workspace, commitments.due(workspace, due(status), side, PageRequest.of(limit, cursor)));
    }

    @GetMapping("/commitments/by-owner")
    @Operation(
            summary = "Open commitments of the workspace grouped by side (US, then THEM) and by owner",
            description =
                    "status due (overdue and due this week, the default), overdue, due-this-week or open; side US "
                            + "or THEM. An owner is a member (US) or a contact (THEM) across partnerships; a group without "
                            + "personId holds those with nobody named. At most 200 commitments, the soonest due; truncated "
                            + "says when there were more.")
    CommitmentBoardJson byOwner(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "due") String status,
            @RequestParam(required = false) @Nullable OwnerSide side) {
        var grouped = board.of(workspace, due(status), side);
        var names = grouped.partnershipNames();
        return new CommitmentBoardJson(
                status,
                grouped.today(),
                grouped.truncated(),
                grouped.groups().stream()
                        .map(g -> new OwnerGroupJson(
                                g.side(),
                                g.personId(),
                                g.name(),
                                g.items().stream()
                                        .map(c -> CommitmentJson.of(c, grouped.today(), owner -> g.name(), names::get))
                                        .toList()))
                        .toList());
    }

    static CommitmentService.Due due(String status) {
        return switch (status) {
            case "overdue" -> CommitmentService.Due.OVERDUE;
            case "due-this-week" -> CommitmentService.Due.DUE_THIS_WEEK;
            case "due" -> CommitmentService.Due.DUE;
            case "open" -> CommitmentService.Due.OPEN;
            default -> throw new InvalidInput("rhythm.commitment.filter").on("status");
        };
    }

    private static CommitmentDraft draft(CommitmentRequest request) {
        return new CommitmentDraft(request.what(), request.ownerSide(), request.ownerId(), request.dueOn());
    }

    private CommitmentJson one(WorkspaceContext workspace, Commitment c) {
        return json(workspace, new Page<>(List.of(c), null)).items().get(0);
    }

    /** Owner and partnership names in a fixed number of queries, whatever the page holds. */
    private Page<CommitmentJson> json(WorkspaceContext workspace, Page<Commitment> page) {
        var owners = participants.withIds(
                workspace,
                page.items().stream()
                        .map(Commitment::ownerId)
                        .filter(Objects::nonNull)
                        .toList());
        var partnerships = portfolio.names(
                workspace, page.items().stream().map(Commitment::partnershipId).toList());
        var today = commitments.today();
        return page.map(c -> CommitmentJson.of(
                c, today, owner -> owners.containsKey(owner) ? owners.get(owner).name() : null, partnerships::get));
    }
}
