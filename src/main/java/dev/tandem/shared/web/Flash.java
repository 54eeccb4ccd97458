package dev.tandem.shared.web;

import dev.tandem.shared.Refusal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page tells the user what just happened after a redirect: a notice (done) or a refusal with its
 * arguments, shown once by the layout ({@code fragments/layout}).
 */
public final class Flash {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";
    static final String PROBLEM_ARGS = "problemArgs";

    private Flash() {}

    public static void notice(RedirectAttributes flash, String messageKey) {
        flash.addFlashAttribute(NOTICE, messageKey);
    }

    /** The refusal, shown once by the layout; a stale version names who changed the record meanwhile. */
    public static void problem(RedirectAttributes flash, Refusal refusal) {
        var said = Refusals.said(refusal);
        flash.addFlashAttribute(PROBLEM, said.key());
        flash.addFlashAttribute(PROBLEM_ARGS, said.args());
    }
}
