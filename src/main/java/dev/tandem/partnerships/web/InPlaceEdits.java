package dev.tandem.partnerships.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One part of a partnership's details (its purpose, its cadence) edited in place on the overview (htmx), in
 * {@code partnerships/<part>.html}: fragment {@code <part>} shows it, fragment {@code form} edits it. A save is
 * based on the version that was read, so a change made meanwhile is shown beside the kept input (409) rather than
 * overwritten; bad input writes nothing and is said on the form (400). Without htmx the save comes back to the
 * overview with a notice or the problem.
 */
@Component
class InPlaceEdits {

    private final PartnershipService partnerships;
    private final MessageSource messages;

    InPlaceEdits(PartnershipService partnerships, MessageSource messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /**
     * A part being edited: its {@code name}, the version the form carried, what puts the user's input on the model,
     * and the change to the details (which may refuse the input).
     */
    record Edit(String part, @Nullable Long version, Consumer<Model> input, UnaryOperator<PartnershipDetails> change) {}

    String show(WorkspaceContext workspace, UUID id, String part, Htmx htmx, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        return htmx.isRequest() ? "partnerships/" + part + " :: " + part : hub(workspace, id);
    }

    /** The form for htmx, or the whole edit page without it. */
    String edit(
            WorkspaceContext workspace,
            UUID id,
            String part,
            Htmx htmx,
            Model model,
            BiConsumer<PartnershipDetails, Model> current) {
        PartnershipView view = partnerships.get(workspace, id);
        if (!htmx.isRequest()) {
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/edit";
        }
        current.accept(view.partnership().details(), model);
        return form(view, view.partnership().version(), part, model);
    }

    String save(
            WorkspaceContext workspace,
            UUID id,
            Edit edit,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        PartnershipView view = partnerships.get(workspace, id);
        try {
            PartnershipDetails details = edit.change().apply(view.partnership().details());
            PartnershipView saved = partnerships.update(
                    workspace, id, edit.version() == null ? null : BasedOn.read(edit.version()), details);
            if (!htmx.isRequest()) {
                Flash.notice(flash, "partnerships." + edit.part() + ".saved");
                return hub(workspace, id);
            }
            model.addAttribute("view", saved);
            model.addAttribute(edit.part() + "Saved", true);
            return "partnerships/" + edit.part() + " :: " + edit.part();
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return hub(workspace, id);
            }
            Long now = Forms.changedMeanwhile(
                    problem, model, "partnerships.field.", "/w/" + workspace.workspaceId() + "/partnerships/" + id);
            if (now == null) {
                var said = Refusals.said(problem);
                model.addAttribute(
                        edit.part() + "Problem",
                        messages.getMessage(said.key(), said.args(), LocaleContextHolder.getLocale()));
                model.addAttribute(edit.part() + "Field", problem.field());
            }
            response.setStatus(now != null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            edit.input().accept(model);
            return form(partnerships.get(workspace, id), now != null ? now : edit.version(), edit.part(), model);
        }
    }

    private static String form(PartnershipView view, @Nullable Long version, String part, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("version", version);
        return "partnerships/" + part + " :: form";
    }

    private static String hub(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id;
    }
}
