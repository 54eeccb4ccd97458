package dev.tandem.feedback.web;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Languages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * What the pages a link opens for someone without an account share (a pulse, an anonymous retrospective; layout
 * {@code fragments/public}): the page in the respondent's language whatever the browser says, a friendly page with
 * 410 for a link that no longer takes answers (200 with thanks right after answering), the form again with the
 * problem next to what was typed.
 */
@Component
class TokenPages {

    private final ThymeleafViewResolver views;

    TokenPages(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The first of the languages that Tandem speaks, else English. */
    static Locale language(@Nullable String... choices) {
        for (String choice : choices) {
            Locale matched = Languages.match(choice);
            if (matched != null) {
                return matched;
            }
        }
        return Locale.ENGLISH;
    }

    /** The link takes no answers: thanks when {@code justAnswered}, else why, with 410. */
    ModelAndView gone(String view, Locale locale, String reason, boolean justAnswered) throws Exception {
        return render(
                view,
                locale,
                Map.of("gone", reason, "answered", justAnswered),
                justAnswered ? HttpStatus.OK : HttpStatus.GONE);
    }

    /** The form with {@code model}, what was typed ({@code values}) and the problem with it, if any. */
    ModelAndView form(
            String view,
            Locale locale,
            Map<String, @Nullable Object> model,
            Map<String, @Nullable Object> values,
            @Nullable InvalidInput problem)
            throws Exception {
        Map<String, @Nullable Object> page = new HashMap<>(model);
        page.put("values", values);
        page.put("problem", problem == null ? null : problem.messageKey());
        page.put("problemArgs", problem == null ? null : problem.args());
        page.put("problemField", problem == null ? null : problem.field());
        return render(view, locale, page, problem == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    private ModelAndView render(String view, Locale locale, Map<String, ?> model, HttpStatus status) throws Exception {
        var page = new ModelAndView(views.resolveViewName(view, locale), model);
        page.setStatus(status);
        return page;
    }

    /** A number typed on a scale; null when left out, -1 when not a number (refused by the service). */
    static @Nullable Integer number(@Nullable String text) {
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
