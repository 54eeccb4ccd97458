package dev.tandem.identity;

import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Problems;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Two doors: the API ({@code /api/**}) takes bearer tokens and keeps no session; the web UI uses a
 * form log-in with a session kept in the database, CSRF protection and remember-me.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 3600)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {
        "/login",
        "/login/throttled",
        "/signup",
        "/forgot-password",
        "/reset-password",
        "/verify-email",
        "/invitations/*",
        "/calendar/*.ics",
        "/unsubscribe/**",
        "/pulse/*/*",
        "/retro/*/*",
        "/language",
        "/css/**",
        "/js/**",
        "/images/**",
        "/webjars/**",
        "/favicon.ico",
        "/favicon.svg",
        "/error",
        "/v3/api-docs/**",
        "/api-docs/**",
        "/swagger-ui/**"
    };

    /**
     * Spring Security's observations are off (management.observations.enable.spring.security), so its filters are
     * not wrapped in observation decorators either: one wrapper less per filter and request.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, Problems problems, TandemProperties properties)
            throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/api/v1/auth/**",
                                "/api/v1/pulse/*/*",
                                "/api/v1/retro/*/*",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers(MetricsToken.PATH)
                        .access(new MetricsToken(properties.management().metricsToken()))
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // No request wrapper for the servlet API's security methods: the API reads its user from the context.
                .servletApi(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(
                                    request, response, problems.of(HttpStatus.UNAUTHORIZED, "problem.unauthorized"));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                request, response, problems.of(HttpStatus.FORBIDDEN, "problem.forbidden.detail"))))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            PersistentTokenBasedRememberMeServices rememberMe,
            LoginFailureHandler loginFailure,
            LoginService logins,
            SignInProviders providers,
            OidcAccounts accounts)
            throws Exception {
        // Only these ways in: no fallback to a provider Spring would build from the user details.
        List<AuthenticationProvider> ways = new ArrayList<>(
                List.of(new PasswordLogin(logins), new RememberMeAuthenticationProvider(rememberMe.getKey())));
        if (providers.any()) {
            var oidc = new OidcLogin(providers.repository(), accounts, logins);
            ways.add(oidc.provider());
            http.oauth2Login(oidc::configure);
        }
        AuthenticationManager manager = new ProviderManager(ways);
        return http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // a mail client's one-click unsubscribe (RFC 8058) posts without a form of ours, so without a token
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/**"))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .failureHandler(loginFailure)
                        .defaultSuccessUrl("/", false))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("TANDEM_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginFirst()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    /** Pages send the browser to the log-in form; an htmx request is told to load it as a whole page. */
    private static AuthenticationEntryPoint loginFirst() {
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (Htmx.of(request).isRequest()) {
                response.setHeader("HX-Redirect", "/login");
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else {
                loginPage.commence(request, response, e);
            }
        };
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(
            TandemProperties properties, DataSource dataSource, TandemUserDetails users) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        String key = properties.security().rememberMeKey().isBlank()
                ? randomKey()
                : properties.security().rememberMeKey();
        var services = new PersistentTokenBasedRememberMeServices(key, users, tokens);
        services.setCookieName("TANDEM_REMEMBER_ME");
        services.setParameter("remember-me");
        services.setTokenValiditySeconds(properties.security().rememberMeDays() * 24 * 3600);
        return services;
    }

    /**
     * The browser's session is for pages. API and actuator requests carry a token or nothing, and their chain keeps
     * no session, so they skip the session's request and response wrappers (and its cookie look-ups on every call of
     * Spring MVC's handler lookup): the session filter is registered through {@link #pageSessions} only.
     */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
            SessionRepositoryFilter<?> sessions) {
        var registration = new FilterRegistrationBean<SessionRepositoryFilter<?>>(sessions);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> pageSessions(SessionRepositoryFilter<?> sessions) {
        Filter pagesOnly = (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && tokenDoor(http)) {
                chain.doFilter(request, response);
            } else {
                sessions.doFilter(request, response, chain);
            }
        };
        var registration = new FilterRegistrationBean<>(pagesOnly);
        registration.setName("pageSessions");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    /** The paths of the API chain ({@link #api}), whose requests keep no session. */
    static boolean tokenDoor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.equals("/api")
                || path.startsWith("/actuator/")
                || path.equals("/actuator");
    }

    @Bean
    CookieSerializer cookieSerializer() {
        var cookies = new DefaultCookieSerializer();
        cookies.setCookieName("TANDEM_SESSION");
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
        cookies.setCookiePath("/");
        return cookies;
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
