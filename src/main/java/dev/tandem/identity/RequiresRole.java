package dev.tandem.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The weakest role allowed to call a workspace-scoped handler. Without it, any member may read and
 * any role but {@link Role#VIEWER} may write; with it, exactly the roles it includes may call, so
 * {@code @RequiresRole(VIEWER)} lets a viewer make a change about themselves (such as leaving).
 * Checked centrally, before the handler runs.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {

    Role value();
}
