package dev.tandem.feedback.web;

import dev.tandem.feedback.PulseAnswer;
import dev.tandem.feedback.PulseLinks;
import dev.tandem.feedback.PulseLinks.Gone;
import dev.tandem.feedback.PulseLinks.Open;
import dev.tandem.feedback.Questionnaire;
import dev.tandem.feedback.Story;
import dev.tandem.feedback.StoryLinks;
import dev.tandem.feedback.StoryPrompt;
import dev.tandem.feedback.StoryService.Telling;
import dev.tandem.shared.InvalidInput;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a pulse link opens, for someone without an account: no navigation, one plain form that works without
 * JavaScript, in the respondent's language (their preferred language, whatever the browser says). A link that is used,
 * expired or closed gets a friendly page with 410; an unknown one is 404.
 */
@Controller
class PulsePageController {

    static final String ANSWER = "feedback/answer";

    private final PulseLinks links;
    private final StoryLinks stories;
    private final Questions questions;
    private final TokenPages pages;

    PulsePageController(PulseLinks links, StoryLinks stories, Questions questions, TokenPages pages) {
        this.links = links;
        this.stories = stories;
        this.questions = questions;
        this.pages = pages;
    }

    @GetMapping("/pulse/{roundId}/{token}")
    ModelAndView page(@PathVariable UUID roundId, @PathVariable String token, Model model) throws Exception {
        boolean justAnswered = Boolean.TRUE.equals(model.getAttribute("answered"));
        var opened = links.open(roundId, token);
        if (opened instanceof Open open) {
            return form(open.questionnaire(), roundId, token, new HashMap<>(), null);
        }
        var gone = (Gone) opened;
        return pages.gone(ANSWER, gone.locale(), gone.reason().name(), justAnswered);
    }

    @PostMapping("/pulse/{roundId}/{token}")
    ModelAndView answer(
            @PathVariable UUID roundId,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String satisfaction,
            @RequestParam(required = false) @Nullable String continueLikelihood,
            @RequestParam(required = false) @Nullable String answer1,
            @RequestParam(required = false) @Nullable String answer2,
            @RequestParam(required = false) @Nullable String storyPrompt,
            @RequestParam(required = false) @Nullable String story,
            @RequestParam(required = false) @Nullable String storyShared,
            RedirectAttributes flash)
            throws Exception {
        var given = new PulseAnswer.Given(
                TokenPages.number(satisfaction), TokenPages.number(continueLikelihood), answer1, answer2);
        var telling = new Telling(storyPrompt, story, storyShared != null ? "SHARED" : null);
        try {
            var answered = stories.answer(roundId, token, given, telling);
            if (answered instanceof Gone gone) {
                return pages.gone(ANSWER, gone.locale(), gone.reason().name(), false);
            }
            flash.addFlashAttribute("answered", true);
            return new ModelAndView("redirect:/pulse/" + roundId + "/" + token);
        } catch (InvalidInput problem) {
            var open = (Open) links.open(roundId, token);
            Map<String, @Nullable Object> values = new HashMap<>();
            values.put("satisfaction", satisfaction);
            values.put("continueLikelihood", continueLikelihood);
            values.put("answer1", answer1);
            values.put("answer2", answer2);
            values.put("storyPrompt", storyPrompt);
            values.put("story", story);
            values.put("storyShared", storyShared);
            return form(open.questionnaire(), roundId, token, values, problem);
        }
    }

    private ModelAndView form(
            Questionnaire q,
            UUID roundId,
            String token,
            Map<String, @Nullable Object> values,
            @Nullable InvalidInput problem)
            throws Exception {
        Map<String, @Nullable Object> model = new HashMap<>();
        model.put("q", q);
        model.put("roundId", roundId);
        model.put("token", token);
        model.put("open1", questions.open(q, q.openQuestion1(), "feedback.q.open1"));
        model.put("open2", questions.open(q, q.openQuestion2(), "feedback.q.open2"));
        model.put("prompts", StoryPrompt.values());
        model.put("storyLength", Story.MAX_LENGTH);
        return pages.form(ANSWER, q.locale(), model, values, problem);
    }
}
