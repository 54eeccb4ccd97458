package dev.tandem.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the static files under their own addresses only (spring.web.resources.add-mappings=false turns off Boot's
 * catch-all /**). Pages rewrite every link they build through the resource chain (for the webjars' versions), and
 * with the catch-all every link to a page was first looked up as a file in each static location, a miss that is
 * not remembered: most of a page's rendering time (bench/README.md, "Pulse results").
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        // a wildcard, so that the chain's matcher finds the file (an exact pattern leaves it an empty path to look up)
        registry.addResourceHandler("/favicon.*")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
