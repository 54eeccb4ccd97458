package dev.tandem.notify.web;

import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.notify.NotificationService;
import dev.tandem.notify.NotificationTexts;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/notifications")
@RequiresRole(Role.VIEWER)
@Tag(
        name = "Notifications",
        description = "The caller's own notifications in a workspace (new signals on partnerships they own, their "
                + "commitments due tomorrow or overdue, meetings within a day, partners' posts, accepted invitations) "
                + "and their preferences, including the weekly digest. Every member reads and marks only their own; "
                + "an id of another member or workspace is 404.")
class NotificationApiController {

    private final NotificationService notifications;
    private final NotificationTexts texts;

    NotificationApiController(NotificationService notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, cursor-paginated (limit 1–200, default 50)")
    Page<NotificationJson.Item> list(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor,
            Locale locale) {
        return notifications
                .list(workspace, unread, PageRequest.of(limit, cursor))
                .map(n -> NotificationJson.Item.of(n, texts.text(n, locale), workspace));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many are unread (what the bell shows)")
    NotificationJson.Unread unread(WorkspaceContext workspace) {
        return new NotificationJson.Unread(notifications.unread(workspace));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one read", description = "Marking it again changes nothing.")
    NotificationJson.Item read(WorkspaceContext workspace, @PathVariable UUID id, Locale locale) {
        var n = notifications.markRead(workspace, id);
        return NotificationJson.Item.of(n, texts.text(n, locale), workspace);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark every one read", description = "Answers how many were unread.")
    NotificationJson.Marked readAll(WorkspaceContext workspace) {
        return new NotificationJson.Marked(notifications.markAllRead(workspace));
    }

    @GetMapping("/preferences")
    @ETagged
    @Operation(
            summary = "The caller's preferences",
            description = "Which kinds show in the app and which also come by mail, and the weekly digest (day and "
                    + "hour in the caller's time zone). The ETag names their version.")
    ResponseEntity<NotificationJson.Prefs> preferences(WorkspaceContext workspace) {
        var stored = notifications.preferences(workspace);
        return ETags.ok(NotificationJson.Prefs.of(stored.preferences()), stored.version());
    }

    @PutMapping("/preferences")
    @ETagged
    @Operation(
            summary = "Replace the caller's preferences",
            description = "With If-Match, preferences changed meanwhile are 412 and nothing is written.")
    ResponseEntity<NotificationJson.Prefs> changePreferences(
            WorkspaceContext workspace, IfMatch ifMatch, @Valid @RequestBody NotificationJson.Prefs request) {
        var saved = notifications.changePreferences(workspace, ifMatch.basedOn(), request.preferences());
        return ETags.ok(NotificationJson.Prefs.of(saved.preferences()), saved.version());
    }
}
