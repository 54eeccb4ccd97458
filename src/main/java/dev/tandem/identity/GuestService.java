package dev.tandem.identity;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner-side guests: people invited to one partnership of a workspace, never to the workspace. They are invited
 * by a link to their mailbox (the same link, page and proof of mailbox as a workspace invitation), and revoked from
 * their next request on. The caller names a partnership it has checked exists in the workspace.
 */
@Service
public class GuestService {

    private final Invitations invitations;
    private final Guests guests;
    private final Memberships memberships;
    private final Users users;
    private final InvitationLinks links;
    private final AuditLog audit;
    private final TandemProperties properties;
    private final Clock clock;

    GuestService(
            Invitations invitations,
            Guests guests,
            Memberships memberships,
            Users users,
            InvitationLinks links,
            AuditLog audit,
            TandemProperties properties,
            Clock clock) {
        this.invitations = invitations;
        this.guests = guests;
        this.memberships = memberships;
        this.users = users;
        this.links = links;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The page a guest of this partnership lands on. */
    public static String landing(WorkspaceId workspace, UUID partnership) {
        return "/w/" + workspace + "/partnerships/" + partnership + "/partner-view";
    }

    /**
     * Invites an address to be a guest of the partnership (a member may; 409 for a member of the workspace, who
     * sees it already, or for someone who is its guest already). An earlier open link to the same address stops
     * working.
     */
    @Transactional
    public WorkspaceService.InviteResult invite(
            WorkspaceContext ctx, UUID partnership, String partnershipName, String email) {
        if (!ctx.canWrite()) {
            throw new Forbidden("problem.forbidden.detail");
        }
        String address = email.strip();
        var account = links.account(address);
        if (account.isPresent()
                && memberships.access(ctx.workspaceId(), account.get().id()).isPresent()) {
            throw new Conflict("guest.isMember", address).on("email");
        }
        if (account.isPresent()
                && guests.partnershipsOf(ctx.workspaceId(), account.get().id()).contains(partnership)) {
            throw new Conflict("guest.already", address).on("email");
        }
        Instant now = clock.instant();
        invitations.revokePendingFor(ctx.workspaceId(), partnership, address, now);
        var link = links.create();
        UUID id = Ids.next();
        invitations.insertGuest(
                ctx.workspaceId(),
                id,
                address,
                partnership,
                partnershipName,
                Secrets.hash(link.token()),
                ctx.userId(),
                now,
                now.plus(properties.security().invitationValidity()));
        audit.record(
                ctx.workspaceId(),
                ctx.userId(),
                email(ctx.userId()),
                AuditAction.GUEST_INVITED,
                "partnerships/" + partnership + ": " + address);
        var delivery = links.send(
                address,
                link,
                "mail.guestInvitation.subject",
                "mail.guestInvitation.body",
                links.inviter(ctx.userId()),
                partnershipName,
                ctx.workspaceName());
        var invitation =
                invitations.pendingByHash(Secrets.hash(link.token()), now).orElseThrow();
        return new WorkspaceService.InviteResult(invitation, link.url(), delivery);
    }

    /** The partnership's guest invitations, newest first: pending, accepted, revoked or expired. */
    public List<GuestInvitation> invitations(WorkspaceContext ctx, UUID partnership) {
        if (ctx.isGuest()) {
            throw new NotFound("problem.notFound");
        }
        return guests.invitations(ctx.workspaceId(), partnership, clock.instant());
    }

    /** Revokes the invitation and, if it was accepted, the guest's access from their next request on. */
    @Transactional
    public void revoke(WorkspaceContext ctx, UUID partnership, UUID invitation) {
        if (!ctx.canWrite()) {
            throw new Forbidden("problem.forbidden.detail");
        }
        var revoked = guests.invitations(ctx.workspaceId(), partnership, clock.instant()).stream()
                .filter(i -> i.id().equals(invitation))
                .findFirst()
                .orElseThrow(() -> new NotFound("guest.notFound"));
        Instant now = clock.instant();
        invitations.revoke(ctx.workspaceId(), partnership, invitation, now);
        guests.revoke(ctx.workspaceId(), partnership, invitation, now);
        audit.record(
                ctx.workspaceId(),
                ctx.userId(),
                email(ctx.userId()),
                AuditAction.GUEST_REVOKED,
                "partnerships/" + partnership + ": " + revoked.email());
    }

    /** The addresses (lower case) the calling guest is known by in the partnership; empty for a member. */
    public Set<String> addresses(WorkspaceContext ctx, UUID partnership) {
        return ctx.isGuest() ? guests.addresses(ctx.workspaceId(), partnership, ctx.userId()) : Set.of();
    }

    /** Where a signed-in user who belongs to no workspace goes: the first partnership they are a guest of. */
    public Optional<String> home(UserId user) {
        return guests.everywhere(user).stream().findFirst().map(g -> landing(g.workspaceId(), g.partnershipId()));
    }

    /** Every partnership the user is a guest of, in every workspace (for the guest layout's switcher). */
    public List<GuestOf> partnerships(UserId user) {
        return guests.everywhere(user);
    }

    private String email(UserId user) {
        return users.byId(user).map(User::email).orElse("");
    }
}
