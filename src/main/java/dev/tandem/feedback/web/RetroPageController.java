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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

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
    private final ThymeleafViewResolver views;

    RetroPageController(RetroService retros, MessageSource messages, ThymeleafViewResolver views) {
        this.retros = retros;
        this.messages = messages;
        this.views = views;
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
        Locale locale = locale(opened.retro(), lang);
        if (opened.gone() != null) {
            return render(
                    locale,
                    Map.of("gone", opened.gone().name(), "answered", justAnswered),
                    justAnswered ? HttpStatus.OK : HttpStatus.GONE);
        }
        return form(opened, locale, token, new HashMap<>(), null, HttpStatus.OK);
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
        Locale locale = locale(opened.retro(), lang);
        try {
            var outcome = retros.answer(retroId, token, number(growing), wentWell, toImprove);
            if (outcome != Outcome.ANSWERED) {
                return render(locale, Map.of("gone", outcome.name(), "answered", false), HttpStatus.GONE);
            }
            flash.addFlashAttribute("answered", true);
            return new ModelAndView("redirect:/retro/" + retroId + "/" + token + "?lang=" + locale.getLanguage());
        } catch (InvalidInput problem) {
            Map<String, @Nullable Object> values = new HashMap<>();
            values.put("growing", growing);
            values.put("wentWell", wentWell);
            values.put("toImprove", toImprove);
            return form(opened, locale, token, values, problem, HttpStatus.BAD_REQUEST);
        }
    }

    private ModelAndView form(
            RetroService.Opened opened,
            Locale locale,
            String token,
            Map<String, @Nullable Object> values,
            @Nullable InvalidInput problem,
            HttpStatus status)
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
        model.put("values", values);
        model.put("problem", problem == null ? null : problem.messageKey());
        model.put("problemArgs", problem == null ? null : problem.args());
        model.put("problemField", problem == null ? null : problem.field());
        return render(locale, model, status);
    }

    private String question(@Nullable String own, String key, RetroService.Opened opened, Locale locale) {
        return own != null ? own : messages.getMessage(key, new Object[] {opened.partnershipName()}, locale);
    }

    private ModelAndView render(Locale locale, Map<String, ?> model, HttpStatus status) throws Exception {
        var view = views.resolveViewName(ANSWER, locale);
        var page = new ModelAndView(view, model);
        page.setStatus(status);
        return page;
    }

    /** The language asked for on the page, else the one the retrospective was started in, else English. */
    private static Locale locale(Retro retro, @Nullable String lang) {
        Locale asked = Languages.match(lang);
        if (asked != null) {
            return asked;
        }
        Locale started = Languages.match(retro.language());
        return started != null ? started : Locale.ENGLISH;
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
