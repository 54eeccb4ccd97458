package dev.tandem.endings;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.CalendarService;
import dev.tandem.rhythm.Meetup;
import dev.tandem.rhythm.MeetupService;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The coffee playbook's choice: checks a plan (a deferral's date and channel, a redirect's meetup), and carries it
 * out when the run finishes: a deferral pauses the cadence until its date; a redirect invites the partnership's
 * contact to the meetup (once). The redirect's message comes with the meetup's invitation as an {@code .ics} file.
 */
@Component
class Coffees {

    private final DeferralService deferrals;
    private final MeetupService meetups;
    private final CalendarService calendars;
    private final Clock clock;

    Coffees(DeferralService deferrals, MeetupService meetups, CalendarService calendars, Clock clock) {
        this.deferrals = deferrals;
        this.meetups = meetups;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The plan as kept, or 400 on the field that does not hold (a meetup of another workspace is unknown). */
    CoffeePlan check(WorkspaceContext context, CoffeePlan plan) {
        String channel = ContractTerms.blankToNull(plan.channel());
        return switch (plan.choice()) {
            case DEFER -> {
                DeferralService.check(plan.until(), channel, today());
                yield new CoffeePlan(plan.choice(), plan.until(), channel, null);
            }
            case REDIRECT -> {
                meetup(context, plan);
                yield new CoffeePlan(plan.choice(), null, channel, plan.meetupId());
            }
        };
    }

    /** 409 unless the run can finish: a plan chosen, a deferral still ahead, a redirected person to invite. */
    void requireReady(WorkspaceContext context, PlaybookRun run, PlaybookFacts facts) {
        CoffeePlan plan = run.plan();
        if (plan == null) {
            throw new Conflict("endings.coffee.noPlan");
        }
        if (plan.choice() == CoffeePlan.Choice.DEFER
                && (plan.until() == null || !plan.until().isAfter(today()))) {
            throw new Conflict("endings.coffee.pastDate");
        }
        if (plan.choice() == CoffeePlan.Choice.REDIRECT) {
            if (facts.contactId() == null) {
                throw new Conflict("endings.coffee.noContact");
            }
            meetup(context, plan);
        }
    }

    /** Carries the plan out; true when the partnership should go dormant (a redirect). */
    boolean carryOut(WorkspaceContext context, PlaybookRun run, PlaybookFacts facts) {
        CoffeePlan plan = run.plan();
        if (plan == null) {
            throw new Conflict("endings.coffee.noPlan");
        }
        if (plan.choice() == CoffeePlan.Choice.DEFER) {
            deferrals.defer(context, run.partnershipId(), plan.until(), run.notes(), plan.channel());
            return false;
        }
        Meetup meetup = meetup(context, plan);
        if (facts.contactId() != null && !meetups.invited(context, meetup.id(), facts.contactId())) {
            meetups.invite(context, meetup.id(), facts.contactId());
        }
        return true;
    }

    /** The plan's meetup with its next date from today, for the draft; null when the plan has none. */
    @Nullable
    Redirect redirect(WorkspaceContext context, @Nullable CoffeePlan plan) {
        if (plan == null || plan.choice() != CoffeePlan.Choice.REDIRECT || plan.meetupId() == null) {
            return null;
        }
        try {
            Meetup meetup = meetups.get(context, plan.meetupId());
            return new Redirect(meetup, meetups.next(context, meetup, today()));
        } catch (NotFound gone) {
            return null;
        }
    }

    /**
     * The invitation (.ics) to the meetup the plan redirects to, naming {@code contactId} among the attendees when
     * there is one; 404 when the plan redirects to no meetup (or it is gone).
     */
    String invitation(WorkspaceContext context, @Nullable CoffeePlan plan, @Nullable UUID contactId) {
        Redirect redirect = redirect(context, plan);
        if (redirect == null) {
            throw new NotFound("endings.draft.noInvitation");
        }
        UUID meetup = redirect.meetup().id();
        return contactId == null ? calendars.meetup(context, meetup) : calendars.meetup(context, meetup, contactId);
    }

    private Meetup meetup(WorkspaceContext context, CoffeePlan plan) {
        if (plan.meetupId() == null) {
            throw new InvalidInput("validation.required").on("meetupId");
        }
        try {
            return meetups.get(context, plan.meetupId());
        } catch (NotFound gone) {
            throw new InvalidInput("endings.coffee.unknownMeetup").on("meetupId");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A meetup a coffee is redirected to, and its next date (null when none is ahead). */
    record Redirect(Meetup meetup, Meetup.@Nullable Occurrence next) {}
}
