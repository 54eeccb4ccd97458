/**
 * How a module's data goes into the whole-workspace export and comes back in a restore. Each module that keeps
 * workspace data contributes one or more {@link dev.tandem.shared.sections.WorkspaceSection} beans; the exchange
 * module writes them in {@link dev.tandem.shared.sections.WorkspaceSection#order() order} and restores them in the
 * same order, inside one transaction. Most sections are a {@link dev.tandem.shared.sections.TableSection}: a list of
 * the module's tables, copied row by row by {@link dev.tandem.shared.sections.TableCopier}. See docs/restore.md.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.shared.sections;
