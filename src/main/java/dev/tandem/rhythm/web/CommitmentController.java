package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.rhythm.CommitmentBoard;
import dev.tandem.rhythm.CommitmentDraft;
import dev.tandem.rhythm.CommitmentService;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.PartnershipTabs;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The commitments tab of a partnership, with each side's reliability, and the workspace's due list. */
@Controller
class CommitmentController {

    private final CommitmentService commitments;
    private final CommitmentBoard board;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;

    CommitmentController(
            CommitmentService commitments,
            CommitmentBoard board,
            PartnershipService partnerships,
            PartnershipParticipants participants) {
        this.commitments = commitments;
        this.board = board;
        this.partnerships = partnerships;
        this.participants = participants;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/commitments")
    String list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable UUID editing,
            Htmx htmx,
            Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("commitments", commitments.list(workspace, id, PageRequest.of(50, cursor)));
        model.addAttribute("reliability", commitments.reliability(workspace, id));
        model.addAttribute("today", commitments.today());
        model.addAttribute("sides", OwnerSide.values());
        var people = participants.list(workspace, id);
        model.addAttribute("people", people);
        model.addAttribute("owners", CommitmentStatusController.owners(people));
        model.addAttribute("editing", editing);
        return PartnershipTabs.view(htmx, model, "commitments", "rhythm/commitments");
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/commitments")
    String make(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String what,
            @RequestParam OwnerSide ownerSide,
            @RequestParam(required = false) @Nullable UUID ownerId,
            @RequestParam(defaultValue = "") String dueOn,
            RedirectAttributes flash) {
        act(
                flash,
                "rhythm.commitments.added",
                () -> commitments.make(
                        workspace,
                        id,
                        new CommitmentDraft(what, ownerSide, ownerId, FormDates.required(dueOn, "dueOn"))));
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/commitments";
    }

    /** Open commitments of the workspace by side and owner: overdue and due this week unless filtered. */
    @GetMapping("/w/{workspaceId}/commitments")
    String due(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "due") String status,
            @RequestParam(required = false) @Nullable OwnerSide side,
            Model model) {
        model.addAttribute("board", board.of(workspace, CommitmentApiController.due(status), side));
        model.addAttribute("status", status);
        model.addAttribute("side", side);
        model.addAttribute("sides", OwnerSide.values());
        return "rhythm/due";
    }

    private static void act(RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            Flash.notice(flash, notice);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
    }
}
