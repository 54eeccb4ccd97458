package dev.tandem.identity.web;

import dev.tandem.identity.EmailVerificationService;
import dev.tandem.identity.TandemUser;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.Mail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proving a mailbox: confirming the address after sign-up, and accepting an invitation sent to it. */
@RestController
@Tag(name = "Authentication")
class InvitationApiController {

    record TokenRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String token) {}

    /** The workspace joined; for a partner-side guest, also the one partnership they may see. */
    record Joined(UUID workspaceId, @Nullable UUID partnershipId) {}

    record VerificationSent(Mail.Delivery delivery) {}

    private final WorkspaceService workspaces;
    private final EmailVerificationService verification;

    InvitationApiController(WorkspaceService workspaces, EmailVerificationService verification) {
        this.workspaces = workspaces;
        this.verification = verification;
    }

    @PostMapping("/api/v1/auth/verify-email")
    @SecurityRequirements
    @Operation(
            summary = "Confirm the email address with the token of the link mailed at sign-up",
            description = "No authentication: the token is the proof. 400 if it is unknown, used or expired.")
    ResponseEntity<Void> verify(@Valid @RequestBody TokenRequest request) {
        verification.confirm(request.token());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/me/email-verification")
    @Operation(summary = "Send a new confirmation link to the authenticated user's address")
    ResponseEntity<VerificationSent> resend(@AuthenticationPrincipal TandemUser me) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VerificationSent(verification.send(me.id())));
    }

    @PostMapping("/api/v1/invitations/accept")
    @Operation(
            summary = "Accept an invitation with the token of its link",
            description =
                    "A workspace invitation makes the caller a member; a guest invitation a guest of one partnership "
                            + "(partnershipId). The invitation must be for the caller's address, which must be confirmed (403 otherwise). "
                            + "404 if it is unknown, revoked, expired or accepted; 409 when accepted at the same moment.")
    Joined accept(@AuthenticationPrincipal TandemUser me, @Valid @RequestBody TokenRequest request) {
        var joined = workspaces.accept(request.token(), me.id());
        return new Joined(joined.workspaceId().value(), joined.partnershipId());
    }
}
