package dev.tandem.rhythm.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.Meeting;
import dev.tandem.rhythm.MeetingAgenda;
import dev.tandem.rhythm.MeetingService;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agenda on the run-a-meeting page: add, rename and remove items, each saved at once. Under htmx the
 * answer is the agenda fragment, with a refusal shown next to the item it concerns (and a 4xx status);
 * without it, the page again, with the refusal as a flash message.
 */
@Controller
@RequestMapping("/w/{workspaceId}/meetings/{id}/agenda")
class AgendaController {

    static final String FRAGMENT = MeetingController.RUN + " :: agenda";
    static final int NEW_ITEM = -1;

    private final MeetingAgenda agenda;
    private final MeetingService meetings;

    AgendaController(MeetingAgenda agenda, MeetingService meetings) {
        this.agenda = agenda;
        this.meetings = meetings;
    }

    @PostMapping
    String add(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return answer(
                workspace, id, NEW_ITEM, title, () -> agenda.add(workspace, id, title), htmx, model, response, flash);
    }

    @PostMapping("/{position}")
    String rename(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String was,
            @RequestParam(defaultValue = "") String title,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return answer(
                workspace,
                id,
                position,
                title,
                () -> agenda.rename(workspace, id, position, was, title),
                htmx,
                model,
                response,
                flash);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/{position}/delete")
    String remove(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String was,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return answer(
                workspace,
                id,
                position,
                "",
                () -> agenda.remove(workspace, id, position, was),
                htmx,
                model,
                response,
                flash);
    }

    private String answer(
            WorkspaceContext workspace,
            UUID id,
            int position,
            String typed,
            Supplier<Meeting> change,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Meeting meeting;
        try {
            meeting = change.get();
            model.addAttribute("agendaAdded", position == NEW_ITEM);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            meeting = meetings.get(workspace, id);
            response.setStatus(Refusals.status(problem).value());
            model.addAttribute("agendaProblem", problem.messageKey());
            model.addAttribute("agendaProblemArgs", problem.args());
            model.addAttribute("agendaAt", position);
            model.addAttribute("agendaTyped", typed);
            Flash.problem(flash, problem);
        }
        if (!htmx.isRequest()) {
            return "redirect:/w/" + workspace.workspaceId() + "/meetings/" + id;
        }
        model.addAttribute("meeting", meeting);
        return FRAGMENT;
    }
}
