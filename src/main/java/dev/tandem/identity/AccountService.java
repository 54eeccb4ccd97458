package dev.tandem.identity;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** Accounts: signing up, checking a password, the profile and the password itself. */
@Service
public class AccountService {

    /** A sign-up. Without an invitation it creates a workspace named {@code workspaceName}. */
    public record SignUp(
            String email,
            String password,
            String displayName,
            @Nullable String workspaceName,
            Locale locale,
            ZoneId timeZone,
            @Nullable String invitationToken) {}

    /** Who signed up, the workspace they joined or created, and the page they land on. */
    public record SignedUp(UserId userId, WorkspaceId workspaceId, String landing) {}

    private final Users users;
    private final WorkspaceService workspaces;
    private final Memberships memberships;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SignOuts signOuts;
    private final TandemProperties properties;
    private final Clock clock;
    private final EmailVerificationService verification;
    // A hash to check unknown accounts against, made on the first log-in of any account (as Spring Security's
    // DaoAuthenticationProvider does): hashing is slow on purpose, and start-up need not wait for it.
    private final SingletonSupplier<String> timingDummy;

    AccountService(
            Users users,
            WorkspaceService workspaces,
            Memberships memberships,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AuditLog audit,
            SignOuts signOuts,
            TandemProperties properties,
            Clock clock,
            EmailVerificationService verification) {
        this.users = users;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.signOuts = signOuts;
        this.properties = properties;
        this.clock = clock;
        this.verification = verification;
        this.timingDummy = SingletonSupplier.of(() -> encoder.encode("tandem-timing-dummy-password"));
    }

    public boolean signupOpen() {
        return properties.signup().enabled();
    }

    @Transactional
    public SignedUp signUp(SignUp command) {
        var invitation =
                command.invitationToken() == null ? null : workspaces.pendingInvitation(command.invitationToken());
        if (invitation == null && !signupOpen()) {
            throw new Forbidden("signup.closed");
        }
        if (invitation != null && !User.emailKey(invitation.email()).equals(User.emailKey(command.email()))) {
            throw new InvalidInput("invitation.otherEmail", invitation.email()).on("email");
        }
        if (users.emailTaken(command.email())) {
            throw new Conflict("email.taken").on("email");
        }
        try {
            policy.check(command.password());
        } catch (Refusal p) {
            throw p.on("password");
        }
        var user = new User(
                UserId.of(Ids.next()),
                command.email().strip(),
                command.displayName().strip(),
                encoder.encode(command.password()),
                command.locale(),
                command.timeZone(),
                null,
                clock.instant());
        try {
            users.insert(user);
        } catch (DuplicateKeyException e) {
            throw new Conflict("email.taken").on("email");
        }
        WorkspaceId workspace;
        String landing;
        if (invitation != null) {
            // The invitation link reached this address (or its admin handed it over): that proves it.
            verification.markVerified(user.id());
            var joined = workspaces.accept(command.invitationToken(), user.id());
            workspace = joined.workspaceId();
            landing = joined.landing();
        } else {
            verification.send(user.id());
            String name =
                    command.workspaceName() == null || command.workspaceName().isBlank()
                            ? command.displayName().strip()
                            : command.workspaceName().strip();
            workspace = workspaces.create(user.id(), name, false);
            landing = "/w/" + workspace;
        }
        audit.record(workspace, user.id(), user.email(), AuditAction.SIGNED_UP, null);
        users.rememberWorkspace(user.id(), workspace);
        return new SignedUp(user.id(), workspace, landing);
    }

    /** The user with these credentials, if they are right. Takes as long when the email is unknown. */
    public Optional<User> verify(String email, String password) {
        String dummy = timingDummy.obtain(); // before the look-up, whether the account exists or not
        Optional<User> user = users.byEmail(email);
        String hash = user.map(User::passwordHash).orElse(dummy);
        boolean matches = encoder.matches(password, hash);
        return matches ? user : Optional.empty();
    }

    public Optional<User> byEmail(String email) {
        return users.byEmail(email);
    }

    /** The accounts among {@code ids} (which may be ids of anything), in id order. */
    public List<User> accounts(Collection<UUID> ids) {
        return users.byIds(ids);
    }

    public User user(UserId id) {
        return users.byId(id).orElseThrow(() -> new NotFound("problem.notFound"));
    }

    public List<WorkspaceSummary> workspaces(UserId user) {
        return memberships.workspacesOf(user);
    }

    /** The workspace to open after log-in: the last one used while still a member, else the first. */
    public Optional<WorkspaceId> homeWorkspace(UserId id) {
        var mine = memberships.workspacesOf(id);
        var last = users.byId(id).map(User::lastWorkspaceId).orElse(null);
        return mine.stream()
                .map(WorkspaceSummary::id)
                .filter(ws -> ws.equals(last))
                .findFirst()
                .or(() -> mine.stream().map(WorkspaceSummary::id).findFirst());
    }

    /**
     * Remembers the workspace the user opened, for {@link #homeWorkspace} after their next log-in. Opening the
     * one remembered already writes nothing, so the home page a user returns to all day costs no write.
     */
    public void rememberWorkspace(UserId user, WorkspaceId workspace) {
        users.rememberWorkspace(user, workspace);
    }

    @Transactional
    public User updateProfile(UserId id, String displayName, Locale locale, ZoneId zone) {
        users.updateProfile(id, displayName.strip(), locale, zone);
        return user(id);
    }

    public void changeLanguage(UserId id, Locale locale) {
        users.updateLocale(id, locale);
    }

    /**
     * Changes the password and ends every other session and log-in token; personal API tokens too when
     * {@code signOutEverywhere}. The session or token asking stays.
     */
    @Transactional
    public void changePassword(UserId id, String currentPassword, String newPassword, boolean signOutEverywhere) {
        User user = user(id);
        if (!encoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInput("password.currentWrong").on("currentPassword");
        }
        setPassword(user, newPassword, AuditAction.PASSWORD_CHANGED, signOutEverywhere);
    }

    /** Ends every other session, remember-me log-in and API token, personal ones included. */
    @Transactional
    public void signOutEverywhere(UserId id) {
        User user = user(id);
        signOuts.endOthers(user, true);
        audit.recordForUser(memberships.workspacesOf(id), id, user.email(), AuditAction.SIGNED_OUT_EVERYWHERE, null);
    }

    void setPassword(User user, String newPassword, AuditAction action, boolean signOutEverywhere) {
        try {
            policy.check(newPassword);
        } catch (Refusal p) {
            throw p.on("newPassword");
        }
        users.updatePassword(user.id(), encoder.encode(newPassword));
        signOuts.endOthers(user, signOutEverywhere);
        var workspaces = memberships.workspacesOf(user.id());
        audit.recordForUser(workspaces, user.id(), user.email(), action, null);
        if (signOutEverywhere) {
            audit.recordForUser(workspaces, user.id(), user.email(), AuditAction.SIGNED_OUT_EVERYWHERE, null);
        }
    }
}
