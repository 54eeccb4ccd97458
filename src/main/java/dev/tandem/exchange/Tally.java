package dev.tandem.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Counts what the rows of an import became, and keeps each refusal and warning in the reader's language. */
final class Tally {

    private final BiFunction<String, Object[], String> messages;
    private int created;
    private int updated;
    private int skipped;
    private final List<ImportResult.RowError> errors = new ArrayList<>();
    private final List<ImportResult.RowWarning> warnings = new ArrayList<>();

    Tally(BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    void add(Importer.Planned planned) {
        switch (planned.action()) {
            case CREATE -> created++;
            case UPDATE -> updated++;
            case SKIP -> skipped++;
            case ERROR ->
                errors.add(new ImportResult.RowError(planned.row(), text(planned.messageKey(), planned.args())));
        }
        if (planned.warning() != null) {
            warnings.add(new ImportResult.RowWarning(planned.row(), text(planned.warning(), new Object[0])));
        }
    }

    private String text(@Nullable String key, Object[] args) {
        return key == null ? "" : messages.apply(key, args);
    }

    ImportResult result() {
        return new ImportResult(created, updated, skipped, errors, warnings);
    }
}
