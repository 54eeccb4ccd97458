package dev.tandem.guests.web;

import dev.tandem.guests.GuestDirectory;
import dev.tandem.identity.GuestInvitation;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Mail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/guests")
@Tag(
        name = "Guests",
        description = "People of the partner's side invited to one partnership: they see its SHARED "
                + "items only (GET …/partner-view) and nothing else of the workspace.")
class GuestApiController {

    record GuestRequest(
            @NotBlank(message = "{validation.required}")
            @Email(message = "{validation.email}")
            @Size(max = 320, message = "{validation.size.max}")
            String email) {}

    /** A guest invitation: PENDING, ACCEPTED, REVOKED or EXPIRED; {@code guestName} once accepted. */
    record GuestJson(
            UUID id,
            String email,
            GuestInvitation.Status status,
            String invitedBy,
            Instant invitedAt,
            @Nullable String guestName) {

        static GuestJson of(GuestInvitation i) {
            return new GuestJson(i.id(), i.email(), i.status(), i.invitedBy(), i.invitedAt(), i.guestName());
        }
    }

    /** {@code link} is included when no mail could carry it, for the inviter to pass on. */
    record InvitedJson(
            UUID id,
            String email,
            Mail.Delivery delivery,
            @Nullable String link) {}

    private final GuestDirectory guests;

    GuestApiController(GuestDirectory guests) {
        this.guests = guests;
    }

    @GetMapping
    @Operation(summary = "The partnership's guest invitations, newest first, with their status")
    List<GuestJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return guests.invitations(workspace, id).stream().map(GuestJson::of).toList();
    }

    @PostMapping
    @Operation(
            summary = "Invite someone of the partner's side as a guest of this partnership",
            description = "202: the address receives a link and becomes a guest only by accepting it "
                    + "(POST /api/v1/invitations/accept), with a confirmed address. 409 for a member of the "
                    + "workspace or someone who is a guest already. An earlier open link to the address stops working.")
    ResponseEntity<InvitedJson> invite(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody GuestRequest request) {
        var result = guests.invite(workspace, id, request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new InvitedJson(
                        result.invitation().id(),
                        result.invitation().email(),
                        result.delivery(),
                        result.delivery() == Mail.Delivery.SENT ? null : result.link()));
    }

    @DeleteMapping("/{invitationId}")
    @Operation(
            summary = "Revoke a guest invitation, and the guest's access if it was accepted",
            description = "Takes effect on the guest's next request, by session or token alike.")
    ResponseEntity<Void> revoke(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID invitationId) {
        guests.revoke(workspace, id, invitationId);
        return ResponseEntity.noContent().build();
    }
}
