package dev.tandem.notify;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's notifications in a workspace (only the kinds they show in the app) and their preferences. Everything
 * here is the caller's own: nobody reads or marks another member's notifications.
 */
@Service
public class NotificationService {

    /** The preferences with the version a change must be based on. */
    public record VersionedPreferences(Preferences preferences, long version) {}

    private final Notifications notifications;
    private final PreferenceStore preferences;
    private final ConcurrentChanges changes;
    private final Digests digests;
    private final Clock clock;

    NotificationService(
            Notifications notifications,
            PreferenceStore preferences,
            ConcurrentChanges changes,
            Digests digests,
            Clock clock) {
        this.digests = digests;
        this.notifications = notifications;
        this.preferences = preferences;
        this.changes = changes;
        this.clock = clock;
    }

    /** Newest first; {@code unreadOnly} leaves out those read. */
    public Page<Notification> list(WorkspaceContext context, boolean unreadOnly, PageRequest page) {
        var shown = preferences.of(context.workspaceId(), context.userId()).inApp();
        return Page.of(
                notifications.page(context.workspaceId(), context.userId(), shown, unreadOnly, page),
                page,
                Notification::id);
    }

    /** How many the bell counts. */
    public int unread(WorkspaceContext context) {
        var shown = preferences.of(context.workspaceId(), context.userId()).inApp();
        return notifications.unread(context.workspaceId(), context.userId(), shown);
    }

    /** Marks one read (again: nothing changes); 404 for an id that is not the caller's. */
    @Transactional
    public Notification markRead(WorkspaceContext context, UUID id) {
        if (notifications.find(context.workspaceId(), context.userId(), id) == null) {
            throw new NotFound("notify.notFound");
        }
        notifications.markRead(context.workspaceId(), context.userId(), id, clock.instant());
        return Objects.requireNonNull(notifications.find(context.workspaceId(), context.userId(), id));
    }

    /** Marks every one read; how many were unread. */
    @Transactional
    public int markAllRead(WorkspaceContext context) {
        return notifications.markAllRead(context.workspaceId(), context.userId(), clock.instant());
    }

    public VersionedPreferences preferences(WorkspaceContext context) {
        return preferences
                .find(context.workspaceId(), context.userId())
                .map(s -> new VersionedPreferences(s.preferences(), s.version()))
                .orElse(new VersionedPreferences(Preferences.DEFAULTS, 0));
    }

    /** Saves the caller's preferences if they still have the version {@code basedOn} (null: whatever they have). */
    @Transactional
    public VersionedPreferences changePreferences(
            WorkspaceContext context, @Nullable BasedOn basedOn, Preferences changed) {
        var stored = preferences.ensure(context.workspaceId(), context.userId(), clock.instant());
        var based = basedOn == null ? BasedOn.read(stored.version()) : basedOn;
        if (!preferences.save(context.workspaceId(), context.userId(), changed, based.version(), clock.instant())) {
            throw changes.stale(
                    context,
                    based,
                    stored.version(),
                    context.userId(),
                    stored.updatedAt(),
                    ChangedMeanwhile.differing(stored.preferences(), changed));
        }
        return new VersionedPreferences(changed, based.version() + 1);
    }

    /** The workspace's weekly digests that failed or are being retried, newest week first (for its admins). */
    public List<DigestDelivery> undelivered(WorkspaceContext context) {
        return digests.troubled(context.workspaceId(), 100);
    }

    /** Whether the unsubscribe link of a digest is one of this workspace's. */
    public boolean knowsUnsubscribe(WorkspaceId workspace, String token) {
        return token.length() <= 64 && preferences.knows(workspace, token);
    }

    /** Turns the digest off for the holder of the link; 404 for a link nobody holds. */
    @Transactional
    public void unsubscribe(WorkspaceId workspace, String token) {
        if (token.length() > 64 || !preferences.unsubscribe(workspace, token, clock.instant())) {
            throw new NotFound("notify.unsubscribe.unknown");
        }
    }

    /**
     * Tells a member something, in the caller's transaction, unless they were told of the same {@code key}
     * already; by mail too when they want this kind by mail.
     */
    void tell(
            WorkspaceId workspace,
            UserId user,
            NotificationKind kind,
            String key,
            String subject,
            String detail,
            @Nullable LocalDate day,
            String link) {
        boolean byMail = preferences.of(workspace, user).byMail(kind);
        notifications.add(workspace, user, kind, key, subject, detail, day, link, byMail, clock.instant());
    }
}
