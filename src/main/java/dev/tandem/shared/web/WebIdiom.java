package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the shared web idiom: {@link Htmx} for pages and {@link IfMatch} for API writes as handler parameters. */
@Configuration(proxyBeanMethods = false)
class WebIdiom implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(resolver(Htmx.class, Htmx::of));
        // Several If-Match lines read as one list, as a @RequestHeader String would: not one of our tags, so 412.
        resolvers.add(resolver(IfMatch.class, request -> {
            var lines = request.getHeaders(HttpHeaders.IF_MATCH);
            return IfMatch.of(lines.hasMoreElements() ? String.join(",", Collections.list(lines)) : null);
        }));
    }

    private static <T> HandlerMethodArgumentResolver resolver(Class<T> type, Function<HttpServletRequest, T> resolve) {
        return new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == type;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return resolve.apply(request.getNativeRequest(HttpServletRequest.class));
            }
        };
    }
}
