package dev.tandem.feedback.web;

import dev.tandem.feedback.Story;
import dev.tandem.feedback.StoryPrompt;
import dev.tandem.feedback.StoryService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership's stories: the section of the partner-voice page (and of the partner view, for its guests), loaded
 * by htmx or opened as a page of its own, the form that tells one, and editing or deleting one's own. A refused
 * story comes back on the page with the field's message and the text kept.
 */
@Controller
class StoryController {

    static final String PAGE = "feedback/stories";
    static final String EDIT = "feedback/story-edit";

    private final StoryService stories;
    private final PartnershipFacts partnerships;

    StoryController(StoryService stories, PartnershipFacts partnerships) {
        this.stories = stories;
        this.partnerships = partnerships;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/stories")
    @OpenToGuests
    String list(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean shared,
            Htmx htmx,
            Model model) {
        fill(workspace, id, model, new StoryForm());
        if (shared) {
            // the partner view: what the partnership's guests read, also when a member looks at it
            model.addAttribute(
                    "stories",
                    stories.of(workspace, id).stream()
                            .filter(s -> s.visibility() == Visibility.SHARED)
                            .toList());
        }
        model.addAttribute("partnerView", shared || workspace.isGuest());
        return htmx.either(PAGE, "storiesSection", PAGE);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/stories")
    @OpenToGuests
    String tell(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("storyForm") StoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            stories.tell(workspace, id, form.telling());
            Flash.notice(flash, "feedback.story.told");
            return "redirect:" + back(workspace, id);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            Forms.reject(binding, problem);
        }
        fill(workspace, id, model, form);
        model.addAttribute("partnerView", workspace.isGuest());
        return PAGE;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/stories/{storyId}/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID storyId, Model model) {
        Story story = stories.get(workspace, id, storyId);
        if (!StoryService.own(workspace, story)) {
            throw new Forbidden("feedback.story.notYours");
        }
        model.addAttribute("story", story);
        model.addAttribute("storyForm", StoryForm.of(story));
        fillEdit(workspace, id, model);
        return EDIT;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/stories/{storyId}/edit")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID storyId,
            @ModelAttribute("storyForm") StoryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            stories.change(workspace, id, storyId, BasedOn.read(form.getVersion()), form.telling());
            Flash.notice(flash, "feedback.story.saved");
            return "redirect:" + back(workspace, id);
        } catch (Refusal problem) {
            if (problem instanceof NotFound) {
                throw problem;
            }
            String here = "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/stories/" + storyId + "/edit";
            Long version = Forms.changedMeanwhile(problem, model, "feedback.story.", here);
            if (version != null) {
                form.setVersion(version);
            } else {
                Forms.reject(binding, problem);
            }
        }
        model.addAttribute("story", stories.get(workspace, id, storyId));
        fillEdit(workspace, id, model);
        return EDIT;
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/stories/{storyId}/delete")
    String delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID storyId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes flash) {
        try {
            stories.delete(workspace, id, storyId, version < 0 ? null : BasedOn.read(version));
            Flash.notice(flash, "feedback.story.deleted");
        } catch (NotFound missing) {
            throw missing;
        } catch (Refusal problem) {
            Flash.problem(flash, problem);
        }
        return "redirect:" + back(workspace, id);
    }

    private void fill(WorkspaceContext workspace, UUID id, Model model, StoryForm form) {
        model.addAttribute("stories", stories.of(workspace, id));
        model.addAttribute("partnershipName", name(workspace, id));
        model.addAttribute("partnershipId", id);
        model.addAttribute("prompts", StoryPrompt.values());
        model.addAttribute("maxLength", Story.MAX_LENGTH);
        model.addAttribute("back", back(workspace, id));
        if (!model.containsAttribute("storyForm")) {
            model.addAttribute("storyForm", form);
        }
    }

    private void fillEdit(WorkspaceContext workspace, UUID id, Model model) {
        model.addAttribute("partnershipName", name(workspace, id));
        model.addAttribute("partnershipId", id);
        model.addAttribute("prompts", StoryPrompt.values());
        model.addAttribute("maxLength", Story.MAX_LENGTH);
        model.addAttribute("back", back(workspace, id));
    }

    private String name(WorkspaceContext workspace, UUID id) {
        return partnerships
                .find(workspace.workspaceId(), id)
                .map(Partnership::name)
                .orElseThrow(() -> new NotFound("problem.notFound"));
    }

    /** Where stories live for the caller: the partner view for a guest, the partner-voice page for a member. */
    private static String back(WorkspaceContext workspace, UUID id) {
        String partnership = "/w/" + workspace.workspaceId() + "/partnerships/" + id;
        return partnership + (workspace.isGuest() ? "/partner-view#stories" : "/feedback#stories");
    }
}
