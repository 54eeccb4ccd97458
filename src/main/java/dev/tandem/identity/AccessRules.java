package dev.tandem.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The rule of a workspace route, the one place it is decided: {@link RequiresRole} on the handler or its class
 * when present, otherwise any member may read and any role but {@link Role#VIEWER} may write. The table in
 * docs/permissions.md is checked against this, route by route.
 */
public final class AccessRules {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private AccessRules() {}

    /** The weakest role that may call this handler with this HTTP method. */
    public static Role required(HandlerMethod handler, String httpMethod) {
        RequiresRole declared = declared(handler);
        if (declared != null) {
            return declared.value();
        }
        return READS.contains(httpMethod) ? Role.VIEWER : Role.MEMBER;
    }

    /** What a successful call records in the audit log, if anything. */
    public static @Nullable AuditAction audited(HandlerMethod handler) {
        Audited audited = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Audited.class);
        return audited == null ? null : audited.value();
    }

    /** Whether a partner-side guest may call this handler (for their own partnerships). */
    public static boolean openToGuests(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), OpenToGuests.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), OpenToGuests.class);
    }

    static @Nullable RequiresRole declared(HandlerMethod handler) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresRole.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresRole.class);
    }
}
