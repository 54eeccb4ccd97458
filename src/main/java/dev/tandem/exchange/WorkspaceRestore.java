package dev.tandem.exchange;

import dev.tandem.exchange.WorkspaceExport.Account;
import dev.tandem.identity.AccountService;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.TooLarge;
import dev.tandem.shared.sections.Restoring;
import dev.tandem.shared.sections.WorkspaceSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a whole-workspace export ({@link WorkspaceExport}) into an empty workspace: every section in order, in
 * one transaction under the workspace's import lock, with new ids and every reference kept (see {@link Restoring}).
 * Refused before anything is written: a file over {@code tandem.restore.max-size} (413), not an export or of another
 * format version (400), a workspace that already holds data (409); a file whose rows do not fit this server's
 * tables or refer to rows it does not hold undoes everything (400).
 */
@Service
public class WorkspaceRestore {

    private final List<WorkspaceSection> sections;
    private final AccountService accounts;
    private final JsonMapper json;
    private final WorkspaceLock lock;
    private final TransactionTemplate transactions;
    private final long maxBytes;

    WorkspaceRestore(
            List<WorkspaceSection> sections,
            AccountService accounts,
            JsonMapper json,
            WorkspaceLock lock,
            PlatformTransactionManager transactions,
            @Value("${tandem.restore.max-size:${spring.servlet.multipart.max-file-size:10MB}}") DataSize maxSize) {
        this.sections = WorkspaceExport.inOrder(sections);
        this.accounts = accounts;
        this.json = json;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactions);
        this.maxBytes = maxSize.toBytes();
    }

    /** The largest file a restore reads, in whole megabytes. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /** Whether the workspace holds nothing a restore would clash with (members aside). */
    public boolean isEmpty(WorkspaceContext context) {
        return sections.stream().noneMatch(section -> section.holdsData(context.workspaceId()));
    }

    public RestoreResult restore(WorkspaceContext context, byte[] file) {
        if (!context.isAdmin()) {
            throw new Forbidden("problem.forbidden.role", Role.ADMIN);
        }
        if (file.length > maxBytes) {
            throw new TooLarge("restore.tooLarge", maxMegabytes()).on("file");
        }
        if (file.length == 0) {
            throw new InvalidInput("restore.noFile").on("file");
        }
        WorkspaceFile read = WorkspaceFile.read(json, file);
        Set<String> known = sections.stream().map(WorkspaceSection::name).collect(Collectors.toSet());
        for (String name : read.sections().keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInput("restore.unknownSection", name).on("file");
            }
        }
        lock.prepare(context.workspaceId());
        try {
            return transactions.execute(status -> {
                lock.take(context.workspaceId());
                if (!isEmpty(context)) {
                    throw new Conflict("restore.notEmpty");
                }
                return write(context, read);
            });
        } catch (DataIntegrityViolationException broken) {
            throw new InvalidInput("restore.inconsistent").on("file");
        }
    }

    private RestoreResult write(WorkspaceContext context, WorkspaceFile read) {
        Map<UUID, UUID> here = new HashMap<>();
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Account account : read.accounts()) {
            accounts.byEmail(account.email())
                    .ifPresentOrElse(
                            user -> {
                                here.put(account.id(), user.id().value());
                                found.add(account.email());
                            },
                            () -> missing.add(account.email()));
        }
        var restoring = new Restoring(
                context.workspaceId(),
                context.userId(),
                read.workspace(),
                read.accounts().stream().map(Account::id).collect(Collectors.toSet()),
                here,
                WrittenIds.in(read.sections()));
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (WorkspaceSection section : sections) {
            var tables = read.sections().getOrDefault(section.name(), Map.of());
            section.restore(tables, restoring);
            rows.put(
                    section.name(),
                    tables.values().stream().mapToInt(List::size).sum());
        }
        return new RestoreResult(
                rows,
                rows.values().stream().mapToInt(Integer::intValue).sum(),
                List.copyOf(found),
                List.copyOf(missing));
    }
}
