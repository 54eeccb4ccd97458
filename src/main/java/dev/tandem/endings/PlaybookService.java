package dev.tandem.endings;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipView;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Mail;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbook runs: start one from a partnership (an ending winds it down at once), record each step's checklist and
 * notes, read the facts and the message draft in a language, send the draft, and finish: the partnership moves to
 * the playbook's outcome with the reason, through the partnerships module, and the run goes on the timeline.
 */
@Service
public class PlaybookService {

    public static final int DEFAULT_RECONNECT_MONTHS = 6;
    /** How often a former mentee is asked for a progress update, unless the user says otherwise. */
    public static final int DEFAULT_FOLLOW_UP_MONTHS = 3;

    public static final int MAX_INTRODUCTIONS = 10;
    public static final int MAX_MONTHS = 36;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 3000;

    private final PlaybookRuns runs;
    private final FollowUps followUps;
    private final Introductions introductions;
    private final IntroductionSuggestions suggestions;
    private final Coffees coffees;
    private final FactsGatherer facts;
    private final DraftWriter drafts;
    private final PartnershipService partnerships;
    private final PartnershipPortfolio portfolio;
    private final ConcurrentChanges changes;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Mail mail;
    private final Clock clock;

    PlaybookService(
            PlaybookRuns runs,
            FollowUps followUps,
            Introductions introductions,
            IntroductionSuggestions suggestions,
            Coffees coffees,
            FactsGatherer facts,
            DraftWriter drafts,
            PartnershipService partnerships,
            PartnershipPortfolio portfolio,
            ConcurrentChanges changes,
            ApplicationEventPublisher events,
            MessageSource messages,
            Mail mail,
            Clock clock) {
        this.runs = runs;
        this.followUps = followUps;
        this.introductions = introductions;
        this.suggestions = suggestions;
        this.coffees = coffees;
        this.facts = facts;
        this.drafts = drafts;
        this.partnerships = partnerships;
        this.portfolio = portfolio;
        this.changes = changes;
        this.events = events;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
    }

    /** Starts a run; an active partnership that the playbook ends is wound down now, with the playbook as reason. */
    @Transactional
    public PlaybookRun start(WorkspaceContext context, UUID partnershipId, Playbook playbook) {
        var partnership = partnerships.require(context, partnershipId);
        if (runs.hasOpen(context.workspaceId(), partnershipId)) {
            throw new Conflict("endings.run.alreadyOpen");
        }
        if (!playbook.windsDown() && !partnership.stage().isActive()) {
            throw new Conflict("endings.coffee.stage", partnership.stage().label());
        }
        if (playbook.windsDown()
                && !partnership.stage().canMoveTo(Stage.WINDING_DOWN)
                && partnership.stage() != Stage.WINDING_DOWN) {
            throw new Conflict("endings.run.stage", partnership.stage().label());
        }
        Instant now = now();
        var run = PlaybookRun.start(partnershipId, playbook, Ids.next(), now, context.userId());
        runs.insert(context.workspaceId(), run);
        if (playbook.windsDown() && partnership.stage().isActive()) {
            partnerships.moveStage(
                    context,
                    partnershipId,
                    Stage.WINDING_DOWN,
                    messages.getMessage("endings.playbook." + playbook.name(), null, LocaleContextHolder.getLocale()));
        }
        events.publishEvent(
                new PlaybookStarted(context.workspaceId(), partnershipId, run.id(), playbook, context.actor(), now));
        return run;
    }

    /**
     * Starts the coffee playbook from a contact: on the one active partnership they are the counterpart of (or take
     * part in); 400 for another playbook, 409 when they have none or several (start it from the partnership then).
     */
    @Transactional
    public PlaybookRun startForContact(WorkspaceContext context, UUID contactId, Playbook playbook) {
        if (playbook != Playbook.COFFEE) {
            throw new InvalidInput("endings.coffee.fromContact").on("playbook");
        }
        var active = coffeePartnerships(context, contactId).stream()
                .filter(p -> p.partnership().stage().isActive())
                .toList();
        if (active.size() != 1) {
            throw new Conflict(active.isEmpty() ? "endings.coffee.noPartnership" : "endings.coffee.manyPartnerships");
        }
        return start(context, active.get(0).partnership().id(), playbook);
    }

