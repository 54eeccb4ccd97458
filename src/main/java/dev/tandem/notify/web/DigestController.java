package dev.tandem.notify.web;

import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.notify.DigestDelivery;
import dev.tandem.notify.NotificationService;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.WorkspaceId;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The weekly digest around its mail: the unsubscribe link (it works without logging in; GET asks, POST does it, and
 * a mail client's RFC 8058 one-click POST lands on the same address) and, for admins, the digests that did not go out.
 */
@Controller
class DigestController {

    static final String UNSUBSCRIBE = "notify/unsubscribe";

    private final NotificationService notifications;
    private final WorkspaceService workspaces;

    DigestController(NotificationService notifications, WorkspaceService workspaces) {
        this.notifications = notifications;
        this.workspaces = workspaces;
    }

    @GetMapping("/unsubscribe/{workspace}/{token}")
    String ask(@PathVariable UUID workspace, @PathVariable String token, Model model) {
        if (!notifications.knowsUnsubscribe(new WorkspaceId(workspace), token)) {
            throw new NotFound("notify.unsubscribe.unknown");
        }
        model.addAttribute("ws", workspace);
        model.addAttribute("token", token);
        model.addAttribute("done", false);
        return UNSUBSCRIBE;
    }

    @PostMapping("/unsubscribe/{workspace}/{token}")
    @ResponseStatus(HttpStatus.OK)
    String unsubscribe(@PathVariable UUID workspace, @PathVariable String token, Model model) {
        notifications.unsubscribe(new WorkspaceId(workspace), token);
        model.addAttribute("done", true);
        return UNSUBSCRIBE;
    }

    @GetMapping("/w/{workspaceId}/notifications/digests")
    @RequiresRole(Role.ADMIN)
    String undelivered(WorkspaceContext workspace, Model model) {
        var rows = notifications.undelivered(workspace);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "names",
                workspaces.memberNames(
                        workspace.workspaceId(),
                        rows.stream().map(DigestDelivery::userId).toList()));
        return "notify/digests";
    }
}
