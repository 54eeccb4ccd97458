package dev.tandem.identity;

import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.Mail;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces and who belongs to them. Every method taking a {@link WorkspaceContext} acts as that
 * member and enforces the rules between roles; a workspace always keeps at least one owner.
 */
@Service
public class WorkspaceService {

    /** The invitation link inviting an address created, and whether mail carried it. */
    public record InviteResult(Invitation invitation, String link, Mail.Delivery delivery) implements Serializable {}

    private final Workspaces workspaces;
    private final Memberships memberships;
    private final Invitations invitations;
    private final Users users;
    private final AuditLog audit;
    private final Guests guests;
    private final InvitationLinks links;
    private final TandemProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WorkspaceService(
            Workspaces workspaces,
            Memberships memberships,
            Invitations invitations,
            Users users,
            AuditLog audit,
            Guests guests,
            InvitationLinks links,
            TandemProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.invitations = invitations;
        this.users = users;
        this.audit = audit;
        this.guests = guests;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a workspace owned by {@code owner}. */
    @Transactional
    public WorkspaceId create(UserId owner, String name) {
        return create(owner, name, true);
    }

    WorkspaceId create(UserId owner, String name, boolean audited) {
        var id = WorkspaceId.of(Ids.next());
        Instant now = clock.instant();
        workspaces.insert(id, name.strip(), now);
        memberships.insert(id, owner, Role.OWNER, now);
        if (audited) {
            audit.record(
                    id, owner, users.byId(owner).map(User::email).orElse(null), AuditAction.WORKSPACE_CREATED, name);
        }
        return id;
    }

    /** The version of the workspace's own settings (its name), for a form or an ETag. */
    public long version(WorkspaceContext ctx) {
        return workspaces.stamp(ctx.workspaceId()).version();
    }

    /** Renames the workspace, whatever its version. */
    @Transactional
    public void rename(WorkspaceContext ctx, String name) {
        rename(ctx, null, name);
    }

    /**
     * Renames the workspace if it still has the version {@code basedOn} (null: the version read now); a version that
     * no longer holds writes nothing and is refused, naming who changed it.
     */
    @Transactional
    public void rename(WorkspaceContext ctx, @Nullable BasedOn basedOn, String name) {
        requireAdmin(ctx);
        var before = workspaces.stamp(ctx.workspaceId());
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        if (based.version() != before.version()
                || !workspaces.rename(
                        ctx.workspaceId(), name.strip(), ctx.userId(), clock.instant(), based.version())) {
            boolean differs = !workspaces.name(ctx.workspaceId()).equals(name.strip());
            throw stale(ctx, based, workspaces.stamp(ctx.workspaceId()), differs ? List.of("name") : List.of());
        }
        audit.record(ctx.workspaceId(), ctx.userId(), email(ctx.userId()), AuditAction.WORKSPACE_RENAMED, name.strip());
    }

    public Page<Member> members(WorkspaceContext ctx, PageRequest page) {
        return Page.of(
                memberships.members(ctx.workspaceId(), page),
                page,
                m -> m.userId().value());
    }

    public Member member(WorkspaceContext ctx, UserId user) {
        return memberships.member(ctx.workspaceId(), user).orElseThrow(() -> new NotFound("member.notFound"));
    }

    /** The given members, in one query; users who are not members are left out. */
    public Map<UserId, Member> members(WorkspaceContext ctx, Collection<UserId> users) {
        return memberships.withIds(ctx.workspaceId(), users);
    }

    /** Display names of the given members, in one query; users who are not members are left out. */
    public Map<UserId, String> memberNames(WorkspaceId workspace, Collection<UserId> users) {
        return memberships.names(workspace, users);
    }

    public int memberCount(WorkspaceContext ctx) {
        return memberships.count(ctx.workspaceId());
    }

    /** Changes a member's role, whatever the membership's version. */
    @Transactional
    public Member changeRole(WorkspaceContext ctx, UserId user, Role role) {
        return changeRole(ctx, user, null, role);
    }

    /**
     * Changes a member's role if the membership still has the version {@code basedOn} (null: the version read now);
     * a version that no longer holds writes nothing and is refused, naming who changed it.
     */
    @Transactional
    public Member changeRole(WorkspaceContext ctx, UserId user, @Nullable BasedOn basedOn, Role role) {
        requireAdmin(ctx);
        Member member = member(ctx, user);
        var based = basedOn == null ? BasedOn.read(member.version()) : basedOn;
        if (based.version() != member.version()) {
            throw staleRole(ctx, user, based, role);
        }
        if (member.role() == role) {
            return member;
        }
        boolean touchesOwner = member.role() == Role.OWNER || role == Role.OWNER;
        if (touchesOwner && ctx.role() != Role.OWNER) {
            throw new Forbidden("member.ownersOnly");
        }
        if (member.role() == Role.OWNER && memberships.owners(ctx.workspaceId()) == 1) {
            throw new Conflict("member.lastOwner");
        }
        if (!memberships.changeRole(ctx.workspaceId(), user, role, ctx.userId(), clock.instant(), based.version())) {
            throw staleRole(ctx, user, based, role);
        }
        audit.record(
                ctx.workspaceId(),
                ctx.userId(),
                email(ctx.userId()),
                AuditAction.ROLE_CHANGED,
                member.email() + ": " + member.role() + " → " + role);
        return member(ctx, user);
    }

    @Transactional
    public void remove(WorkspaceContext ctx, UserId user) {
        if (user.equals(ctx.userId())) {
            leave(ctx);
            return;
        }
        requireAdmin(ctx);
        Member member = member(ctx, user);
        if (member.role() == Role.OWNER && ctx.role() != Role.OWNER) {
            throw new Forbidden("member.ownersOnly");
        }
        memberships.delete(ctx.workspaceId(), user);
        audit.record(ctx.workspaceId(), ctx.userId(), email(ctx.userId()), AuditAction.MEMBER_REMOVED, member.email());
    }

    @Transactional
    public void leave(WorkspaceContext ctx) {
        if (ctx.role() == Role.OWNER && memberships.owners(ctx.workspaceId()) == 1) {
            throw new Conflict("member.lastOwnerLeaving");
        }
        String email = email(ctx.userId());
        memberships.delete(ctx.workspaceId(), ctx.userId());
        audit.record(ctx.workspaceId(), ctx.userId(), email, AuditAction.MEMBER_LEFT, email);
    }

    /**
     * Invites an address by a link sent there (or, without SMTP, logged and returned so an admin can pass it
     * on). Someone who has an account already joins only by following that link: having an account with an
     * address proves nothing about reading its mail.
     */
    @Transactional
    public InviteResult invite(WorkspaceContext ctx, String email, Role role) {
        requireAdmin(ctx);
        if (role == Role.OWNER && ctx.role() != Role.OWNER) {
            throw new Forbidden("member.ownersOnly").on("role");
        }
        String address = email.strip();
        var existing = links.account(address);
        if (existing.isPresent()
                && memberships.access(ctx.workspaceId(), existing.get().id()).isPresent()) {
            throw new Conflict("member.already", address).on("email");
        }
        invitations.deletePendingFor(ctx.workspaceId(), address);
        var link = links.create();
        Instant now = clock.instant();
        UUID id = Ids.next();
        invitations.insert(
                ctx.workspaceId(),
                id,
                address,
                role,
                Secrets.hash(link.token()),
                ctx.userId(),
                now,
                now.plus(properties.security().invitationValidity()));
        audit.record(ctx.workspaceId(), ctx.userId(), email(ctx.userId()), AuditAction.MEMBER_INVITED, address);
        var delivery = links.send(
                address,
                link,
                "mail.invitation.subject",
                "mail.invitation.body",
                links.inviter(ctx.userId()),
                ctx.workspaceName());
        var invitation = invitations.pending(ctx.workspaceId(), now).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
        return new InviteResult(invitation, link.url(), delivery);
    }

    public List<Invitation> invitations(WorkspaceContext ctx) {
        return invitations.pending(ctx.workspaceId(), clock.instant());
    }

    @Transactional
    public void revokeInvitation(WorkspaceContext ctx, UUID id) {
        requireAdmin(ctx);
        var invitation = invitations(ctx).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("invitation.notFound"));
        invitations.delete(ctx.workspaceId(), id);
        audit.record(
                ctx.workspaceId(),
                ctx.userId(),
                email(ctx.userId()),
                AuditAction.INVITATION_REVOKED,
                invitation.email());
    }

