package dev.tandem.identity.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.ApiTokenService;
import dev.tandem.identity.LoginService;
import dev.tandem.identity.User;
import dev.tandem.shared.TandemProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign up and log in; both answer a bearer token for the other endpoints.")
@SecurityRequirements
class AuthApiController {

    record SignupRequest(
            @NotBlank(message = "{validation.required}")
            @Email(message = "{validation.email}")
            @Size(max = 320, message = "{validation.size.max}")
            String email,

            @NotBlank(message = "{validation.required}") String password,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String displayName,

            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}")
            String workspaceName) {}

    record SignupResponse(UUID userId, UUID workspaceId, String token) {}

    record LoginRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = User.EMAIL_LENGTH, message = "{validation.size.max}")
            String email,

            @NotBlank(message = "{validation.required}") String password) {}

    record LoginResponse(String token, Instant expiresAt) {}

    private final AccountService accounts;
    private final LoginService logins;
    private final ApiTokenService tokens;
    private final TandemProperties properties;

    AuthApiController(
            AccountService accounts, LoginService logins, ApiTokenService tokens, TandemProperties properties) {
        this.accounts = accounts;
        this.logins = logins;
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping("/signup")
    @Operation(
            summary = "Create an account and its first workspace",
            description = "No authentication. 409 if the email is taken, 400 if the password is weak, "
                    + "403 if sign-up is disabled.")
    ResponseEntity<SignupResponse> signup(@Valid @RequestBody SignupRequest request) {
        var signedUp = accounts.signUp(new AccountService.SignUp(
                request.email(),
                request.password(),
                request.displayName(),
                request.workspaceName(),
                LocaleContextHolder.getLocale(),
                ZoneId.of("UTC"),
                null));
        var token =
                tokens.issueLoginToken(signedUp.userId(), properties.security().apiLoginTokenValidity());
        return ResponseEntity.created(URI.create("/api/v1/me"))
                .body(new SignupResponse(
                        signedUp.userId().value(), signedUp.workspaceId().value(), token.secret()));
    }

    @PostMapping("/login")
    @Operation(
            summary = "Exchange email and password for a bearer token",
            description = "No authentication. 401 on wrong credentials; 429 with Retry-After after repeated failures.")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        var user = logins.logIn(request.email(), request.password(), http.getRemoteAddr());
        var token = tokens.issueLoginToken(user.id(), properties.security().apiLoginTokenValidity());
        return new LoginResponse(
                token.secret(), Objects.requireNonNull(token.token().expiresAt()));
    }
}