    /** The partnerships of a contact, A to Z (a contact of another workspace is 404). */
    public List<PartnershipView> coffeePartnerships(WorkspaceContext context, UUID contactId) {
        return portfolio
                .ofContact(context, contactId, new PageRequest(PlaybookRuns.MAX_PER_PARTNERSHIP, null))
                .items();
    }

    /** Records a step's ticked items and notes, if the run still has the version {@code basedOn}. */
    @Transactional
    public PlaybookRun record(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            int step,
            Set<String> ticked,
            @Nullable String notes) {
        return record(context, id, basedOn, step, ticked, notes, null, null);
    }

    /**
     * Records a step as above; at the introductions step, {@code introduce} (contacts' and members' ids, in order)
     * replaces the people chosen to be introduced (null keeps them). Anyone else, or at another step: 400. At a
     * coffee's first step, {@code plan} is the choice made (defer until a date, or redirect to a meetup).
     */
    @Transactional
    public PlaybookRun record(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            int step,
            Set<String> ticked,
            @Nullable String notes,
            @Nullable List<UUID> introduce,
            @Nullable CoffeePlan plan) {
        PlaybookRun before = get(context, id);
        var after = before.record(step, ticked, notes, now(), context.userId());
        if (plan != null) {
            if (!Playbook.Step.CHOOSE.equals(before.playbook().steps().get(step).key())) {
                throw new InvalidInput("endings.coffee.step").on("choice");
            }
            after = after.planned(coffees.check(context, plan));
        }
        List<Introduction> chosen = null;
        if (introduce != null) {
            if (!before.playbook().steps().get(step).introductions()) {
                throw new InvalidInput("endings.introductions.step").on("introductions");
            }
            if (introduce.size() > MAX_INTRODUCTIONS) {
                throw new InvalidInput("endings.introductions.many", MAX_INTRODUCTIONS).on("introductions");
            }
            chosen = suggestions.chosen(context, facts(context, before).contactId(), introduce);
        }
        var saved = save(context, before, basedOn, after);
        if (chosen != null) {
            introductions.replace(context.workspaceId(), id, chosen);
        }
        return saved;
    }

    /** The people the run's mentee could be introduced to, most in common first. */
    public List<Introduction> suggestions(WorkspaceContext context, PlaybookRun run) {
        return suggestions.of(context, facts(context, run).contactId());
    }

    /** The people chosen to be introduced, in order. */
    public List<Introduction> introductions(WorkspaceContext context, PlaybookRun run) {
        return introductions.of(context.workspaceId(), run.id());
    }

    /**
     * Finishes the run: the partnership moves to the playbook's outcome with {@code reason}; after a sunset, a
     * reminder to reconnect comes up on the member's week in {@code reconnectMonths} months.
     */
    @Transactional
    public PlaybookRun finish(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            String reason,
            @Nullable Integer reconnectMonths) {
        return finish(context, id, basedOn, reason, reconnectMonths, null);
    }

