package dev.tandem.feedback;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Languages;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TandemProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous retrospectives, unlinkable by design (ADR 0012): a retrospective hands out anonymous single-use links;
 * an answer is written with nothing that leads back to its link or its respondent, and results show only the count
 * until the threshold is reached, then only aggregates in random order.
 */
@Service
public class RetroService {

    /** A retrospective just started, with its links: the only time they can be read. */
    public record Started(Retro retro, List<String> links) {}

    /**
     * What a retrospective shows: always how many answered; the rest only from the threshold on, each list shuffled.
     */
    public record Results(
            Retro retro,
            int answers,
            boolean visible,
            @Nullable Double growing,
            List<Integer> growingDistribution,
            List<String> wentWell,
            List<String> toImprove) {}

    /**
     * What an anonymous link opens: its retrospective, and either the partnership's name (it takes an answer) or why
     * it no longer does.
     */
    public record Opened(
            Retro retro, String partnershipName, @Nullable Outcome gone) {}

    /** What an anonymous link does: the answer is in, or the link is used or expired. */
    public enum Outcome {
        ANSWERED,
        USED,
        EXPIRED
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TEXT_LENGTH = 2000;

    private final RetroStore store;
    private final PartnershipService partnerships;
    private final PartnershipFacts facts;
    private final TandemProperties properties;
    private final Clock clock;

    RetroService(
            RetroStore store,
            PartnershipService partnerships,
            PartnershipFacts facts,
            TandemProperties properties,
            Clock clock) {
        this.store = store;
        this.partnerships = partnerships;
        this.facts = facts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Started start(WorkspaceContext context, UUID partnershipId, Retro.Setup setup) {
        partnerships.require(context, partnershipId);
        String name = setup.title().strip();
        if (name.isEmpty() || name.length() > Round.TITLE_LENGTH) {
            throw new InvalidInput("validation.size.max", Round.TITLE_LENGTH).on("title");
        }
        int minimum = setup.threshold() == null ? Retro.MIN_THRESHOLD : setup.threshold();
        if (minimum < Retro.MIN_THRESHOLD || minimum > Retro.MAX_LINKS) {
            throw new InvalidInput("feedback.retro.threshold", Retro.MIN_THRESHOLD).on("threshold");
        }
        int links = setup.links() == null ? Retro.DEFAULT_LINKS : setup.links();
        if (links < 1 || links > Retro.MAX_LINKS) {
            throw new InvalidInput("feedback.retro.linksRange", Retro.MAX_LINKS).on("links");
        }
        int valid = setup.days() == null ? Round.DEFAULT_DAYS : setup.days();
        if (valid < 1 || valid > Round.MAX_DAYS) {
            throw new InvalidInput("feedback.round.daysRange", 1, Round.MAX_DAYS).on("days");
        }
        String language = null;
        if (setup.language() != null && !setup.language().isBlank()) {
            Locale locale = Languages.match(setup.language());
            if (locale == null) {
                throw new InvalidInput("feedback.retro.language").on("language");
            }
            language = locale.getLanguage();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var retro = new Retro(
                UUID.randomUUID(),
                partnershipId,
                name,
                minimum,
                context.userId(),
                now,
                now.plus(Duration.ofDays(valid)),
                language,
                question(setup.wentWellQuestion(), "wentWellQuestion"),
                question(setup.toImproveQuestion(), "toImproveQuestion"));
        store.insert(context.workspaceId(), retro);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < links; i++) {
            String token = LinkTokens.generate();
            store.insertLink(context.workspaceId(), retro.id(), LinkTokens.hash(token));
            urls.add(properties.url("/retro/" + retro.id() + "/" + token));
        }
        return new Started(retro, urls);
    }

    public List<Retro> of(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return store.of(context.workspaceId(), partnershipId);
    }

    public Results results(WorkspaceContext context, UUID id) {
        Retro retro = store.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("feedback.retro.notFound"));
        var answers = store.answers(context.workspaceId(), id);
        if (answers.size() < Math.max(Retro.MIN_THRESHOLD, retro.threshold())) {
            return new Results(retro, answers.size(), false, null, List.of(), List.of(), List.of());
        }
        List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        var growing = answers.stream()
                .map(RetroAnswer::growing)
                .filter(Objects::nonNull)
                .toList();
        growing.forEach(g -> distribution.set(g - 1, distribution.get(g - 1) + 1));
        return new Results(
                retro,
                answers.size(),
                true,
                growing.isEmpty()
                        ? null
                        : growing.stream().mapToInt(Integer::intValue).average().orElse(0),
                distribution,
                shuffled(answers.stream()
                        .map(RetroAnswer::wentWell)
                        .filter(Objects::nonNull)
                        .toList()),
                shuffled(answers.stream()
                        .map(RetroAnswer::toImprove)
                        .filter(Objects::nonNull)
                        .toList()));
    }

