package dev.tandem.shared.web;

import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the form input it concerns, or at the top of the form. */
public final class Forms {

    private Forms() {}

    /**
     * A form's submission: with the form's {@code details} (null when the binding already holds errors), {@code action}
     * runs and answers where to go next; when the service refuses, the refusal goes next to its input and, like a form
     * with errors, the page is shown {@code again} with the input kept. A record that is not there is not a form error:
     * it stays a 404.
     */
    public static <D> String submit(
            BindingResult binding, @Nullable D details, Function<D, String> action, Supplier<String> again) {
        if (details != null) {
            try {
                return action.apply(details);
            } catch (Refusal problem) {
                if (problem instanceof NotFound) {
                    throw problem;
                }
                reject(binding, problem);
            }
        }
        return again.get();
    }

    public static void reject(BindingResult binding, Refusal problem) {
        if (problem.field() != null
                && binding.getTarget() != null
                && BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), problem.field()) != null) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
        } else {
            binding.reject(problem.messageKey(), problem.args(), problem.messageKey());
        }
    }

    /**
     * When the refusal says the record changed meanwhile, shows it on the form page: who, when and which fields now
     * differ from the input (labels {@code labelPrefix + field}), and answers the version to carry on, so that saving
     * again is a deliberate choice on what the user has now seen. Null for any other refusal.
     */
    public static @Nullable Long changedMeanwhile(Refusal problem, Model model, String labelPrefix, String currentUrl) {
        return changedMeanwhile(problem, model, labelPrefix, currentUrl, "version.meanwhile.again");
    }

    /** As above, with {@code nextKey} saying what the user can do next (e.g. reload, for a form that saves itself). */
    public static @Nullable Long changedMeanwhile(
            Refusal problem, Model model, String labelPrefix, String currentUrl, String nextKey) {
        var meanwhile = Refusals.meanwhile(problem);
        if (meanwhile == null) {
            return null;
        }
        model.addAttribute(
                "meanwhile",
                new MeanwhileView(
                        meanwhile.by(),
                        meanwhile.at(),
                        meanwhile.fields().stream()
                                .map(field -> labelPrefix + field)
                                .toList(),
                        currentUrl,
                        nextKey));
        return meanwhile.version();
    }

    /** What {@code fragments/common :: changedMeanwhile} shows. */
    public record MeanwhileView(
            @Nullable String by, @Nullable Instant at, List<String> labelKeys, String currentUrl, String nextKey) {}

    /** A same-site path to go back to, taken from the Referer; never another site. */
    public static String backTo(@Nullable String referer, String fallback) {
        if (referer == null) {
            return fallback;
        }
        try {
            var uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return fallback;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
