/**
 * Who may do what, where: users, workspaces (the tenants), memberships with roles, invitations,
 * personal access tokens, password resets, log-in throttling and the security audit log.
 *
 * <p>Its public API is what every other module needs: {@link dev.tandem.identity.WorkspaceContext}
 * (the workspace and role of the current request, checked once, centrally), {@link
 * dev.tandem.identity.Role} and {@link dev.tandem.identity.RequiresRole}. It publishes
 * {@link dev.tandem.identity.InvitationAccepted} and listens to nothing. Depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package dev.tandem.identity;
