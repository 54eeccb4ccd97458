package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * contacts and a fifth on creating one (issue 25). Here a route whose patterns cannot match the path, for a
 * different number of segments or a different literal segment, is turned down before those conditions are
 * asked; every other route is matched exactly as before, so the chosen handler, 404, 405 and 415 stay the same.
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

        /** The segments of the path being looked up, or null when it has a shape the shortcut leaves alone. */
        private static final ThreadLocal<String @Nullable []> PATH = new ThreadLocal<>();

        private final Map<RequestMappingInfo, Shapes> shapes = new ConcurrentHashMap<>();

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            PATH.set(
                    getPatternParser().isCaseSensitive() && ServletRequestPathUtils.hasParsedRequestPath(request)
                            ? segments(ServletRequestPathUtils.getParsedRequestPath(request)
                                    .pathWithinApplication())
                            : null);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                PATH.remove();
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String[] path = PATH.get();
            if (path != null && !shapes.computeIfAbsent(info, Shapes::of).mayMatch(path)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
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

        boolean mayMatch(String[] path) {
            if (patterns == null) {
                return true;
            }
            for (String[] pattern : patterns) {
                if (fits(pattern, path)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean fits(String[] pattern, String[] path) {
            if (pattern.length != path.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != null && !pattern[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
