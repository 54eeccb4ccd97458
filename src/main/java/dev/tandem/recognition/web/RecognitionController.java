package dev.tandem.recognition.web;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.recognition.KudosService;
import dev.tandem.recognition.MilestoneService;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The recognition tab of a partnership: its milestones newest first with their contributors and kudos, the kudos for
 * contributions, and the forms to record a milestone and to thank someone.
 */
@Controller
class RecognitionController {

    static final String PAGE = "recognition/recognition";

    private final MilestoneService milestones;
    private final KudosService kudos;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final GoalService goals;
    private final Clock clock;

    RecognitionController(
            MilestoneService milestones,
            KudosService kudos,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            GoalService goals,
            Clock clock) {
        this.milestones = milestones;
        this.kudos = kudos;
        this.partnerships = partnerships;
        this.participants = participants;
        this.goals = goals;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/recognition")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        fill(workspace, id, model);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/milestones")
    String add(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("milestoneForm") MilestoneForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.require(workspace, id);
        return Forms.submit(
                binding,
                form.details(binding),
                details -> {
                    milestones.add(workspace, id, details);
                    Flash.notice(flash, "recognition.milestone.added");
                    return back(workspace, id);
                },
                () -> page(workspace, id, model));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/milestones/{milestoneId}/delete")
    String delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID milestoneId,
            RedirectAttributes flash) {
        if (!milestones.milestone(workspace, milestoneId).partnershipId().equals(id)) {
            throw new NotFound("recognition.milestone.notFound");
        }
        milestones.delete(workspace, milestoneId);
        Flash.notice(flash, "recognition.milestone.deleted");
        return back(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/kudos")
    String thank(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("kudosForm") KudosForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.require(workspace, id);
        var to = MilestoneForm.person(form.getPerson());
        if (to == null) {
            binding.rejectValue("person", "recognition.person.notParticipant");
        }
        return Forms.submit(
                binding,
                to,
                person -> {
                    try {
                        kudos.give(workspace, id, person, form.getMilestoneId(), form.getMessage(), form.visibility());
                    } catch (Refusal problem) {
                        throw "personId".equals(problem.field()) ? problem.on("person") : problem;
                    }
                    Flash.notice(flash, "recognition.kudos.given");
                    return back(workspace, id);
                },
                () -> page(workspace, id, model));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/kudos/{kudosId}/delete")
    String deleteKudos(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID kudosId, RedirectAttributes flash) {
        if (!kudos.get(workspace, kudosId).kudos().partnershipId().equals(id)) {
            throw new NotFound("recognition.kudos.notFound");
        }
        kudos.delete(workspace, kudosId);
        Flash.notice(flash, "recognition.kudos.deleted");
        return back(workspace, id);
    }

    private void fill(WorkspaceContext workspace, UUID id, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("recognition", kudos.recognition(workspace, id));
        model.addAttribute("people", participants.list(workspace, id));
        model.addAttribute(
                "goals",
                goals.list(workspace, id, PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items());
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", MilestoneForm.on(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        }
        if (!model.containsAttribute("kudosForm")) {
            model.addAttribute("kudosForm", new KudosForm());
        }
    }

    private static String back(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/recognition";
    }
}
