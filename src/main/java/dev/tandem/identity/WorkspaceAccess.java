package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tenant isolation, in one place. Every route under {@code /api/v1/workspaces/{workspaceId}/} or
 * {@code /w/{workspaceId}/} passes here before its handler: a non-member gets 404 (the workspace's
 * existence is not revealed), then the route's rule ({@link AccessRules}) is enforced (403), and an
 * {@link Audited} route that succeeded is recorded in the audit log.
 * <p>
 * A partner-side guest is not a member: they get through only to routes marked {@link OpenToGuests}, and of those
 * that name a partnership ({@code /partnerships/{id}/…}) only for the partnerships they are a guest of; every
 * other route answers them 404, as to a stranger. Guest-open routes naming a meeting or a commitment instead check
 * its partnership with {@link WorkspaceContext#requirePartnership}.
 * The checked {@link WorkspaceContext} is then handed to the handler as a parameter.
 */
@Component
class WorkspaceAccess implements HandlerInterceptor, HandlerMethodArgumentResolver {

    static final String[] PATHS = {"/api/v1/workspaces/*/**", "/w/*", "/w/*/**"};
    private static final String ATTRIBUTE = WorkspaceContext.class.getName();
    private static final String AUTHENTICATED = ApiTokenService.Authenticated.class.getName();
    private static final String API_PREFIX = "/api/v1/workspaces/";

    private static final String PARTNERSHIP_ROUTE = "/partnerships/{id}";

    private final Memberships memberships;
    private final Guests guests;
    private final AuditLog audit;

    WorkspaceAccess(Memberships memberships, Guests guests, AuditLog audit) {
        this.memberships = memberships;
        this.guests = guests;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get("workspaceId");
        if (raw == null) {
            throw new IllegalStateException("Workspace route without {workspaceId}: " + request.getRequestURI());
        }
        WorkspaceId workspace = parse(raw);
        if (!(SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof TandemUser user)) {
            throw new NotFound("problem.workspace.notFound");
        }
        WorkspaceContext context =
                membership(request, workspace, user).orElseThrow(() -> new NotFound("problem.workspace.notFound"));
        if (context.isGuest()) {
            if (!openToGuest(method, request, variables, context)) {
                throw new NotFound("problem.workspace.notFound");
            }
            request.setAttribute(ATTRIBUTE, context);
            return true;
        }
        Role required = AccessRules.required(method, request.getMethod());
        if (!context.role().includes(required)) {
            throw AccessRules.declared(method) == null
                    ? new Forbidden("problem.forbidden.viewer")
                    : new Forbidden("problem.forbidden.role", required);
        }
        request.setAttribute(ATTRIBUTE, context);
        return true;
    }

    /** Records an audited route that succeeded, with who called it and the record its path names. */
    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        if (!(handler instanceof HandlerMethod method)
                || failure != null
                || response.getStatus() >= 400
                || !(request.getAttribute(ATTRIBUTE) instanceof WorkspaceContext context)) {
            return;
        }
        AuditAction action = AccessRules.audited(method);
        if (action != null
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof TandemUser user) {
            audit.record(context.workspaceId(), context.userId(), user.email(), action, target(request, context));
        }
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WorkspaceContext.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object context = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
        if (context == null) {
            throw new IllegalStateException(
                    "WorkspaceContext requested outside a workspace route: " + parameter.getExecutable());
        }
        return context;
    }

    /**
     * The workspace an API request names in its path, if any: the bearer token's owner and their membership
     * of it are then read in one statement. Only a hint; the route's own {@code workspaceId} decides.
     */
    static @Nullable WorkspaceId workspaceOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf('/', API_PREFIX.length());
        if (!path.startsWith(API_PREFIX) || end - API_PREFIX.length() != 36) {
            return null;
        }
        try {
            return WorkspaceId.of(UUID.fromString(path.substring(API_PREFIX.length(), end)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void remember(HttpServletRequest request, ApiTokenService.Authenticated authenticated) {
        request.setAttribute(AUTHENTICATED, authenticated);
    }

    /** The caller's membership of the workspace or, for someone who is not a member, their guest access. */
    private Optional<WorkspaceContext> membership(HttpServletRequest request, WorkspaceId workspace, TandemUser user) {
        Optional<WorkspaceContext> member;
        if (request.getAttribute(AUTHENTICATED) instanceof ApiTokenService.Authenticated read
                && workspace.equals(read.workspace())
                && read.user().id().equals(user.id())) {
            member = Optional.ofNullable(read.membership());
        } else {
            member = memberships.access(workspace, user.id());
        }
        return member.or(() -> guests.access(workspace, user.id()));
    }

    /** A guest-open route, and the partnership it names (if it names one) is one of the guest's. */
    private static boolean openToGuest(
            HandlerMethod method, HttpServletRequest request, Map<String, String> variables, WorkspaceContext guest) {
        if (!AccessRules.openToGuests(method)) {
            return false;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !pattern.toString().contains(PARTNERSHIP_ROUTE)) {
            return true;
        }
        try {
            return guest.guestPartnerships().contains(UUID.fromString(variables.getOrDefault("id", "")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The path after the workspace ("partnerships/0190…/notes/0191…"), with the query of an export. */
    private static String target(HttpServletRequest request, WorkspaceContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String workspace = context.workspaceId().toString();
        int at = path.indexOf(workspace);
        String rest = at < 0 ? path : path.substring(at + workspace.length());
        rest = rest.startsWith("/") ? rest.substring(1) : rest;
        String query = request.getQueryString();
        String target = query == null ? rest : rest + "?" + query;
        return target.length() > 500 ? target.substring(0, 500) : target;
    }

    private static WorkspaceId parse(String raw) {
        try {
            return WorkspaceId.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFound("problem.workspace.notFound");
        }
    }
}
