package dev.tandem.identity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers people can sign in with, as configured under
 * {@code spring.security.oauth2.client.registration.*} (none by default): one button each on the log-in page.
 */
@Component
public class SignInProviders {

    /** A provider's registration id (in its sign-in address) and the name on its button. */
    public record Provider(String id, String name) {}

    private final List<Provider> providers;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration client) {
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    public boolean any() {
        return !providers.isEmpty();
    }

    /** The message key explaining why a sign-in through a provider was refused, from the log-in page's address. */
    public static @Nullable String refusal(@Nullable String code) {
        return code == null ? null : OidcLogin.REFUSALS.contains(code) ? code : OidcLogin.FAILED;
    }

    ClientRegistrationRepository repository() {
        return registrations.getObject();
    }
}
