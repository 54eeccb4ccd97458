package dev.tandem.shared.sections;

import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A section made of a module's tables, copied as they are; a module lists them in a small subclass. */
public abstract class TableSection implements WorkspaceSection {

    private final TableCopier copier;
    private final String name;
    private final int order;
    private final List<Table> tables;

    protected TableSection(TableCopier copier, String name, int order, Table... tables) {
        this.copier = copier;
        this.name = name;
        this.order = order;
        this.tables = List.of(tables);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    /** The section's tables, in restore order. */
    public List<Table> tables() {
        return tables;
    }

    @Override
    public Map<String, List<Map<String, @Nullable Object>>> export(WorkspaceId workspace) {
        return copier.export(workspace, tables);
    }

    @Override
    public boolean holdsData(WorkspaceId workspace) {
        return copier.holdsData(workspace, tables);
    }

    @Override
    public void restore(Map<String, List<Map<String, @Nullable Object>>> rows, Restoring restoring) {
        copier.restore(name, tables, rows, restoring);
    }
}
