package dev.tandem.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Tandem's own settings, {@code tandem.*}; each is described in the README's configuration table. */
@ConfigurationProperties("tandem")
public record TandemProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue Signup signup,
        @DefaultValue MailSettings mail,
        @DefaultValue Security security,
        @DefaultValue Api api,
        @DefaultValue Management management) {

    public record Signup(@DefaultValue("true") boolean enabled) {}

    public record MailSettings(
            @DefaultValue("tandem@localhost") String from) {}

    public record Security(
            @DefaultValue LoginThrottle loginThrottle,
            @DefaultValue("30") int rememberMeDays,
            @DefaultValue("1h") Duration passwordResetValidity,
            @DefaultValue("7d") Duration invitationValidity,
            @DefaultValue("30d") Duration apiLoginTokenValidity,
            @DefaultValue("") String rememberMeKey,
            @DefaultValue List<String> trustedProxies) {}

    public record LoginThrottle(
            @DefaultValue("5") int maxFailuresPerAccountAndAddress,
            @DefaultValue("50") int maxFailuresPerAccount,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration maxDelay) {}

    /** {@code metricsToken}: the bearer token {@code /actuator/prometheus} asks for; blank keeps it closed. */
    public record Management(@DefaultValue("") String metricsToken) {}

    /**
     * {@code tokenCacheTtl}: how long a node answers an API token from memory before reading it again; what another
     * node changes (a revocation, a removed member) takes this long to reach it. Zero reads every request.
     */
    public record Api(
            @DefaultValue("1MB") DataSize maxBodySize,
            @DefaultValue("1s") Duration tokenCacheTtl) {}

    /** The absolute address of a path, for links sent by mail (no request to learn the address from). */
    public String url(String path) {
        return url(path, "http://localhost:8080");
    }

    /** The absolute address of a path: on the configured base URL, else on {@code requestBase}, the address asked. */
    public String url(String path, String requestBase) {
        return (baseUrl.isBlank() ? requestBase : baseUrl).replaceAll("/+$", "") + path;
    }
}
