package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, without trying every route's full conditions on every request. A path with
 * variables (most of the API's) is matched against all 400-odd routes, each asking the request its method,
 * headers and attributes through several request wrappers: a quarter of the application's CPU on a list of
 * contacts and a fifth on creating one (issue 25). Here the routes whose patterns can match the path (as many
 * segments, the same literal ones) are found first, in a tree of the routes' segments ({@link Routes}), and every
 * other route is turned down before those conditions are asked; the candidates are matched exactly as before, so
 * the chosen handler, 404, 405 and 415 stay the same.
 */
@Configuration(proxyBeanMethods = false)
class QuickRoutes {

    @Bean
    WebMvcRegistrations quickRouteLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** The routes that may match the path being looked up, or null when it has a shape the shortcut leaves alone. */
        private static final ThreadLocal<@Nullable Set<RequestMappingInfo>> CANDIDATES = new ThreadLocal<>();

        private volatile @Nullable Routes routes;

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            String[] path =
                    getPatternParser().isCaseSensitive() && ServletRequestPathUtils.hasParsedRequestPath(request)
                            ? segments(ServletRequestPathUtils.getParsedRequestPath(request)
                                    .pathWithinApplication())
                            : null;
            CANDIDATES.set(path == null ? null : routes().candidates(path));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                CANDIDATES.remove();
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Set<RequestMappingInfo> candidates = CANDIDATES.get();
            if (candidates != null && !candidates.contains(info)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        /**
         * The routes by the shapes of their patterns, made on the first look-up and again after a change; made and
         * dropped under one lock, so a route registered while the tree is being made drops it afterwards.
         */
        Routes routes() {
            Routes current = routes;
            if (current == null) {
                synchronized (this) {
                    current = routes;
                    if (current == null) {
                        current = Routes.of(getHandlerMethods().keySet());
                        routes = current;
                    }
                }
            }
            return current;
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            super.registerMapping(mapping, handler, method);
            forgetRoutes();
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            forgetRoutes();
        }

        private synchronized void forgetRoutes() {
            routes = null;
        }

        /** "/a/b/c" as {a, b, c}; null for the root, an empty segment, a trailing slash or anything else. */
        static String @Nullable [] segments(PathContainer path) {
            List<PathContainer.Element> elements = path.elements();
            if (elements.isEmpty() || elements.size() % 2 != 0) {
                return null;
            }
            String[] segments = new String[elements.size() / 2];
            for (int i = 0; i < elements.size(); i += 2) {
                if (!(elements.get(i) instanceof PathContainer.Separator)
                        || !(elements.get(i + 1) instanceof PathContainer.PathSegment segment)
                        || segment.valueToMatch().isEmpty()) {
                    return null;
                }
                segments[i / 2] = segment.valueToMatch();
            }
            return segments;
        }
    }

    /**
     * Every route in a tree of its patterns' segments: a literal segment is a branch of its own, a segment with a
     * variable one branch for any value. A path walks the branches its segments can take, so the routes it may
     * match are found in a few steps instead of testing all 400-odd (which took 7-10% of the application's CPU on
     * creating and listing contacts). Routes the tree cannot hold (no pattern, {@code **}, <code>{*rest}</code>) are
     * candidates for every path.
     */
    static final class Routes {

        private final Branch root = new Branch();
        private final List<RequestMappingInfo> always = new ArrayList<>();

        static Routes of(Collection<RequestMappingInfo> infos) {
            var routes = new Routes();
            for (RequestMappingInfo info : infos) {
                Shapes shapes = Shapes.of(info);
                if (shapes.patterns() == null) {
                    routes.always.add(info);
                } else {
                    for (String[] shape : shapes.patterns()) {
                        routes.root.add(shape, 0, info);
                    }
                }
            }
            return routes;
        }

        Set<RequestMappingInfo> candidates(String[] path) {
            Set<RequestMappingInfo> found = Collections.newSetFromMap(new IdentityHashMap<>());
            found.addAll(always);
            root.collect(path, 0, found);
            return found;
        }

        private static final class Branch {

            private final Map<String, Branch> literals = new HashMap<>();
            private @Nullable Branch variable;
            private final List<RequestMappingInfo> ending = new ArrayList<>();

            void add(String[] shape, int depth, RequestMappingInfo info) {
                if (depth == shape.length) {
                    ending.add(info);
                    return;
                }
                Branch next;
                if (shape[depth] == null) {
                    if (variable == null) {
                        variable = new Branch();
                    }
                    next = variable;
                } else {
                    next = literals.computeIfAbsent(shape[depth], segment -> new Branch());
                }
                next.add(shape, depth + 1, info);
            }

            void collect(String[] path, int depth, Set<RequestMappingInfo> found) {
                if (depth == path.length) {
                    found.addAll(ending);
                    return;
                }
                Branch literal = literals.get(path[depth]);
                if (literal != null) {
                    literal.collect(path, depth + 1, found);
                }
                if (variable != null) {
                    variable.collect(path, depth + 1, found);
                }
            }
        }
    }

    /**
     * The shapes of a route's patterns: for each, its literal segments (null where a segment holds a variable or a
     * wildcard within it). A route with a pattern that can span segments ({@code **}, <code>{*rest}</code>) or with
     * no pattern at all has no shapes and is always asked.
     */
    record Shapes(String @Nullable [] @Nullable [] patterns) {

        private static final Shapes ANY = new Shapes(null);

        static Shapes of(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return ANY;
            }
            List<String[]> patterns = new ArrayList<>();
            for (PathPattern pattern : condition.getPatterns()) {
                String[] shape = shape(pattern.getPatternString());
                if (shape == null) {
                    return ANY;
                }
                patterns.add(shape);
            }
            return new Shapes(patterns.toArray(String[][]::new));
        }

        /** The segments of a pattern, null standing for one non-literal segment; null if it is not that simple. */
        static String @Nullable [] shape(String pattern) {
            if (!pattern.startsWith("/")
                    || pattern.length() < 2
                    || pattern.endsWith("/")
                    || pattern.contains("**")
                    || pattern.contains("{*")
                    || pattern.contains("//")) {
                return null;
            }
            String[] segments = pattern.substring(1).split("/", -1);
            String[] shape = new String[segments.length];
            for (int i = 0; i < segments.length; i++) {
                shape[i] = segments[i].chars().allMatch(Shapes::plain) ? segments[i] : null;
            }
            return shape;
        }

        private static boolean plain(int c) {
            return (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~';
        }
    }
}