    /**
     * Finishes the run as above; after a mentee's playbook, a "progress update" reminder comes up every
     * {@code followUpMonths} months (default 3), on My week and in the calendar feed.
     */
    @Transactional
    public PlaybookRun finish(
            WorkspaceContext context,
            UUID id,
            @Nullable BasedOn basedOn,
            String reason,
            @Nullable Integer reconnectMonths,
            @Nullable Integer followUpMonths) {
        PlaybookRun before = get(context, id);
        int months = reconnectMonths == null ? DEFAULT_RECONNECT_MONTHS : reconnectMonths;
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidInput("endings.run.months", MAX_MONTHS).on("reconnectMonths");
        }
        int every = followUpMonths == null ? DEFAULT_FOLLOW_UP_MONTHS : followUpMonths;
        if (every < 1 || every > MAX_MONTHS) {
            throw new InvalidInput("endings.run.months", MAX_MONTHS).on("followUpMonths");
        }
        boolean coffee = before.playbook() == Playbook.COFFEE;
        @Nullable PlaybookFacts known = coffee ? facts(context, before) : null;
        if (known != null) {
            coffees.requireReady(context, before, known);
        }
        Instant now = now();
        var after = save(context, before, basedOn, before.finish(reason, now, context.userId()));
        var partnership = partnerships.require(context, before.partnershipId());
        boolean move = known != null ? coffees.carryOut(context, after, known) : true;
        if (move && partnership.stage() != before.playbook().outcome()) {
            partnerships.moveStage(
                    context, before.partnershipId(), before.playbook().outcome(), after.reason());
        }
        if (before.playbook() == Playbook.SUNSET) {
            followUps.insert(
                    context.workspaceId(),
                    Ids.next(),
                    before.partnershipId(),
                    context.userId(),
                    FollowUps.RECONNECT,
                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(months),
                    null,
                    now);
        }
        if (before.playbook() == Playbook.MENTEE) {
            followUps.insert(
                    context.workspaceId(),
                    Ids.next(),
                    before.partnershipId(),
                    context.userId(),
                    FollowUps.PROGRESS_UPDATE,
                    LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(every),
                    every,
                    now);
        }
        events.publishEvent(new PlaybookFinished(
                context.workspaceId(),
                before.partnershipId(),
                id,
                before.playbook(),
                after.reason(),
                context.actor(),
                now));
        return after;
    }

    public PlaybookRun get(WorkspaceContext context, UUID id) {
        return runs.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("endings.run.notFound"));
    }

    /** A partnership's runs, latest first. */
    public List<PlaybookRun> of(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return runs.of(context.workspaceId(), partnershipId);
    }

    public PlaybookFacts facts(WorkspaceContext context, PlaybookRun run) {
        return facts.of(context, run.partnershipId());
    }

    /** The run's message in {@code language} (null: the contact's language; one Tandem does not write: English). */
    public Draft draft(WorkspaceContext context, PlaybookRun run, @Nullable String language) {
        var known = facts(context, run);
        return drafts.write(
                run.playbook(),
                known,
                run,
                introductions.of(context.workspaceId(), run.id()),
                coffees.redirect(context, run.plan()),
                language == null ? known.language() : language);
    }

    /**
     * The meetup's invitation (iCalendar text) that goes with a redirected coffee's message, naming the contact among
     * the attendees; 404 when the run redirects to no meetup.
     */
    public String invitation(WorkspaceContext context, UUID id) {
        PlaybookRun run = get(context, id);
        return coffees.invitation(context, run.plan(), facts(context, run).contactId());
    }

    /**
     * Sends the (edited) message to the partnership's contact through the configured mail server, with a copy on
     * the timeline; 409 when the contact has no address or no mail server is configured.
     */
    @Transactional
    public Mail.Delivery send(WorkspaceContext context, UUID id, String subject, String body) {
        PlaybookRun run = get(context, id);
        if (subject.isBlank() || subject.length() > SUBJECT_LENGTH) {
            throw new InvalidInput("endings.draft.subjectLength", SUBJECT_LENGTH).on("subject");
        }
        if (body.isBlank() || body.length() > BODY_LENGTH) {
            throw new InvalidInput("endings.draft.bodyLength", BODY_LENGTH).on("body");
        }
        String to = facts(context, run).email();
        if (to == null) {
            throw new Conflict("endings.draft.noAddress");
        }
        var delivery = mail.send(to, subject.strip(), body.strip());
        if (delivery != Mail.Delivery.SENT) {
            throw new Conflict("endings.draft.notSent");
        }
        events.publishEvent(new DraftSent(
                context.workspaceId(),
                run.partnershipId(),
                id,
                run.playbook(),
                to,
                subject.strip(),
                body.strip(),
                context.actor(),
                now()));
        return delivery;
    }

    private PlaybookRun save(
            WorkspaceContext context, PlaybookRun before, @Nullable BasedOn basedOn, PlaybookRun wanted) {
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var after = new PlaybookRun(
                wanted.id(),
                wanted.partnershipId(),
                wanted.playbook(),
                wanted.step(),
                wanted.checked(),
                wanted.notes(),
                wanted.why(),
                wanted.plan(),
                wanted.finished(),
                wanted.reason(),
                wanted.startedAt(),
                wanted.finishedAt(),
                wanted.updatedAt(),
                based.version() + 1,
                wanted.updatedBy());
        if (based.version() != before.version() || !runs.update(context.workspaceId(), after, based.version())) {
            PlaybookRun current = get(context, before.id());
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current, wanted));
        }
        return after;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
