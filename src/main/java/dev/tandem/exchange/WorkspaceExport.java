package dev.tandem.exchange;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.sections.WorkspaceSection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a workspace holds, as one JSON document that can be read elsewhere and restored into an empty
 * workspace ({@link WorkspaceRestore}): each module's section (see {@link WorkspaceSection}) with its tables' rows,
 * and the accounts those rows name (id, email, name), by which a restore finds the same people on another server.
 * Read in one read-only transaction, so the sections agree with each other.
 */
@Service
public class WorkspaceExport {

    public static final String FORMAT = "tandem-workspace";
    /** The document's shape; a section's rows follow the server's tables, see docs/restore.md. */
    public static final int FORMAT_VERSION = 2;

    /** The document; {@code format} and {@code formatVersion} let a reader know what it holds. */
    public record Document(
            String format,
            int formatVersion,
            Instant exportedAt,
            WorkspaceInfo workspace,
            List<Account> accounts,
            Map<String, Map<String, List<Map<String, @Nullable Object>>>> sections) {}

    public record WorkspaceInfo(UUID id, String name) {}

    /** A person with an account whom the rows name (a member, a guest, an author). */
    public record Account(UUID id, String email, String displayName) {}

    private static final int LOOKUP = 1000;

    private final List<WorkspaceSection> sections;
    private final AccountService accounts;
    private final Clock clock;

    WorkspaceExport(List<WorkspaceSection> sections, AccountService accounts, Clock clock) {
        this.sections = inOrder(sections);
        this.accounts = accounts;
        this.clock = clock;
    }

    static List<WorkspaceSection> inOrder(List<WorkspaceSection> sections) {
        return sections.stream()
                .sorted(Comparator.comparingInt(WorkspaceSection::order).thenComparing(WorkspaceSection::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public Document export(WorkspaceContext context) {
        var ws = context.workspaceId();
        Map<String, Map<String, List<Map<String, @Nullable Object>>>> content = new LinkedHashMap<>();
        for (WorkspaceSection section : sections) {
            content.put(section.name(), section.export(ws));
        }
        return new Document(
                FORMAT,
                FORMAT_VERSION,
                clock.instant(),
                new WorkspaceInfo(ws.value(), context.workspaceName()),
                accountsIn(content),
                content);
    }

    /** The accounts among every id the sections hold. */
    private List<Account> accountsIn(Map<String, Map<String, List<Map<String, @Nullable Object>>>> content) {
        List<UUID> ids = new ArrayList<>(WrittenIds.in(content));
        List<Account> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LOOKUP) {
            accounts.accounts(ids.subList(from, Math.min(ids.size(), from + LOOKUP))).stream()
                    .map(user -> new Account(user.id().value(), user.email(), user.displayName()))
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(Account::email));
        return found;
    }
}
