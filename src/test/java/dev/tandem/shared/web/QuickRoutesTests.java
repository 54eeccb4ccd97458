package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.TandemTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The handler lookup's shortcut never turns down a route Spring would match: for a path made from every route's
 * pattern, with its variables taking a UUID or any literal segment other routes have at that place, every route
 * whose pattern matches the path is among the tree's candidates.
 */
@TandemTest
class QuickRoutesTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyRouteThatMatchesAPathIsACandidateForIt() {
        assertThat(mapping).isInstanceOf(QuickRoutes.Mapping.class);
        var quick = (QuickRoutes.Mapping) mapping;
        Set<RequestMappingInfo> routes = mapping.getHandlerMethods().keySet();
        Map<Integer, Set<String>> literalsAt = new HashMap<>();
        List<String[]> shapes = new ArrayList<>();
        for (RequestMappingInfo route : routes) {
            for (PathPattern pattern : patterns(route)) {
                String[] shape = QuickRoutes.Shapes.shape(pattern.getPatternString());
                if (shape != null) {
                    shapes.add(shape);
                    for (int i = 0; i < shape.length; i++) {
                        if (shape[i] != null) {
                            literalsAt.computeIfAbsent(i, at -> new TreeSet<>()).add(shape[i]);
                        }
                    }
                }
            }
        }
        Set<String> paths = new LinkedHashSet<>();
        for (String[] shape : shapes) {
            paths.add(path(shape, -1, ""));
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] == null) {
                    for (String literal : literalsAt.getOrDefault(i, Set.of())) {
                        paths.add(path(shape, i, literal));
                    }
                }
            }
        }

        int candidates = 0;
        for (String path : paths) {
            String[] segments = QuickRoutes.Mapping.segments(PathContainer.parsePath(path));
            assertThat(segments).as(path).isNotNull();
            Set<RequestMappingInfo> found = quick.routes().candidates(segments);
            candidates += found.size();
            for (RequestMappingInfo route : routes) {
                if (patterns(route).stream().anyMatch(p -> p.matches(PathContainer.parsePath(path)))) {
                    assertThat(found).as("%s for %s", route, path).contains(route);
                }
            }
        }
        assertThat(paths).hasSizeGreaterThan(routes.size());
        assertThat((double) candidates / paths.size())
                .as("candidates a path, of %d routes", routes.size())
                .isLessThan(routes.size() / 10.0);
    }

    private static Set<PathPattern> patterns(RequestMappingInfo route) {
        var condition = route.getPathPatternsCondition();
        return condition == null ? Set.of() : condition.getPatterns();
    }

    /** The shape as a path: its variables a UUID, except the one at {@code at}, which is {@code value}. */
    private static String path(String[] shape, int at, String value) {
        var path = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            path.append('/')
                    .append(i == at ? value : shape[i] == null ? "0193a1c2-7b3d-7e4f-8a5b-6c7d8e9f0a1b" : shape[i]);
        }
        return path.toString();
    }
}
