package dev.tandem.identity;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who an OpenID Connect provider says signed in: its issuer and subject, and the claims Tandem uses. */
record OidcIdentity(
        String issuer,
        String subject,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String name,
        @Nullable Locale locale) {}
