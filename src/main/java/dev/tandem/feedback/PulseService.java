package dev.tandem.feedback;

import dev.tandem.contacts.ContactService;
import dev.tandem.feedback.PulseResults.Comment;
import dev.tandem.feedback.PulseResults.PartnershipResults;
import dev.tandem.feedback.PulseResults.TrendPoint;
import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.GuestInvitation;
import dev.tandem.identity.GuestService;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Languages;
import dev.tandem.shared.Mail;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse surveys as members see them: the workspace's template, sending a round to chosen people of one or many
 * partnerships, its results, closing it early, and a partnership's trend over rounds.
 */
@Service
public class PulseService {

    /** A round to send: its title, how many days its links work, and who gets one for which partnership. */
    public record NewRound(String title, @Nullable Integer days, List<Pick> people) {

        public NewRound {
            people = List.copyOf(people);
        }
    }

    /** One person chosen for one partnership. */
    public record Pick(UUID partnershipId, RecipientKind kind, UUID personId) {}

    /**
     * A round just sent, with each link: the only moment the secret exists outside the mail.
     *
     * @param links every recipient's link; for a mail that went out, the API leaves it out
     */
    public record Sent(Round round, List<Link> links) {}

    /** Serializable: it is shown once, after the redirect, through the session's flash attributes. */
    public record Link(Recipient recipient, String url) implements Serializable {}

    private static final int MAX_ROUNDS_LISTED = 200;

    private final PulseStore store;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final PartnershipPortfolio portfolio;
    private final ContactService contacts;
    private final WorkspaceService workspaces;
    private final GuestService guests;
    private final ConcurrentChanges changes;
    private final Mail mail;
    private final MessageSource messages;
    private final TandemProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PulseService(
            PulseStore store,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            PartnershipPortfolio portfolio,
            ContactService contacts,
            WorkspaceService workspaces,
            GuestService guests,
            ConcurrentChanges changes,
            Mail mail,
            MessageSource messages,
            TandemProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.partnerships = partnerships;
        this.participants = participants;
        this.portfolio = portfolio;
        this.contacts = contacts;
        this.workspaces = workspaces;
        this.guests = guests;
        this.changes = changes;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public PulseTemplate template(WorkspaceContext context) {
        return store.template(context.workspaceId()).orElseGet(PulseTemplate::defaults);
    }

    /** Replaces the open questions if the template still has the version {@code basedOn} (null: the one read now). */
    @Transactional
    public PulseTemplate saveTemplate(
            WorkspaceContext context,
            @Nullable BasedOn basedOn,
            @Nullable String question1,
            @Nullable String question2) {
        String q1 = PulseTemplate.question(question1, "openQuestion1");
        String q2 = PulseTemplate.question(question2, "openQuestion2");
        var current = template(context);
        var based = basedOn == null ? BasedOn.read(current.version()) : basedOn;
        Instant now = now();
        boolean written;
        if (current.version() == 0 && based.version() == 0) {
            store.insertTemplate(context.workspaceId(), q1, q2, now);
            written = true;
        } else {
            written = based.version() == current.version()
                    && store.updateTemplate(context.workspaceId(), q1, q2, now, based.version());
        }
        if (!written) {
            throw changes.stale(context, based, current.version(), null, current.updatedAt(), List.of());
        }
        return template(context);
    }

    /** Who a round about these partnerships can go to, partnership by partnership. */
    public List<Candidate> candidates(WorkspaceContext context, Collection<UUID> partnershipIds) {
        String fallback = language(LocaleContextHolder.getLocale());
        List<Candidate> all = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(partnershipIds)) {
            Partnership p = partnerships.require(context, id);
            var people = participants.ofKnown(context, id);
            var members = workspaces.members(
                    context,
                    people.stream()
                            .filter(v -> v.participant().side() == Side.OURS)
                            .map(v -> UserId.of(v.participant().personId()))
                            .toList());
            for (var v : people) {
                UUID person = v.participant().personId();
                if (v.participant().side() == Side.THEIRS) {
                    var contact = contacts.get(context, person);
                    Locale preferred = Languages.match(contact.preferredLanguage());
                    all.add(new Candidate(
                            id,
                            p.name(),
                            RecipientKind.CONTACT,
                            person,
                            contact.displayName(),
                            contact.primaryEmail(),
                            preferred != null ? language(preferred) : fallback));
                } else {
                    Member member = members.get(UserId.of(person));
                    if (member != null) {
                        all.add(new Candidate(
                                id,
                                p.name(),
                                RecipientKind.MEMBER,
                                person,
                                member.displayName(),
                                member.email(),
                                fallback));
                    }
                }
            }
            for (GuestInvitation g : guests.invitations(context, id)) {
                if (g.status() == GuestInvitation.Status.ACCEPTED) {
                    all.add(new Candidate(
                            id,
                            p.name(),
                            RecipientKind.GUEST,
                            g.id(),
                            g.guestName() != null ? g.guestName() : g.email(),
                            g.email(),
                            fallback));
                }
            }
        }
        return all;
    }

