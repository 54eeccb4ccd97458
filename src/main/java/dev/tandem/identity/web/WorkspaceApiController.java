package dev.tandem.identity.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.AuditEvent;
import dev.tandem.identity.AuditLog;
import dev.tandem.identity.Invitation;
import dev.tandem.identity.Member;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.Mail;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(
        name = "Workspaces",
        description = "Workspaces, members, invitations and the audit log. Bearer token; "
                + "a non-member gets 404, a viewer cannot write (403), member management needs ADMIN or OWNER.")
class WorkspaceApiController {

    record WorkspaceView(UUID id, String name, Role role) {}

    record NewWorkspace(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String name) {}

    record MemberView(UUID userId, String email, String displayName, Role role, Instant joinedAt, long version) {

        static MemberView of(Member member) {
            return new MemberView(
                    member.userId().value(),
                    member.email(),
                    member.displayName(),
                    member.role(),
                    member.joinedAt(),
                    member.version());
        }
    }

    record AddMember(
            @NotBlank(message = "{validation.required}")
            @Email(message = "{validation.email}")
            @Size(max = 320, message = "{validation.size.max}")
            String email,

            @NotNull(message = "{validation.required}") Role role) {}

    record RoleChange(
            @NotNull(message = "{validation.required}") Role role) {}

    record InvitationView(UUID id, String email, Role role, String invitedBy, Instant expiresAt) {

        static InvitationView of(Invitation invitation) {
            return new InvitationView(
                    invitation.id(),
                    invitation.email(),
                    invitation.role(),
                    invitation.invitedBy(),
                    invitation.expiresAt());
        }
    }

    /** An unknown address gets an invitation; {@code link} is included when no mail could carry it. */
    record InvitedView(
            InvitationView invitation,
            Mail.Delivery delivery,
            @Nullable String link) {}

    private final WorkspaceService workspaces;
    private final AccountService accounts;
    private final AuditLog audit;

    WorkspaceApiController(WorkspaceService workspaces, AccountService accounts, AuditLog audit) {
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The workspaces of the authenticated user")
    List<WorkspaceView> mine(@AuthenticationPrincipal TandemUser me) {
        return accounts.workspaces(me.id()).stream()
                .map(ws -> new WorkspaceView(ws.id().value(), ws.name(), ws.role()))
                .toList();
    }

    @PostMapping
    @Operation(summary = "Create a workspace owned by the authenticated user")
    ResponseEntity<WorkspaceView> create(
            @AuthenticationPrincipal TandemUser me, @Valid @RequestBody NewWorkspace request) {
        var id = workspaces.create(me.id(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id))
                .body(new WorkspaceView(id.value(), request.name().strip(), Role.OWNER));
    }

    @GetMapping("/{workspaceId}")
    @ETagged
    @Operation(
            summary = "One workspace, with the caller's role in it",
            description = "The ETag names the version of "
                    + "its name: send it back as If-Match to rename it only if nobody did meanwhile.")
    ResponseEntity<WorkspaceView> one(WorkspaceContext workspace) {
        return ETags.ok(
                new WorkspaceView(workspace.workspaceId().value(), workspace.workspaceName(), workspace.role()),
                workspaces.version(workspace));
    }

    @PatchMapping("/{workspaceId}")
    @RequiresRole(Role.ADMIN)
    @ETagged
    @Operation(
            summary = "Rename the workspace (admins)",
            description = "Answers the new version's ETag; with "
                    + "If-Match, a name changed meanwhile is 412 and nothing is written.")
    ResponseEntity<WorkspaceView> rename(
            WorkspaceContext workspace, IfMatch ifMatch, @Valid @RequestBody NewWorkspace request) {
        workspaces.rename(workspace, ifMatch.basedOn(), request.name());
        return ETags.ok(
                new WorkspaceView(
                        workspace.workspaceId().value(), request.name().strip(), workspace.role()),
                workspaces.version(workspace));
    }

    @GetMapping("/{workspaceId}/members")
    @Operation(summary = "Members, cursor-paginated (limit 1–200, default 50)")
    Page<MemberView> members(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return workspaces.members(workspace, PageRequest.of(limit, cursor)).map(MemberView::of);
    }

    @PostMapping("/{workspaceId}/members")
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Invite someone by email",
            description = "202 with the invitation: the address receives a link, and joins only by accepting it "
                    + "(POST /api/v1/invitations/accept), also when it has an account already. Only owners can "
                    + "invite owners. 409 if already a member.")
    ResponseEntity<InvitedView> add(WorkspaceContext workspace, @Valid @RequestBody AddMember request) {
        var result = workspaces.invite(workspace, request.email(), request.role());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new InvitedView(
                        InvitationView.of(result.invitation()),
                        result.delivery(),
                        result.delivery() == Mail.Delivery.SENT ? null : result.link()));
    }

    @GetMapping("/{workspaceId}/members/{userId}")
    @ETagged
    @Operation(
            summary = "One member",
            description = "The ETag names the version of the membership: send it back as "
                    + "If-Match to change the role only if nobody did meanwhile.")
    ResponseEntity<MemberView> member(WorkspaceContext workspace, @PathVariable UUID userId) {
        return memberJson(workspaces.member(workspace, UserId.of(userId)));
    }

    @PatchMapping("/{workspaceId}/members/{userId}")
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Change a member's role",
            description = "Only owners grant or take away OWNER; "
                    + "the last owner cannot be demoted (409). Answers the new version's ETag; with If-Match, a role changed "
                    + "meanwhile is 412 and nothing is written.")
    @ETagged
    ResponseEntity<MemberView> changeRole(
            WorkspaceContext workspace,
            @PathVariable UUID userId,
            IfMatch ifMatch,
            @Valid @RequestBody RoleChange request) {
        return memberJson(workspaces.changeRole(workspace, UserId.of(userId), ifMatch.basedOn(), request.role()));
    }

    private static ResponseEntity<MemberView> memberJson(Member member) {
        return ETags.ok(MemberView.of(member), member.version());
    }

    @DeleteMapping("/{workspaceId}/members/{userId}")
    @RequiresRole(Role.VIEWER)
    @Operation(
            summary = "Remove a member, or leave when it is yourself",
            description = "Removing others needs ADMIN; the last owner cannot leave (409).")
    ResponseEntity<Void> remove(WorkspaceContext workspace, @PathVariable UUID userId) {
        workspaces.remove(workspace, UserId.of(userId));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{workspaceId}/invitations")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Open invitations")
    List<InvitationView> invitations(WorkspaceContext workspace) {
        return workspaces.invitations(workspace).stream()
                .map(InvitationView::of)
                .toList();
    }

    @DeleteMapping("/{workspaceId}/invitations/{invitationId}")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "Revoke an open invitation")
    ResponseEntity<Void> revoke(WorkspaceContext workspace, @PathVariable UUID invitationId) {
        workspaces.revokeInvitation(workspace, invitationId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{workspaceId}/audit-events")
    @RequiresRole(Role.ADMIN)
    @Operation(summary = "The security audit log, newest first, cursor-paginated")
    Page<AuditEvent> auditEvents(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return audit.events(workspace.workspaceId(), PageRequest.of(limit, cursor));
    }
}
