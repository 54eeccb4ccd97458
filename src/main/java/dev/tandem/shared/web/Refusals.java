package dev.tandem.shared.web;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TooLarge;
import dev.tandem.shared.TooManyAttempts;
import dev.tandem.shared.WrongCredentials;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of {@link Refusal}: the one place where the domain's refusals meet HTTP. */
public final class Refusals {

    private static final Map<Class<? extends Refusal>, HttpStatus> STATUS = Map.of(
            InvalidInput.class, HttpStatus.BAD_REQUEST,
            NotFound.class, HttpStatus.NOT_FOUND,
            Conflict.class, HttpStatus.CONFLICT,
            Forbidden.class, HttpStatus.FORBIDDEN,
            TooManyAttempts.class, HttpStatus.TOO_MANY_REQUESTS,
            TooLarge.class, HttpStatus.CONTENT_TOO_LARGE,
            WrongCredentials.class, HttpStatus.UNAUTHORIZED);

    private Refusals() {
    }

    public static HttpStatus status(Refusal refusal) {
        return STATUS.get(refusal.getClass());
    }
}
