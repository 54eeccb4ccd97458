package dev.tandem.feedback.web;

import dev.tandem.feedback.Retro;
import dev.tandem.feedback.RetroService;
import dev.tandem.feedback.RetroService.Outcome;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Languages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an anonymous retrospective link opens, for anyone holding it: no navigation, one plain form that works
 * without JavaScript, in the language the retrospective was started in unless the respondent picks another
 * ({@code ?lang=}). Nothing on it or in what it sends names the respondent. A used or expired link gets a friendly page
 * with 410; an unknown one is 404.
 */
@Controller
class RetroPageController {

    static final String ANSWER = "feedback/retro-answer";

    private final RetroService retros;
    private final MessageSource messages;
    private final TokenPages pages;

    RetroPageController(RetroService retros, MessageSource messages, TokenPages pages) {
        this.retros = retros;
        this.messages = messages;
        this.pages = pages;
    }

    @GetMapping("/retro/{retroId}/{token}")
    ModelAndView page(
            @PathVariable UUID retroId,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String lang,
            Model model)
            throws Exception {
        boolean justAnswered = Boolean.TRUE.equals(model.getAttribute("answered"));
        var opened = retros.open(retroId, token);
        Locale locale = TokenPages.language(lang, opened.retro().language());
        if (opened.gone() != null) {
            return pages.gone(ANSWER, locale, opened.gone().name(), justAnswered);
        }
        return form(opened, locale, token, new HashMap<>(), null);
    }

    @PostMapping("/retro/{retroId}/{token}")
    ModelAndView answer(
            @PathVariable UUID retroId,
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String growing,
            @RequestParam(required = false) @Nullable String wentWell,
            @RequestParam(required = false) @Nullable String toImprove,
            RedirectAttributes flash)
            throws Exception {
        var opened = retros.open(retroId, token);
        Locale locale = TokenPages.language(lang, opened.retro().language());
        try {
            var outcome = retros.answer(retroId, token, TokenPages.number(growing), wentWell, toImprove);
            if (outcome != Outcome.ANSWERED) {
                return pages.gone(ANSWER, locale, outcome.name(), false);
            }
            flash.addFlashAttribute("answered", true);
            return new ModelAndView("redirect:/retro/" + retroId + "/" + token + "?lang=" + locale.getLanguage());
        } catch (InvalidInput problem) {
            Map<String, @Nullable Object> values = new HashMap<>();
            values.put("growing", growing);
            values.put("wentWell", wentWell);
            values.put("toImprove", toImprove);
            return form(opened, locale, token, values, problem);
        }
    }

    private ModelAndView form(
            RetroService.Opened opened,
            Locale locale,
            String token,
            Map<String, @Nullable Object> values,
            @Nullable InvalidInput problem)
            throws Exception {
        Retro retro = opened.retro();
        Map<String, @Nullable Object> model = new HashMap<>();
        model.put("retro", retro);
        model.put("partnershipName", opened.partnershipName());
        model.put("token", token);
        model.put("lang", locale.getLanguage());
        model.put("languages", Languages.SUPPORTED);
        model.put("wentWellQuestion", question(retro.wentWellQuestion(), "feedback.retro.q.wentWell", opened, locale));
        model.put(
                "toImproveQuestion", question(retro.toImproveQuestion(), "feedback.retro.q.toImprove", opened, locale));
        return pages.form(ANSWER, locale, model, values, problem);
    }

    private String question(@Nullable String own, String key, RetroService.Opened opened, Locale locale) {
        return own != null ? own : messages.getMessage(key, new Object[] {opened.partnershipName()}, locale);
    }
}
