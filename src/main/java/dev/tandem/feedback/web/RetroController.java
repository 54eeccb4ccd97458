package dev.tandem.feedback.web;

import dev.tandem.feedback.RetroService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.Languages;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import java.time.Clock;
import java.util.Locale;
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
 * The retrospective pages of members: starting one on a partnership (the links are shown once, for copying), and its
 * results, which show nothing but the count until the threshold has answered.
 */
@Controller
class RetroController {

    static final String NEW = "feedback/new-retro";
    static final String RESULTS = "feedback/retro";

    private final RetroService retros;
    private final PartnershipService partnerships;
    private final Clock clock;

    RetroController(RetroService retros, PartnershipService partnerships, Clock clock) {
        this.retros = retros;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/retros/new")
    String newRetro(WorkspaceContext workspace, @PathVariable UUID id, Locale locale, Model model) {
        var form = new RetroForm();
        form.setLanguage(locale.getLanguage());
        model.addAttribute("retroForm", form);
        fill(workspace, id, model);
        return NEW;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/retros")
    String start(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("retroForm") RetroForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            var started = retros.start(workspace, id, form.setup());
            Flash.notice(flash, "feedback.retro.started");
            flash.addFlashAttribute("links", started.links());
            return "redirect:/w/" + workspace.workspaceId() + "/retros/"
                    + started.retro().id();
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Forms.reject(binding, problem);
        }
        fill(workspace, id, model);
        return NEW;
    }

    @GetMapping("/w/{workspaceId}/retros/{retroId}")
    String results(WorkspaceContext workspace, @PathVariable UUID retroId, Model model) {
        var results = retros.results(workspace, retroId);
        model.addAttribute("results", results);
        model.addAttribute(
                "most",
                results.growingDistribution().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0));
        model.addAttribute("view", partnerships.get(workspace, results.retro().partnershipId()));
        model.addAttribute("now", clock.instant());
        return RESULTS;
    }

    private void fill(WorkspaceContext workspace, UUID id, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("languages", Languages.SUPPORTED);
    }
}
