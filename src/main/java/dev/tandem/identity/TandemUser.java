package dev.tandem.identity;

import dev.tandem.shared.UserId;
import java.io.Serial;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as kept in the session. Workspace roles are not here: they are checked per
 * request against the database, so a role change takes effect at once.
 */
public final class TandemUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final UUID id;
    private final String email;
    private final String displayName;
    private final String languageTag;
    private final String zone;
    private @Nullable String passwordHash;

    TandemUser(User user) {
        this.id = user.id().value();
        this.email = user.email();
        this.displayName = user.displayName();
        this.languageTag = user.locale().toLanguageTag();
        this.zone = user.timeZone().getId();
        this.passwordHash = user.passwordHash();
    }

    public UserId id() {
        return UserId.of(id);
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    public ZoneId timeZone() {
        return ZoneId.of(zone);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TandemUser that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
