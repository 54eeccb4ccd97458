package dev.tandem.shared.sections;

import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One module's part of a workspace export: its tables and their rows. A module keeps its own SQL; the exchange
 * module only gathers the sections, in {@link #order()}, and restores them in the same order in one transaction.
 */
public interface WorkspaceSection {

    /** The section's name in the document ({@code "contacts"}); unique. */
    String name();

    /**
     * Where the section goes in the document and in a restore: a section comes after those whose rows it
     * refers to. The values in use are listed in docs/restore.md.
     */
    int order();

    /** The section's tables and their rows, in a fixed order (so two exports of the same data are alike). */
    Map<String, List<Map<String, @Nullable Object>>> export(WorkspaceId workspace);

    /** Whether the workspace holds anything of this section; a restore goes only into an empty workspace. */
    boolean holdsData(WorkspaceId workspace);

    /**
     * Writes the section's rows into {@code restoring.workspace()}, each id through {@code restoring}. Runs inside
     * the restore's transaction; a refusal or any error undoes the whole restore.
     */
    void restore(Map<String, List<Map<String, @Nullable Object>>> tables, Restoring restoring);
}
