package dev.tandem.notify.web;

import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.notify.Notification;
import dev.tandem.notify.NotificationService;
import dev.tandem.notify.NotificationTexts;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell of the header (a fragment htmx loads on every page), the page of the member's notifications, opening
 * one (it is marked read on the way), marking one or all read.
 */
@Controller
@RequiresRole(Role.VIEWER)
class NotificationController {

    static final String PAGE = "notify/notifications";

    /** One line of the page: the notification, its sentence and where it leads. */
    record Line(Notification notification, String text, String href) {}

    private final NotificationService notifications;
    private final NotificationTexts texts;

    NotificationController(NotificationService notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GetMapping("/w/{workspaceId}/notifications/bell")
    String bell(WorkspaceContext workspace, Model model) {
        model.addAttribute("unread", notifications.unread(workspace));
        model.addAttribute("ws", workspace.workspaceId());
        return PAGE + " :: bell";
    }

    @GetMapping("/w/{workspaceId}/notifications")
    String page(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) @Nullable String cursor,
            Locale locale,
            Htmx htmx,
            Model model) {
        var page = notifications.list(workspace, unread, PageRequest.of(null, cursor));
        model.addAttribute(
                "lines",
                page.items().stream()
                        .map(n -> new Line(n, texts.text(n, locale), "/w/" + workspace.workspaceId() + "/" + n.link()))
                        .toList());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unread", notifications.unread(workspace));
        model.addAttribute("ws", workspace.workspaceId());
        return htmx.either(PAGE, "list", PAGE);
    }

    @PostMapping("/w/{workspaceId}/notifications/{id}/open")
    String open(WorkspaceContext workspace, @PathVariable UUID id) {
        var n = notifications.markRead(workspace, id);
        return "redirect:/w/" + workspace.workspaceId() + "/" + n.link();
    }

    @PostMapping("/w/{workspaceId}/notifications/{id}/read")
    String read(WorkspaceContext workspace, @PathVariable UUID id, Locale locale, Htmx htmx, Model model) {
        var n = notifications.markRead(workspace, id);
        model.addAttribute(
                "line", new Line(n, texts.text(n, locale), "/w/" + workspace.workspaceId() + "/" + n.link()));
        model.addAttribute("ws", workspace.workspaceId());
        return htmx.either(PAGE, "line", "redirect:/w/" + workspace.workspaceId() + "/notifications");
    }

    @PostMapping("/w/{workspaceId}/notifications/read-all")
    String readAll(WorkspaceContext workspace, RedirectAttributes flash) {
        notifications.markAllRead(workspace);
        Flash.notice(flash, "notify.allRead");
        return "redirect:/w/" + workspace.workspaceId() + "/notifications";
    }
}
