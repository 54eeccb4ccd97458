package dev.tandem.identity.web;

import dev.tandem.identity.AuditLog;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.identity.web.SimpleForms.InviteForm;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.UserId;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who is in the workspace: members and their roles, invitations, and the audit log. */
@Controller
class MembersController {

    static final String MEMBERS = "identity/members";
    static final String AUDIT = "identity/audit";

    private final WorkspaceService workspaces;
    private final AuditLog audit;

    MembersController(WorkspaceService workspaces, AuditLog audit) {
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @GetMapping("/w/{workspaceId}/members")
    String members(WorkspaceContext workspace, @RequestParam(required = false) @Nullable String cursor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InviteForm());
        }
        return membersPage(workspace, cursor, model);
    }

    @PostMapping("/w/{workspaceId}/members")
    @RequiresRole(Role.ADMIN)
    String invite(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors()) {
            return membersPage(workspace, null, model);
        }
        try {
            var result = workspaces.invite(workspace, form.getEmail(), form.getRole());
            flash.addFlashAttribute("invited", result);
            return "redirect:/w/" + workspace.workspaceId() + "/members";
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
            return membersPage(workspace, null, model);
        }
    }

    /** Changes a role; with htmx, answers the member's table row (with the reason when refused). */
    @PostMapping("/w/{workspaceId}/members/{userId}/role")
    @RequiresRole(Role.ADMIN)
    ModelAndView changeRole(
            WorkspaceContext workspace,
            @PathVariable UUID userId,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            RedirectAttributes flash) {
        UserId member = UserId.of(userId);
        Refusal refusal = null;
        try {
            workspaces.changeRole(workspace, member, version == null ? null : BasedOn.read(version), role);
        } catch (Refusal problem) {
            if (!htmx.isRequest()) {
                throw problem;
            }
            refusal = problem;
        }
        if (!htmx.isRequest()) {
            Flash.notice(flash, "member.roleChanged");
            return new ModelAndView("redirect:/w/" + workspace.workspaceId() + "/members");
        }
        var row = new ModelAndView(MEMBERS + " :: row");
        row.addObject("member", workspaces.member(workspace, member));
        row.addObject("workspace", workspace);
        row.addObject("rowError", refusal == null ? null : Refusals.said(refusal));
        if (refusal != null) {
            row.setStatus(Refusals.status(refusal));
        }
        row.addObject("roles", Role.values());
        return row;
    }

    @PostMapping("/w/{workspaceId}/members/{userId}/remove")
    @RequiresRole(Role.ADMIN)
    String remove(WorkspaceContext workspace, @PathVariable UUID userId, RedirectAttributes flash) {
        workspaces.remove(workspace, UserId.of(userId));
        Flash.notice(flash, "member.removed");
        return userId.equals(workspace.userId().value())
                ? "redirect:/"
                : "redirect:/w/" + workspace.workspaceId() + "/members";
    }

    @PostMapping("/w/{workspaceId}/invitations/{invitationId}/revoke")
    @RequiresRole(Role.ADMIN)
    String revoke(WorkspaceContext workspace, @PathVariable UUID invitationId, RedirectAttributes flash) {
        workspaces.revokeInvitation(workspace, invitationId);
        Flash.notice(flash, "invitation.revoked");
        return "redirect:/w/" + workspace.workspaceId() + "/members";
    }

    @GetMapping("/w/{workspaceId}/audit")
    @RequiresRole(Role.ADMIN)
    String audit(WorkspaceContext workspace, @RequestParam(required = false) @Nullable String cursor, Model model) {
        model.addAttribute("events", audit.events(workspace.workspaceId(), PageRequest.of(50, cursor)));
        return AUDIT;
    }

    private String membersPage(WorkspaceContext workspace, @Nullable String cursor, Model model) {
        model.addAttribute("members", workspaces.members(workspace, PageRequest.of(50, cursor)));
        model.addAttribute("invitations", workspace.isAdmin() ? workspaces.invitations(workspace) : List.of());
        model.addAttribute("roles", Role.values());
        return MEMBERS;
    }
}
