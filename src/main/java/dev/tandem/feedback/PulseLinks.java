package dev.tandem.feedback;

import dev.tandem.feedback.PulseStore.Found;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.shared.Ids;
import dev.tandem.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse links as respondents meet them, without an account: a link is its round's id and a secret token. A token
 * answers only its own round, once, while the round is open; a used, expired or closed link writes nothing.
 */
@Service
public class PulseLinks {

    /** What a link opens: the questions, or why it no longer takes an answer. */
    public sealed interface Opened {}

    public record Open(Questionnaire questionnaire) implements Opened {}

    /** Used, expired or closed: nothing more is written through it. */
    public record Gone(Reason reason, Locale locale) implements Opened {}

    public enum Reason {
        ANSWERED,
        EXPIRED,
        CLOSED
    }

    private final PulseStore store;
    private final PartnershipFacts partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PulseLinks(PulseStore store, PartnershipFacts partnerships, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    /** The questions of a link, or why it is gone; an unknown link (or one of another round) is 404. */
    public Opened open(UUID roundId, String token) {
        Found found = find(roundId, token);
        Round round = store.round(found.workspace(), roundId).orElseThrow(PulseLinks::unknown);
        var r = found.recipient();
        Locale locale = Locale.forLanguageTag(r.language());
        Instant now = clock.instant();
        if (r.answeredAt() != null) {
            return new Gone(Reason.ANSWERED, locale);
        }
        if (!round.open(now)) {
            return new Gone(round.status(now) == Round.Status.CLOSED ? Reason.CLOSED : Reason.EXPIRED, locale);
        }
        String partnership = partnerships
                .find(found.workspace(), r.partnershipId())
                .map(Partnership::name)
                .orElseThrow(PulseLinks::unknown);
        return new Open(new Questionnaire(
                roundId,
                r.name(),
                partnership,
                locale,
                round.openQuestion1(),
                round.openQuestion2(),
                round.expiresAt()));
    }

    /**
     * Records an answer through a link. Checked first (400 names the field), then the link is used in the same
     * statement that checks it was not (so two racing answers write one): a link that is gone answers its reason
     * and nothing is written.
     */
    @Transactional
    public Opened answer(UUID roundId, String token, PulseAnswer.Given given) {
        var opened = open(roundId, token);
        if (!(opened instanceof Open open)) {
            return opened;
        }
        var checked = given.checked();
        Found found = find(roundId, token);
        var r = found.recipient();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!store.use(found.workspace(), r.id(), now)) {
            return new Gone(Reason.ANSWERED, open.questionnaire().locale());
        }
        store.insert(
                found.workspace(),
                new PulseAnswer(
                        Ids.next(),
                        roundId,
                        r.id(),
                        r.partnershipId(),
                        checked.satisfaction(),
                        checked.continueLikelihood(),
                        checked.answer1(),
                        checked.answer2(),
                        now));
        events.publishEvent(new PulseAnswered(
                found.workspace(),
                r.partnershipId(),
                roundId,
                r.name(),
                checked.satisfaction(),
                r.kind() == RecipientKind.CONTACT ? r.personId() : null,
                now));
        return opened;
    }

    private Found find(UUID roundId, String token) {
        if (token.length() > 100) {
            throw unknown();
        }
        return store.byToken(roundId, LinkTokens.hash(token)).orElseThrow(PulseLinks::unknown);
    }

    private static NotFound unknown() {
        return new NotFound("feedback.link.unknown");
    }
}