    /**
     * Sends a round: a new single-use link for each person chosen, mailed in their language when SMTP is configured.
     * Everyone chosen must be a candidate of their partnership (400 on {@code people} otherwise).
     */
    @Transactional
    public Sent send(WorkspaceContext context, NewRound request) {
        String title = request.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInput("validation.required").on("title");
        }
        if (title.length() > Round.TITLE_LENGTH) {
            throw new InvalidInput("validation.size.max", Round.TITLE_LENGTH).on("title");
        }
        int days = request.days() == null ? Round.DEFAULT_DAYS : request.days();
        if (days < 1 || days > Round.MAX_DAYS) {
            throw new InvalidInput("feedback.round.daysRange", 1, Round.MAX_DAYS).on("days");
        }
        var picks = new LinkedHashSet<>(request.people());
        if (picks.isEmpty()) {
            throw new InvalidInput("feedback.round.nobody").on("people");
        }
        if (picks.size() > Round.MAX_PEOPLE) {
            throw new InvalidInput("feedback.round.tooMany", Round.MAX_PEOPLE).on("people");
        }
        Map<String, Candidate> known = candidates(
                        context,
                        picks.stream().map(Pick::partnershipId).collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream()
                .collect(Collectors.toMap(Candidate::key, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<Candidate> chosen = new ArrayList<>();
        for (Pick pick : picks) {
            Candidate c = known.get(pick.partnershipId() + ":" + pick.kind() + ":" + pick.personId());
            if (c == null) {
                throw new InvalidInput("feedback.round.notCandidate").on("people");
            }
            chosen.add(c);
        }
        return dispatch(context, title, days, chosen, null);
    }

    /**
     * Sends a scheduled round to the people chosen for a partnership who are still among its candidates (the others
     * are left out); null when none is.
     */
    @Nullable
    Sent sendScheduled(WorkspaceContext context, UUID partnershipId, String title, List<Pick> people, int remindDays) {
        Map<String, Candidate> known = candidates(context, List.of(partnershipId)).stream()
                .collect(Collectors.toMap(Candidate::key, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<Candidate> chosen = people.stream()
                .map(pick -> known.get(pick.partnershipId() + ":" + pick.kind() + ":" + pick.personId()))
                .filter(c -> c != null)
                .toList();
        if (chosen.isEmpty()) {
            return null;
        }
        return dispatch(context, title, Round.DEFAULT_DAYS, chosen, Duration.ofDays(remindDays));
    }

    private Sent dispatch(
            WorkspaceContext context, String title, int days, List<Candidate> chosen, @Nullable Duration remindAfter) {
        var template = template(context);
        Instant now = now();
        var round = new Round(
                Ids.next(),
                title,
                template.openQuestion1(),
                template.openQuestion2(),
                context.userId(),
                now,
                now.plus(Duration.ofDays(days)),
                null,
                0);
        store.insert(context.workspaceId(), round);
        if (remindAfter != null) {
            store.remindAt(context.workspaceId(), round.id(), now.plus(remindAfter));
        }
        List<Link> links = new ArrayList<>();
        for (Candidate c : chosen) {
            String token = LinkTokens.generate();
            String url = properties.url("/pulse/" + round.id() + "/" + token);
            var recipient = new Recipient(
                    Ids.next(),
                    round.id(),
                    c.partnershipId(),
                    c.kind(),
                    c.personId(),
                    c.name(),
                    c.email(),
                    c.language(),
                    Recipient.NO_EMAIL,
                    null);
            store.insert(context.workspaceId(), recipient, LinkTokens.hash(token));
            links.add(new Link(recipient, url));
        }
        events.publishEvent(new PulseRoundSent(
                context.workspaceId(),
                round.id(),
                title,
                chosen.stream().map(Candidate::partnershipId).distinct().toList(),
                context.actor(),
                now));
        List<Link> delivered = new ArrayList<>();
        for (Link link : links) {
            delivered.add(deliver(context, round, link));
        }
        return new Sent(round, delivered);
    }

    private Link deliver(WorkspaceContext context, Round round, Link link) {
        return deliver(context, round, link, "feedback.mail");
    }

    /** Mails a link with the subject and body under {@code key} ("feedback.mail", "feedback.reminder"). */
    private Link deliver(WorkspaceContext context, Round round, Link link, String key) {
        var r = link.recipient();
        if (r.email() == null) {
            return link;
        }
        Locale locale = Locale.forLanguageTag(r.language());
        String partnership = partnerships.require(context, r.partnershipId()).name();
        var delivery = mail.send(
                r.email(),
                messages.getMessage(key + ".subject", new Object[] {partnership}, locale),
                messages.getMessage(
                        key + ".body",
                        new Object[] {r.name(), context.userName(), partnership, link.url(), days(round)},
                        locale));
        String status = Recipient.delivery(delivery);
        store.delivered(context.workspaceId(), r.id(), status);
        return new Link(
                new Recipient(
                        r.id(),
                        r.roundId(),
                        r.partnershipId(),
                        r.kind(),
                        r.personId(),
                        r.name(),
                        r.email(),
                        r.language(),
                        status,
                        null),
                link.url());
    }

    /**
     * Sends a round's one reminder to those who have not answered yet, if it is still open: each gets a new link
     * (only hashes are kept, so the first one cannot be sent again), which replaces their first one. Answers how many
     * were reminded.
     */
    int remind(WorkspaceContext context, UUID roundId) {
        Round round = round(context, roundId);
        if (!round.open(now())) {
            return 0;
        }
        int reminded = 0;
        for (Recipient r : store.recipients(context.workspaceId(), roundId)) {
            if (r.answeredAt() != null) {
                continue;
            }
            String token = LinkTokens.generate();
            if (!store.replaceToken(context.workspaceId(), r.id(), LinkTokens.hash(token))) {
                continue;
            }
            deliver(
                    context,
                    round,
                    new Link(r, properties.url("/pulse/" + round.id() + "/" + token)),
                    "feedback.reminder");
            reminded++;
        }
        return reminded;
    }

    String partnershipName(WorkspaceContext context, UUID partnershipId) {
        return partnerships.require(context, partnershipId).name();
    }

    private long days(Round round) {
        return Duration.between(round.openedAt(), round.expiresAt()).toDays();
    }

    /** The workspace's rounds, latest first. */
    public List<Round> rounds(WorkspaceContext context) {
        return store.rounds(context.workspaceId(), MAX_ROUNDS_LISTED);
    }

    public Round round(WorkspaceContext context, UUID id) {
        return store.round(context.workspaceId(), id).orElseThrow(() -> new NotFound("feedback.round.notFound"));
    }

    /**
     * A round's results per partnership, in the order of the partnerships' names: three queries whatever the number
     * of recipients, answers and partnerships (its recipients, its answers, the partnerships' names).
     */
    public PulseResults results(WorkspaceContext context, UUID id) {
        Round round = round(context, id);
        var recipients = store.recipients(context.workspaceId(), id);
        var answers = store.answers(context.workspaceId(), id);
        Map<UUID, List<Recipient>> byPartnership = recipients.stream()
                .collect(Collectors.groupingBy(Recipient::partnershipId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<PulseAnswer>> answersByPartnership =
                answers.stream().collect(Collectors.groupingBy(PulseAnswer::partnershipId));
        Map<UUID, Recipient> byId = recipients.stream().collect(Collectors.toMap(Recipient::id, r -> r));
        Map<UUID, String> names = portfolio.names(context, byPartnership.keySet());
        List<PartnershipResults> results = new ArrayList<>();
        for (var entry : byPartnership.entrySet()) {
            var mine = answersByPartnership.getOrDefault(entry.getKey(), List.of());
            String name = names.getOrDefault(entry.getKey(), "");
            results.add(results(entry.getKey(), name, entry.getValue(), mine, byId));
        }
        results.sort((a, b) -> a.partnershipName().compareToIgnoreCase(b.partnershipName()));
        return new PulseResults(round, round.status(now()), results);
    }

    private static PartnershipResults results(
            UUID partnershipId,
            String name,
            List<Recipient> recipients,
            List<PulseAnswer> answers,
            Map<UUID, Recipient> byId) {
        List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        for (var a : answers) {
            distribution.set(a.satisfaction() - 1, distribution.get(a.satisfaction() - 1) + 1);
        }
        var comments = answers.stream()
                .filter(a -> a.answer1() != null || a.answer2() != null)
                .map(a -> new Comment(
                        byId.containsKey(a.recipientId())
                                ? byId.get(a.recipientId()).name()
                                : "",
                        a.answer1(),
                        a.answer2(),
                        a.answeredAt()))
                .toList();
        return new PartnershipResults(
                partnershipId,
                name,
                recipients,
                answers.size(),
                PulseResults.average(
                        answers.stream().map(PulseAnswer::satisfaction).toList()),
                PulseResults.average(answers.stream()
                        .map(PulseAnswer::continueLikelihood)
                        .filter(c -> c != null)
                        .map(c -> (int) c)
                        .toList()),
                distribution,
                comments);
    }

    /** Closes a round before it expires: its links stop taking answers. A closed or expired round is 409. */
    @Transactional
    public Round close(WorkspaceContext context, UUID id, @Nullable BasedOn basedOn) {
        Round round = round(context, id);
        if (!round.open(now())) {
            throw new Conflict("feedback.round.notOpen");
        }
        var based = basedOn == null ? BasedOn.read(round.version()) : basedOn;
        if (based.version() != round.version() || !store.close(context.workspaceId(), id, now(), based.version())) {
            throw changes.stale(context, based, round(context, id).version(), null, null, List.of());
        }
        return round(context, id);
    }

    /** A partnership's rounds, oldest first, each with its answers' average. */
    public List<TrendPoint> trend(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        List<TrendPoint> points = new ArrayList<>();
        for (Round round : store.roundsOf(context.workspaceId(), partnershipId)) {
            var recipients = store.recipients(context.workspaceId(), round.id()).stream()
                    .filter(r -> r.partnershipId().equals(partnershipId))
                    .toList();
            var ratings = store.answers(context.workspaceId(), round.id()).stream()
                    .filter(a -> a.partnershipId().equals(partnershipId))
                    .map(PulseAnswer::satisfaction)
                    .toList();
            points.add(new TrendPoint(
                    round.id(),
                    round.title(),
                    round.openedAt(),
                    recipients.size(),
                    ratings.size(),
                    PulseResults.average(ratings)));
        }
        return points;
    }

    /** The latest comments of a partnership's rounds, newest first. */
    public List<Comment> comments(WorkspaceContext context, UUID partnershipId, int limit) {
        partnerships.require(context, partnershipId);
        List<Comment> all = new ArrayList<>();
        for (Round round : store.roundsOf(context.workspaceId(), partnershipId)) {
            var recipients = store.recipients(context.workspaceId(), round.id()).stream()
                    .filter(r -> r.partnershipId().equals(partnershipId))
                    .toList();
            var answers = store.answers(context.workspaceId(), round.id()).stream()
                    .filter(a -> a.partnershipId().equals(partnershipId))
                    .toList();
            all.addAll(results(
                            partnershipId,
                            "",
                            recipients,
                            answers,
                            recipients.stream().collect(Collectors.toMap(Recipient::id, r -> r)))
                    .comments());
        }
        all.sort((a, b) -> b.answeredAt().compareTo(a.answeredAt()));
        return all.stream().limit(limit).toList();
    }

    private static String language(Locale locale) {
        Locale supported = Languages.match(locale.getLanguage());
        return (supported != null ? supported : Locale.ENGLISH).getLanguage();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
