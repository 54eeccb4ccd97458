package dev.tandem.guests.web;

import dev.tandem.guests.GuestActions;
import dev.tandem.guests.GuestLedger;
import dev.tandem.guests.PartnerViews;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryKind;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.Reply;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner view: where a guest of the partnership lands, and what a member opens to see what the other side
 * sees. A guest may change the status of their side's commitments, add to an upcoming meeting's agenda, say whether
 * they will come, and, once the team shares the ledger, see its balance and record their side's contributions.
 */
@Controller
class PartnerViewController {

    static final String PAGE = "guests/partner-view";

    private final PartnerViews views;
    private final GuestActions actions;
    private final GuestLedger ledger;

    private final PartnershipService partnerships;

    PartnerViewController(
            PartnerViews views, GuestActions actions, GuestLedger ledger, PartnershipService partnerships) {
        this.partnerships = partnerships;
        this.views = views;
        this.actions = actions;
        this.ledger = ledger;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/partner-view")
    @OpenToGuests
    String show(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        var pv = views.of(workspace, id);
        model.addAttribute("pv", pv);
        model.addAttribute("today", LocalDate.ofInstant(pv.now(), ZoneOffset.UTC));
        model.addAttribute("tabs", views.tabs(workspace));
        model.addAttribute("ledger", ledger.ledger(workspace, id).orElse(null));
        model.addAttribute("contributionKinds", EntryKind.CONTRIBUTIONS);
        model.addAttribute("values", partnerships.values(workspace, id));
        model.addAttribute("valuesGuest", pv.ourOrganization());
        model.addAttribute(
                "valuesActions",
                workspace.isGuest() || workspace.canWrite()
                        ? Map.of(Side.THEIRS.name(), path(workspace, id) + "/values")
                        : Map.of());
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/commitments/{commitmentId}")
    @OpenToGuests
    String commitment(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @RequestParam CommitmentStatus status,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes flash) {
        act(
                flash,
                "guests.view.commitmentChanged",
                () -> actions.commitment(workspace, id, commitmentId, status, version));
        return "redirect:" + path(workspace, id) + "#commitments";
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/meetings/{meetingId}/agenda")
    @OpenToGuests
    String agenda(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes flash) {
        act(flash, "guests.view.agendaAdded", () -> actions.agenda(workspace, id, meetingId, title));
        return "redirect:" + path(workspace, id) + "#meetings";
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/meetings/{meetingId}/reply")
    @OpenToGuests
    String reply(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @RequestParam Reply reply,
            RedirectAttributes flash) {
        act(
                flash,
                reply == Reply.COMING ? "guests.view.replied.coming" : "guests.view.replied.notComing",
                () -> actions.reply(workspace, id, meetingId, reply));
        return "redirect:" + path(workspace, id) + "#meetings";
    }

    static void act(RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            Flash.notice(flash, notice);
        } catch (NotFound missing) {
            throw missing;
        } catch (Refusal refusal) {
            Flash.problem(flash, refusal);
        }
    }

    static String path(WorkspaceContext workspace, UUID id) {
        return "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/partner-view";
    }
}
