package dev.tandem.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A workspace route that a partner-side guest may also call, for the partnerships they are a guest of (the
 * {@code {id}} of a {@code /partnerships/{id}/…} path). Every other workspace route stays closed to guests (404).
 * Enforced by {@link WorkspaceAccess}, with the route's role rule applying to members as before.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenToGuests {}
