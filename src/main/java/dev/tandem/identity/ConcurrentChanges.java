package dev.tandem.identity;

import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The refusal for a write based on a version its record no longer has, naming the member who changed it last: every
 * module's versioned records answer a lost race with it (412 for a stale If-Match, 409 otherwise).
 */
@Component
public class ConcurrentChanges {

    private final WorkspaceService workspaces;

    ConcurrentChanges(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * @param version the record's version now
     * @param by who changed it last (null when unknown, e.g. before versions were kept)
     * @param fields the fields whose stored value differs from what the write wanted
     */
    public Refusal stale(
            WorkspaceContext context,
            BasedOn basedOn,
            long version,
            @Nullable UserId by,
            @Nullable Instant at,
            List<String> fields) {
        String name = by == null
                ? null
                : workspaces.memberNames(context.workspaceId(), List.of(by)).get(by);
        return basedOn.stale(new ChangedMeanwhile(version, name, at, fields));
    }
}
