package dev.tandem.shared.web;

import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PreconditionFailed;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.TooLarge;
import dev.tandem.shared.TooManyAttempts;
import dev.tandem.shared.WrongCredentials;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** The HTTP status of each kind of {@link Refusal}: the one place where the domain's refusals meet HTTP. */
public final class Refusals {

    private static final Map<Class<? extends Refusal>, HttpStatus> STATUS = Map.ofEntries(
            Map.entry(PreconditionFailed.class, HttpStatus.PRECONDITION_FAILED),
            Map.entry(Conflict.class, HttpStatus.CONFLICT),
            Map.entry(InvalidInput.class, HttpStatus.BAD_REQUEST),
            Map.entry(NotFound.class, HttpStatus.NOT_FOUND),
            Map.entry(Forbidden.class, HttpStatus.FORBIDDEN),
            Map.entry(TooManyAttempts.class, HttpStatus.TOO_MANY_REQUESTS),
            Map.entry(TooLarge.class, HttpStatus.CONTENT_TOO_LARGE),
            Map.entry(WrongCredentials.class, HttpStatus.UNAUTHORIZED));

    private Refusals() {}

    public static HttpStatus status(Refusal refusal) {
        return STATUS.get(refusal.getClass());
    }

    /** What changed meanwhile, when the refusal is about a stale version (409 or 412); null otherwise. */
    public static @Nullable ChangedMeanwhile meanwhile(Refusal refusal) {
        if (refusal instanceof PreconditionFailed stale) {
            return stale.meanwhile();
        }
        return refusal instanceof Conflict conflict ? conflict.meanwhile() : null;
    }

    /**
     * The refusal as one line beside a list or after a redirect, where no form can show what changed: a stale version
     * says who changed it meanwhile and that nothing was done.
     */
    public static Said said(Refusal refusal) {
        var meanwhile = meanwhile(refusal);
        if (meanwhile == null) {
            return new Said(refusal.messageKey(), refusal.args());
        }
        return meanwhile.by() == null
                ? new Said("version.meanwhile.list", new Object[0])
                : new Said("version.meanwhile.listBy", new Object[] {meanwhile.by()});
    }

    /** A message key with its arguments. */
    public record Said(String key, Object[] args) {}
}
