package dev.tandem.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user by email, for remember-me log-ins. */
@Component
class TandemUserDetails implements UserDetailsService {

    private final Users users;

    TandemUserDetails(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.byEmail(email)
                .map(TandemUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
