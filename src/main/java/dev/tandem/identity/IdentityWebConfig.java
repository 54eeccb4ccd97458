package dev.tandem.identity;

import dev.tandem.shared.TandemProperties;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfig implements WebMvcConfigurer {

    private final WorkspaceAccess workspaceAccess;
    private final LayoutModel layoutModel;

    IdentityWebConfig(WorkspaceAccess workspaceAccess, LayoutModel layoutModel) {
        this.workspaceAccess = workspaceAccess;
        this.layoutModel = layoutModel;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(workspaceAccess).addPathPatterns(WorkspaceAccess.PATHS);
        registry.addInterceptor(layoutModel).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(workspaceAccess);
    }

    /** First of all filters, so that every later one sees the client's address, scheme and host. */
    @Bean
    FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(TandemProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new TrustedProxyFilter(properties.security().trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }
}
