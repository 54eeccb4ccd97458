/**
 * Notify: telling members what needs them without their opening the dashboard. In the app, a bell with the
 * unread count and a page of {@link dev.tandem.notify.Notification}s; by mail, the kinds a member wants by mail
 * one by one, and the weekly digest of each member at their chosen day and hour, in their time zone and language,
 * with an unsubscribe link that works without logging in (RFC 8058 one-click too). Every mail is claimed in the
 * database before it is sent, so that several nodes never send one twice; a refused digest is retried and listed
 * for the workspace's admins. Each member chooses which kinds they want, in the app and by mail ({@link dev.tandem.notify.Preferences}).
 *
 * <p>Listens to {@link dev.tandem.health.SignalRaised}, {@link dev.tandem.space.PostPublished} (a partner's post
 * or question) and {@link dev.tandem.identity.InvitationAccepted}, in the publishing transaction; an hourly sweep
 * per member, claimed in the database, adds commitments due tomorrow or overdue and meetings within a day. A
 * notification is made once whatever runs twice (a key of what made it). Publishes nothing. Depends on
 * {@code shared}, {@code identity} (members, their language and zone), {@code partnerships} (owners, names),
 * {@code rhythm} (the member's week), {@code health} (signals needing attention) and {@code space} (posts).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "partnerships", "rhythm", "health", "space", "feedback"})
@org.jspecify.annotations.NullMarked
package dev.tandem.notify;
