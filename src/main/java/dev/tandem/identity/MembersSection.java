package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;
import dev.tandem.shared.sections.Restoring;
import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace's members and their roles. A restore gives a membership to each person who has an account on this
 * server with the same email and is not a member yet, with the role they had; the person restoring keeps theirs.
 * Members never make a workspace count as holding data: a new workspace has its owner.
 */
@Component
class MembersSection extends TableSection {

    private final JdbcClient jdbc;
    private final RecentTokens recentTokens;

    MembersSection(TableCopier copier, JdbcClient jdbc, RecentTokens recentTokens) {
        super(copier, "members", 100, Table.of("memberships", "user_id").onlyWithAccount("user_id"));
        this.jdbc = jdbc;
        this.recentTokens = recentTokens;
    }

    @Override
    public boolean holdsData(WorkspaceId workspace) {
        return false;
    }

    @Override
    public void restore(Map<String, List<Map<String, @Nullable Object>>> tables, Restoring restoring) {
        List<Map<String, @Nullable Object>> newcomers = tables.getOrDefault("memberships", List.of()).stream()
                .filter(row -> !isMember(restoring, row.get("user_id")))
                .toList();
        recentTokens.changed();
        super.restore(Map.of("memberships", newcomers), restoring);
    }

    private boolean isMember(Restoring restoring, @Nullable Object person) {
        UUID account;
        try {
            account = person instanceof String id ? restoring.account(UUID.fromString(id)) : null;
        } catch (IllegalArgumentException unreadable) {
            return false; // refused as a bad value when it is restored
        }
        return account != null
                && jdbc.sql("select count(*) from memberships where workspace_id = :ws and user_id = :user")
                                .param("ws", restoring.workspace().value())
                                .param("user", account)
                                .query(Long.class)
                                .single()
                        > 0;
    }
}
