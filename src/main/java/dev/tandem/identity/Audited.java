package dev.tandem.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A workspace route whose success goes into the workspace's audit log (exports, deletions, settings), with the
 * member who called it and the record it names. Recorded centrally, with the access check, so every such route
 * is recorded the same way; see docs/permissions.md.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    AuditAction value();
}