    /**
     * What an anonymous link opens, read only: the retrospective and its partnership's name while the link takes an
     * answer, else why not. An unknown link (or one of another retrospective) is 404.
     */
    public Opened open(UUID retroId, String token) {
        if (token.length() > 100) {
            throw new NotFound("feedback.link.unknown");
        }
        String hash = LinkTokens.hash(token);
        var workspace = store.workspace(retroId, hash).orElseThrow(() -> new NotFound("feedback.link.unknown"));
        Retro retro = store.find(workspace, retroId).orElseThrow(() -> new NotFound("feedback.link.unknown"));
        if (store.unused(retroId, hash).isEmpty()) {
            return new Opened(retro, "", Outcome.USED);
        }
        if (!retro.open(clock.instant())) {
            return new Opened(retro, "", Outcome.EXPIRED);
        }
        String partnership = facts.find(workspace, retro.partnershipId())
                .map(Partnership::name)
                .orElseThrow(() -> new NotFound("feedback.link.unknown"));
        return new Opened(retro, partnership, null);
    }

    /**
     * Answers through an anonymous link: the link is marked used, and the answer written with a random id and its
     * week only. An unknown link (or one of another retrospective) is 404; a used or expired one writes nothing.
     */
    @Transactional
    public Outcome answer(
            UUID retroId,
            String token,
            @Nullable Integer growing,
            @Nullable String wentWell,
            @Nullable String toImprove) {
        String hash = LinkTokens.hash(token);
        var workspace = store.unused(retroId, hash);
        if (workspace.isEmpty()) {
            if (store.exists(retroId, hash)) {
                return Outcome.USED;
            }
            throw new NotFound("feedback.link.unknown");
        }
        Retro retro = store.find(workspace.get(), retroId).orElseThrow(() -> new NotFound("feedback.link.unknown"));
        Instant now = clock.instant();
        if (!now.isBefore(retro.expiresAt())) {
            return Outcome.EXPIRED;
        }
        if (growing != null && (growing < 1 || growing > 5)) {
            throw new InvalidInput("feedback.retro.growingRange").on("growing");
        }
        String well = text(wentWell, "wentWell");
        String improve = text(toImprove, "toImprove");
        if (!store.use(workspace.get(), retroId, hash)) {
            return Outcome.USED;
        }
        LocalDate week =
                LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        store.insert(workspace.get(), new RetroAnswer(UUID.randomUUID(), retroId, week, growing, well, improve));
        return Outcome.ANSWERED;
    }

    private static @Nullable String text(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new InvalidInput("validation.size.max", TEXT_LENGTH).on(field);
        }
        return text.strip();
    }

    private static @Nullable String question(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > Retro.QUESTION_LENGTH) {
            throw new InvalidInput("validation.size.max", Retro.QUESTION_LENGTH).on(field);
        }
        return text.strip();
    }

    private static <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, RANDOM);
        return copy;
    }
}
