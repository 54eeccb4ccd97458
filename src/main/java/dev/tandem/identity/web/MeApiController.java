package dev.tandem.identity.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.ApiToken;
import dev.tandem.identity.ApiTokenService;
import dev.tandem.identity.Role;
import dev.tandem.identity.TandemUser;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The authenticated user, their workspaces and personal access tokens. Bearer token.")
class MeApiController {

    record WorkspaceView(UUID id, String name, Role role) {}

    record MeView(
            UUID id,
            String email,
            String displayName,
            String locale,
            String timeZone,
            List<WorkspaceView> workspaces) {}

    record TokenView(
            UUID id,
            String name,
            String hint,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    token.hint(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    record CreateToken(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String name,

            @Nullable Instant expiresAt) {}

    record PasswordChange(
            @NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String newPassword,
            @Nullable Boolean signOutEverywhere) {}

    record CreatedTokenView(
            UUID id,
            String name,
            String token,
            String hint,
            Instant createdAt,
            @Nullable Instant expiresAt) {}

    private final AccountService accounts;
    private final ApiTokenService tokens;

    MeApiController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The authenticated user and their workspaces with roles")
    MeView me(@AuthenticationPrincipal TandemUser me) {
        // The API's user was read with its token in this request (BearerTokenFilter): not read again.
        var workspaces = accounts.workspaces(me.id()).stream()
                .map(ws -> new WorkspaceView(ws.id().value(), ws.name(), ws.role()))
                .toList();
        return new MeView(
                me.id().value(),
                me.email(),
                me.displayName(),
                me.locale().toLanguageTag(),
                me.timeZone().getId(),
                workspaces);
    }

    @PostMapping("/password")
    @Operation(
            summary = "Change the password",
            description = "Ends every other session and API log-in token; with "
                    + "signOutEverywhere, personal access tokens too. The token calling stays. 400 if the current password is "
                    + "wrong or the new one is weak.")
    ResponseEntity<Void> changePassword(
            @AuthenticationPrincipal TandemUser me, @Valid @RequestBody PasswordChange request) {
        accounts.changePassword(
                me.id(),
                request.currentPassword(),
                request.newPassword(),
                Boolean.TRUE.equals(request.signOutEverywhere()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sign-out-everywhere")
    @Operation(
            summary = "Sign out everywhere",
            description =
                    "Ends every session and remembered log-in and revokes every API token except the one calling.")
    ResponseEntity<Void> signOutEverywhere(@AuthenticationPrincipal TandemUser me) {
        accounts.signOutEverywhere(me.id());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    @Operation(summary = "List personal access tokens, newest first (secrets are never shown again)")
    Page<TokenView> tokens(
            @AuthenticationPrincipal TandemUser me,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return tokens.list(me.id(), PageRequest.of(limit, cursor)).map(TokenView::of);
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a personal access token", description = "The secret is in this response only.")
    ResponseEntity<CreatedTokenView> create(
            @AuthenticationPrincipal TandemUser me, @Valid @RequestBody CreateToken request) {
        var created = tokens.create(me.id(), request.name(), request.expiresAt());
        var token = created.token();
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id()))
                .body(new CreatedTokenView(
                        token.id(),
                        token.name(),
                        created.secret(),
                        token.hint(),
                        token.createdAt(),
                        token.expiresAt()));
    }

    @DeleteMapping("/tokens/{tokenId}")
    @Operation(summary = "Revoke a personal access token")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal TandemUser me, @PathVariable UUID tokenId) {
        tokens.revoke(me.id(), tokenId);
        return ResponseEntity.noContent().build();
    }
}