    /** The open invitation behind a link, or null when it is unknown, used or expired. */
    public @Nullable Invitation pendingInvitation(String token) {
        return invitations.pendingByHash(Secrets.hash(token), clock.instant()).orElse(null);
    }

    /** Where accepting an invitation led: into the workspace, or (for a guest) to one partnership of it. */
    public record Joined(WorkspaceId workspaceId, @Nullable UUID partnershipId) {

        /** The page the new member or guest lands on. */
        public String landing() {
            return partnershipId == null ? "/w/" + workspaceId : GuestService.landing(workspaceId, partnershipId);
        }
    }

    /**
     * Joins the invited workspace, or becomes a guest of the invited partnership. The invitation must be for this
     * user's address, which they must have verified; a link works once, also when followed twice at the same
     * moment (the second gets 409). A member invited as a guest stays a member (they see more already).
     */
    @Transactional
    public Joined accept(String token, UserId userId) {
        Invitation invitation = pendingInvitation(token);
        if (invitation == null && invitations.acceptedByHash(Secrets.hash(token))) {
            throw new Conflict("invitation.alreadyAccepted");
        }
        if (invitation == null) {
            throw new NotFound("invitation.notFound");
        }
        User user = users.byId(userId).orElseThrow(() -> new NotFound("problem.notFound"));
        if (!User.emailKey(user.email()).equals(User.emailKey(invitation.email()))) {
            throw new Forbidden("invitation.otherEmail", invitation.email());
        }
        if (!users.emailVerified(userId)) {
            throw new Forbidden("invitation.unverified", user.email());
        }
        try {
            if (!invitations.markAccepted(invitation.workspaceId(), invitation.id(), clock.instant())) {
                throw new Conflict("invitation.alreadyAccepted");
            }
            boolean member =
                    memberships.access(invitation.workspaceId(), userId).isPresent();
            events.publishEvent(new InvitationAccepted(
                    invitation.workspaceId(),
                    invitation.id(),
                    invitations.inviter(invitation.workspaceId(), invitation.id()),
                    userId,
                    user.displayName(),
                    invitation.partnershipId(),
                    invitation.partnershipName(),
                    clock.instant()));
            UUID partnership = invitation.partnershipId();
            if (partnership != null) {
                if (!member) {
                    guests.join(invitation.workspaceId(), partnership, userId, invitation.id(), clock.instant());
                    audit.record(
                            invitation.workspaceId(),
                            userId,
                            user.email(),
                            AuditAction.GUEST_JOINED,
                            "partnerships/" + partnership);
                }
                return new Joined(invitation.workspaceId(), member ? null : partnership);
            }
            if (!member) {
                memberships.insert(
                        invitation.workspaceId(), userId, Objects.requireNonNull(invitation.role()), clock.instant());
                audit.record(invitation.workspaceId(), userId, user.email(), AuditAction.MEMBER_JOINED, user.email());
            }
        } catch (DuplicateKeyException | ConcurrencyFailureException e) {
            throw new Conflict("invitation.alreadyAccepted");
        }
        return new Joined(invitation.workspaceId(), null);
    }

    private Refusal staleRole(WorkspaceContext ctx, UserId user, BasedOn based, Role wanted) {
        Member now = member(ctx, user);
        return stale(
                ctx,
                based,
                memberships.stamp(ctx.workspaceId(), user).orElseThrow(),
                now.role() == wanted ? List.of() : List.of("role"));
    }

    /** The refusal of a stale write, naming who changed the record last (as {@link ConcurrentChanges} does). */
    private Refusal stale(WorkspaceContext ctx, BasedOn based, Stamp now, List<String> fields) {
        String name = now.by() == null
                ? null
                : memberNames(ctx.workspaceId(), List.of(now.by())).get(now.by());
        return based.stale(new ChangedMeanwhile(now.version(), name, now.at(), fields));
    }

    private void requireAdmin(WorkspaceContext ctx) {
        if (!ctx.isAdmin()) {
            throw new Forbidden("problem.forbidden.detail");
        }
    }

    private @Nullable String email(UserId user) {
        return users.byId(user).map(User::email).orElse(null);
    }
}
