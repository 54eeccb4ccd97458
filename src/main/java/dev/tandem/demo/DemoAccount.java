package dev.tandem.demo;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TandemProperties;
import java.time.ZoneId;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code tandem.demo.enabled=true}, makes sure a demo account exists once the application is
 * ready: {@value #EMAIL} with a workspace "Demo partnerships" holding the demo, created in one
 * transaction the first time and left alone afterwards. When several nodes start at once, the one
 * that loses the race on the unique email rolls back and carries on.
 */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoAccount {

    static final String EMAIL = "demo@tandem.local";
    static final String WORKSPACE = "Demo partnerships";
    /** The default password: long enough for the policy and not a common one. */
    static final String DEFAULT_PASSWORD = "tandem demo partnerships";

    private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

    private final AccountService accounts;
    private final DemoData demo;
    private final TransactionTemplate transaction;
    private final TandemProperties properties;
    private final String password;

    DemoAccount(
            AccountService accounts,
            DemoData demo,
            PlatformTransactionManager transactions,
            TandemProperties properties,
            @Value("${tandem.demo.password:" + DEFAULT_PASSWORD + "}") String password) {
        this.accounts = accounts;
        this.demo = demo;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        ensure();
    }

    /** Creates the demo account with its demo unless it exists; true when this call created it. */
    boolean ensure() {
        String login = properties.url("/login");
        if (accounts.byEmail(EMAIL).isPresent()) {
            log.info("Demo account {} is ready: log in at {}", EMAIL, login);
            return false;
        }
        try {
            DemoResult result = transaction.execute(status -> {
                var signedUp = accounts.signUp(new AccountService.SignUp(
                        EMAIL, password, "Demo User", WORKSPACE, Locale.ENGLISH, ZoneId.of("UTC"), null));
                return demo.load(new WorkspaceContext(
                        signedUp.workspaceId(), WORKSPACE, signedUp.userId(), "Demo User", Role.OWNER));
            });
            log.info(
                    "Demo account created with {} partnerships: log in at {} as {} with {}",
                    result == null ? 0 : result.partnerships(),
                    login,
                    EMAIL,
                    DEFAULT_PASSWORD.equals(password)
                            ? "the password \"" + DEFAULT_PASSWORD + "\""
                            : "the password set in tandem.demo.password");
            return true;
        } catch (Refusal problem) {
            if (problem instanceof Conflict && "email.taken".equals(problem.messageKey())) {
                log.info("Demo account {} was created by another node meanwhile: log in at {}", EMAIL, login);
            } else {
                log.warn(
                        "Demo account {} not created: {} (sign-up must be open and the password must pass the "
                                + "password policy)",
                        EMAIL,
                        problem.messageKey());
            }
            return false;
        }
    }
}
