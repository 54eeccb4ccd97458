package dev.tandem.shared.web;

import dev.tandem.shared.Refusal;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the form input it concerns, or at the top of the form. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, Refusal problem) {
        if (problem.field() != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), problem.field()) != null) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
        } else {
            binding.reject(problem.messageKey(), problem.args(), problem.messageKey());
        }
    }

    /** A same-site path to go back to, taken from the Referer; never another site. */
    public static String backTo(@org.jspecify.annotations.Nullable String referer, String fallback) {
        if (referer == null) {
            return fallback;
        }
        try {
            var uri = java.net.URI.create(referer);
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
