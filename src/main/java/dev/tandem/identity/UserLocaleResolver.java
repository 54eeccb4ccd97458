package dev.tandem.identity;

import dev.tandem.shared.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a page: the user's setting, else the language chosen before log-in, else the
 * browser's. An API call asks in its own words: a supported Accept-Language wins over the user's setting. The time zone is the user's, so dates read as their local time.
 */
class UserLocaleResolver extends AbstractLocaleContextResolver {

    static final String COOKIE = "TANDEM_LANG";

    private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

    UserLocaleResolver() {
        browser.setSupportedLocales(Languages.SUPPORTED);
        browser.setDefaultLocale(Locale.ENGLISH);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TandemUser user) {
            Locale chosen = api(request) ? asked(request) : null;
            if (chosen == null) {
                chosen = Languages.match(user.locale().toLanguageTag());
            }
            return new SimpleTimeZoneAwareLocaleContext(
                    chosen != null ? chosen : anonymous(request), TimeZone.getTimeZone(user.timeZone()));
        }
        return new SimpleTimeZoneAwareLocaleContext(anonymous(request), TimeZone.getTimeZone("UTC"));
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext context) {
        if (response != null && context != null && context.getLocale() != null) {
            Cookie cookie = new Cookie(COOKIE, context.getLocale().toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The best supported language of an Accept-Language header, if it names one. */
    private static @Nullable Locale asked(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private Locale anonymous(HttpServletRequest request) {
        Locale cookie = Languages.match(cookie(request));
        return cookie != null ? cookie : browser.resolveLocale(request);
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
