package dev.tandem.contacts.web;

import dev.tandem.contacts.VersionedRecord;
import dev.tandem.contacts.VersionedRecords;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form submissions of a record with a version, alike for contacts and organisations: a valid form is saved and
 * the user lands on the record with a notice; a broken rule or a refusal stays on the form, inline, with what was
 * typed; a change made meanwhile is shown on the form with the version to save again on. The controllers keep their
 * routes and what their form page shows ({@code again}).
 */
final class VersionedPages<T extends VersionedRecord, I> {

    private final String collection;
    private final String noun;
    private final VersionedRecords<T, I> records;
    private final FormChecks checks;

    /**
     * {@code collection}: the path segment of the pages below the workspace and the prefix of the field labels, e.g.
     * {@code contacts}; {@code noun}: the prefix of the notices, e.g. {@code contact}.
     */
    VersionedPages(String collection, String noun, VersionedRecords<T, I> records, FormChecks checks) {
        this.collection = collection;
        this.noun = noun;
        this.records = records;
        this.checks = checks;
    }

    String create(
            WorkspaceContext workspace,
            RecordForm<I> form,
            BindingResult binding,
            RedirectAttributes flash,
            Supplier<String> again) {
        return save(
                form,
                binding,
                again,
                input -> {
                    T created = records.create(workspace, input);
                    Flash.notice(flash, noun + ".created");
                    return "redirect:" + path(workspace) + "/" + created.id();
                },
                problem -> Forms.reject(binding, problem));
    }

    /** Saves at the version the form was opened on; a change made meanwhile gives the form the version now. */
    String update(
            WorkspaceContext workspace,
            UUID id,
            RecordForm<I> form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash,
            Supplier<String> again) {
        String path = path(workspace) + "/" + id;
        return save(
                form,
                binding,
                again,
                input -> {
                    Long version = form.getVersion();
                    records.update(workspace, id, version == null ? null : BasedOn.read(version), input);
                    Flash.notice(flash, noun + ".saved");
                    return "redirect:" + path;
                },
                problem -> {
                    Long now = Forms.changedMeanwhile(problem, model, collection + ".field.", path);
                    if (now != null) {
                        form.setVersion(now);
                    } else {
                        Forms.reject(binding, problem);
                    }
                });
    }

    String delete(WorkspaceContext workspace, UUID id, RedirectAttributes flash) {
        records.delete(workspace, id);
        Flash.notice(flash, noun + ".deleted");
        return "redirect:" + path(workspace);
    }

    /** Runs {@code action} on the form's input if it is valid; otherwise, or when refused, shows the form again. */
    private String save(
            RecordForm<I> form,
            BindingResult binding,
            Supplier<String> again,
            Function<I, String> action,
            Consumer<Refusal> refused) {
        I input = form.toInput();
        if (checks.check(input, binding)) {
            try {
                return action.apply(input);
            } catch (Refusal problem) {
                refused.accept(problem);
            }
        }
        return again.get();
    }

    private String path(WorkspaceContext workspace) {
        return "/w/" + workspace.workspaceId() + "/" + collection;
    }
}
