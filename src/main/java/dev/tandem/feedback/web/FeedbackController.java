package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseSchedules;
import dev.tandem.feedback.PulseService;
import dev.tandem.feedback.RetroService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Mail;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import java.time.Clock;
import java.util.List;
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
 * The feedback pages: the workspace's rounds and template, sending a round (choose partnerships, then people), a
 * round's results, and a partnership's pulse trend.
 */
@Controller
class FeedbackController {

    static final String PAGE = "feedback/feedback";
    static final String NEW_ROUND = "feedback/new-round";
    static final String ROUND = "feedback/round";
    static final String PARTNERSHIP = "feedback/partnership";
    private static final int COMMENTS = 20;

    private final PulseService pulse;
    private final RetroService retros;
    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;
    private final PulseSchedules schedules;
    private final Mail mail;
    private final Clock clock;

    FeedbackController(
            PulseService pulse,
            RetroService retros,
            PartnershipService partnerships,
            PartnershipPortfolio portfolio,
            PulseSchedules schedules,
            Mail mail,
            Clock clock) {
        this.pulse = pulse;
        this.schedules = schedules;
        this.mail = mail;
        this.retros = retros;
        this.partnerships = partnerships;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/feedback")
    String page(WorkspaceContext workspace, Model model) {
        fill(workspace, model);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/feedback/template")
    String template(
            WorkspaceContext workspace,
            @ModelAttribute("templateForm") TemplateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            pulse.saveTemplate(
                    workspace, BasedOn.read(form.getVersion()), form.getOpenQuestion1(), form.getOpenQuestion2());
            Flash.notice(flash, "feedback.template.saved");
            return "redirect:/w/" + workspace.workspaceId() + "/feedback";
        } catch (Refusal problem) {
            Forms.reject(binding, problem);
        }
        fill(workspace, model);
        return PAGE;
    }

    @GetMapping("/w/{workspaceId}/feedback/rounds/new")
    String newRound(WorkspaceContext workspace, @ModelAttribute("roundForm") RoundForm form, Model model) {
        fillNew(workspace, form, model);
        return NEW_ROUND;
    }

    @PostMapping("/w/{workspaceId}/feedback/rounds")
    String send(
            WorkspaceContext workspace,
            @ModelAttribute("roundForm") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            var sent = pulse.send(workspace, form.round());
            Flash.notice(flash, "feedback.round.sent");
            flash.addFlashAttribute("links", sent.links());
            return "redirect:/w/" + workspace.workspaceId() + "/feedback/rounds/"
                    + sent.round().id();
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Forms.reject(binding, problem);
        }
        fillNew(workspace, form, model);
        return NEW_ROUND;
    }

    @GetMapping("/w/{workspaceId}/feedback/rounds/{roundId}")
    String round(WorkspaceContext workspace, @PathVariable UUID roundId, Model model) {
        model.addAttribute("results", pulse.results(workspace, roundId));
        model.addAttribute("now", clock.instant());
        return ROUND;
    }

    @PostMapping("/w/{workspaceId}/feedback/rounds/{roundId}/close")
    String close(WorkspaceContext workspace, @PathVariable UUID roundId, RedirectAttributes flash) {
        try {
            pulse.close(workspace, roundId, null);
            Flash.notice(flash, "feedback.round.closed");
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
        return "redirect:/w/" + workspace.workspaceId() + "/feedback/rounds/" + roundId;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/feedback")
    String partnership(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        fillPartnership(workspace, id, model);
        return PARTNERSHIP;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/feedback/schedule")
    String schedule(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("scheduleForm") ScheduleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            schedules.save(
                    workspace,
                    id,
                    BasedOn.read(form.getVersion()),
                    form.getEveryWeeks(),
                    form.getRemindAfterDays(),
                    form.keys());
            Flash.notice(flash, "feedback.schedule.saved");
            return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/feedback#schedule-heading";
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Forms.reject(binding, problem);
        }
        fillPartnership(workspace, id, model);
        return PARTNERSHIP;
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/feedback/schedule/delete")
    String removeSchedule(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("scheduleForm") ScheduleForm form,
            RedirectAttributes flash) {
        try {
            schedules.remove(workspace, id, BasedOn.read(form.getVersion()));
            Flash.notice(flash, "feedback.schedule.removed");
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Flash.problem(flash, problem);
        }
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/feedback#schedule-heading";
    }

    private void fillPartnership(WorkspaceContext workspace, UUID id, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        var schedule = schedules.of(workspace, id).orElse(null);
        model.addAttribute("schedule", schedule);
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute("scheduleForm", schedule == null ? new ScheduleForm() : ScheduleForm.of(schedule));
        }
        model.addAttribute(
                "scheduleCandidates", workspace.canWrite() ? pulse.candidates(workspace, List.of(id)) : List.of());
        model.addAttribute("mailConfigured", mail.isConfigured());
        var trend = pulse.trend(workspace, id);
        model.addAttribute("trend", trend);
        model.addAttribute("chart", TrendChart.of(trend));
        model.addAttribute("comments", pulse.comments(workspace, id, COMMENTS));
        model.addAttribute("retros", retros.of(workspace, id));
        model.addAttribute("now", clock.instant());
    }

    private void fill(WorkspaceContext workspace, Model model) {
        model.addAttribute("rounds", pulse.rounds(workspace));
        model.addAttribute("now", clock.instant());
        var template = pulse.template(workspace);
        model.addAttribute("template", template);
        if (!model.containsAttribute("templateForm")) {
            var form = new TemplateForm();
            form.setOpenQuestion1(template.openQuestion1());
            form.setOpenQuestion2(template.openQuestion2());
            form.setVersion(template.version());
            model.addAttribute("templateForm", form);
        }
    }

    private void fillNew(WorkspaceContext workspace, RoundForm form, Model model) {
        model.addAttribute(
                "partnerships",
                portfolio
                        .list(workspace, PartnershipFilter.all(), PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items());
        List<UUID> chosen = form.getPartnership();
        model.addAttribute("candidates", chosen.isEmpty() ? List.of() : pulse.candidates(workspace, chosen));
    }
}
