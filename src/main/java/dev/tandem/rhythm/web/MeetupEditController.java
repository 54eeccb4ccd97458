package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a group meetup's plan (title, rule, first day, time, zone, length, place, video link) in a form with
 * inline errors. The form carries the version it was opened on: a meetup changed meanwhile is shown beside the kept
 * input, with the fields that differ, and saving again is a deliberate choice. Invitees stay as they are.
 */
@Controller
class MeetupEditController {

    static final String EDIT = "rhythm/meetup-edit";

    private final MeetupService meetups;

    MeetupEditController(MeetupService meetups) {
        this.meetups = meetups;
    }

    @GetMapping("/w/{workspaceId}/meetups/{id}/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        model.addAttribute("meetupForm", MeetupForm.of(meetups.get(workspace, id)));
        return show(workspace, id, model);
    }

    @PostMapping("/w/{workspaceId}/meetups/{id}/edit")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("meetupForm") MeetupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        meetups.get(workspace, id);
        if (!binding.hasErrors()) {
            try {
                meetups.update(
                        workspace, id, form.getVersion() == null ? null : BasedOn.read(form.getVersion()), form.plan());
                Flash.notice(flash, "rhythm.meetup.updated");
                return "redirect:" + page(workspace, id);
            } catch (Refusal problem) {
                Long now = Forms.changedMeanwhile(problem, model, "rhythm.meetup.field.", page(workspace, id));
                if (now != null) {
                    form.setVersion(now);
                } else {
                    Forms.reject(binding, problem);
                }
            }
        }
        return show(workspace, id, model);
    }

    private String show(WorkspaceContext workspace, UUID id, Model model) {
        Meetup meetup = meetups.get(workspace, id);
        model.addAttribute("meetup", meetup);
        model.addAttribute("repeats", MeetupForm.Repeats.values());
        return EDIT;
    }

    private static String page(WorkspaceContext workspace, UUID id) {
        return "/w/" + workspace.workspaceId() + "/meetups/" + id;
    }
}
