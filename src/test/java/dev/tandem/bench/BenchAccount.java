package dev.tandem.bench;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.AccountService.SignUp;
import dev.tandem.identity.ApiTokenService;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The account a generated portfolio lives in, made through the application's own services: an owner who
 * signs up with a new workspace, colleagues who join it by invitation, and the owner's API token.
 */
final class BenchAccount {

    /** The workspace, its members (the owner first) and the owner's token, shown this once. */
    record Created(UUID workspaceId, List<Member> members, String token) {}

    static final String PASSWORD = "tandem bench partnerships";
    private static final List<String> COLLEAGUES = List.of(
            "Grace Hopper",
            "Alan Turing",
            "Katherine Johnson",
            "Edsger Dijkstra",
            "Barbara Liskov",
            "Donald Knuth",
            "Frances Allen",
            "Tim Berners-Lee",
            "Radia Perlman");

    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final ApiTokenService tokens;

    BenchAccount(AccountService accounts, WorkspaceService workspaces, ApiTokenService tokens) {
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.tokens = tokens;
    }

    /** An owner at {@code email} (the colleagues' addresses are derived from it) and {@code colleagues} more members. */
    Created create(String email, String workspaceName, int colleagues) {
        var owner = accounts.signUp(
                new SignUp(email, PASSWORD, "Ada Lovelace", workspaceName, Locale.ENGLISH, ZoneId.of("UTC"), null));
        var context =
                new WorkspaceContext(owner.workspaceId(), workspaceName, owner.userId(), "Ada Lovelace", Role.OWNER);
        List<Member> members = new ArrayList<>(List.of(new Member(owner.userId().value(), "Ada Lovelace")));
        for (int i = 0; i < Math.min(colleagues, COLLEAGUES.size()); i++) {
            String address = email.replace("@", "+" + (i + 1) + "@");
            var link = Objects.requireNonNull(
                    workspaces.invite(context, address, Role.MEMBER).link());
            String invitation = link.substring(link.lastIndexOf('/') + 1);
            var joined = accounts.signUp(new SignUp(
                    address, PASSWORD, COLLEAGUES.get(i), null, Locale.ENGLISH, ZoneId.of("UTC"), invitation));
            members.add(new Member(joined.userId().value(), COLLEAGUES.get(i)));
        }
        String token = tokens.create(owner.userId(), "bench", null).secret();
        return new Created(owner.workspaceId().value(), members, token);
    }
}
