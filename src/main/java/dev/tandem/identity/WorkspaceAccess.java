package dev.tandem.identity;

import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
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
 * existence is not revealed), a viewer cannot write (403), and {@link RequiresRole} is enforced.
 * The checked {@link WorkspaceContext} is then handed to the handler as a parameter.
 */
@Component
class WorkspaceAccess implements HandlerInterceptor, HandlerMethodArgumentResolver {

    static final String[] PATHS = {"/api/v1/workspaces/*/**", "/w/*", "/w/*/**"};
    private static final String ATTRIBUTE = WorkspaceContext.class.getName();
    private static final String AUTHENTICATED = ApiTokenService.Authenticated.class.getName();
    private static final String API_PREFIX = "/api/v1/workspaces/";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Memberships memberships;

    WorkspaceAccess(Memberships memberships) {
        this.memberships = memberships;
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
        WorkspaceContext context = membership(request, workspace, user)
                .orElseThrow(() -> new NotFound("problem.workspace.notFound"));
        RequiresRole required = requiredRole(method);
        if (required != null) {
            if (!context.role().includes(required.value())) {
                throw new Forbidden("problem.forbidden.role", required.value());
            }
        } else if (!READS.contains(request.getMethod()) && !context.canWrite()) {
            throw new Forbidden("problem.forbidden.viewer");
        }
        request.setAttribute(ATTRIBUTE, context);
        return true;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == WorkspaceContext.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object context = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
        if (context == null) {
            throw new IllegalStateException("WorkspaceContext requested outside a workspace route: "
                    + parameter.getExecutable());
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

    private Optional<WorkspaceContext> membership(HttpServletRequest request, WorkspaceId workspace, TandemUser user) {
        if (request.getAttribute(AUTHENTICATED) instanceof ApiTokenService.Authenticated read
                && workspace.equals(read.workspace()) && read.user().id().equals(user.id())) {
            return Optional.ofNullable(read.membership());
        }
        return memberships.access(workspace, user.id());
    }

    private static RequiresRole requiredRole(HandlerMethod method) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
    }

    private static WorkspaceId parse(String raw) {
        try {
            return WorkspaceId.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFound("problem.workspace.notFound");
        }
    }
}
