package dev.tandem.identity;

import dev.tandem.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the page layout shows around every full page: the signed-in user, their workspaces for the
 * switcher, the current one and the section of it. Fragments swapped in by htmx get the current workspace only.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final Memberships memberships;

    LayoutModel(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        Object current = request.getAttribute(WorkspaceContext.class.getName());
        if (current != null) {
            // fragments too: what they may show depends on who asks (a guest, a viewer)
            page.addObject("workspace", current);
        }
        TandemUser user = SignedIn.current();
        if (user == null || Htmx.of(request).isRequest()) {
            return;
        }
        page.addObject("me", user);
        page.addObject("myWorkspaces", memberships.workspacesOf(user.id()));
        if (current != null) {
            page.addObject("navSection", section(request.getRequestURI()));
        }
    }

    /** The part of the workspace a page belongs to: {@code /w/{id}/members/…} is "members", the audit log "settings". */
    static String section(String path) {
        String[] parts = path.split("/");
        String section = parts.length > 3 && !parts[3].isBlank() ? parts[3] : "dashboard";
        // the audit log is reached from the settings
        return section.equals("audit") ? "settings" : section;
    }
}
