package dev.tandem.demo;

import dev.tandem.demo.DemoCast.Person;
import dev.tandem.demo.DemoStories.Story;
import dev.tandem.demo.DemoStories.Touch;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipNotes;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one story as it happened: the partnership is created on the day of its first trace, then its interactions,
 * stage moves, meetings, commitments and goals follow on their own days ({@link Replay}); the notes are today's.
 */
@Component
class DemoStoryWriter {

    /** Who and what the story refers to: the cast by person key, the organisations by key. */
    record Cast(Map<String, Person> people, Map<String, UUID> contacts, Map<String, UUID> organizations) {}

    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final PartnershipNotes notes;
    private final DemoRhythmWriter rhythm;
    private final DemoGoalWriter goals;
    private final DemoGivingWriter giving;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoStoryWriter(
            PartnershipService partnerships,
            PartnershipParticipants participants,
            PartnershipNotes notes,
            DemoRhythmWriter rhythm,
            DemoGoalWriter goals,
            DemoGivingWriter giving,
            ApplicationEventPublisher events,
            Clock clock) {
        this.giving = giving;
        this.partnerships = partnerships;
        this.participants = participants;
        this.notes = notes;
        this.rhythm = rhythm;
        this.goals = goals;
        this.events = events;
        this.clock = clock;
    }

    void write(WorkspaceContext context, Story story, Cast cast, DemoWords words) {
        Replay replay = new Replay(clock.instant());
        @Nullable UUID org = story.org() == null ? null : cast.organizations().get(story.org());
        UUID[] id = new UUID[1];
        replay.then(replay.at(since(story, replay), 7), () -> {
            id[0] = partnerships
                    .create(
                            context,
                            new PartnershipDetails(
                                    words.say(story.name()),
                                    story.kind(),
                                    context.userId(),
                                    org,
                                    cast.contacts().get(story.contact()),
                                    words.say(story.purpose()),
                                    words.say(story.values()),
                                    story.cadence(),
                                    story.visibility()),
                            Stage.EXPLORING)
                    .partnership()
                    .id();
            var theirValues = DemoVoices.THEIR_VALUES.get(story.name());
            if (theirValues != null) {
                partnerships.stateValues(context, id[0], Side.THEIRS, null, words.say(theirValues));
            }
            Sides sides = sides(context, id[0], story, cast, words);
            for (Touch touch : story.history()) {
                String person = touch.person() == null ? story.contact() : touch.person();
                replay.then(
                        at(replay, touch.daysAgo()),
                        () -> publish(
                                context,
                                id[0],
                                org,
                                cast.contacts().get(person),
                                cast.people().get(person).displayName(),
                                words.say(touch.topic()),
                                touch,
                                replay));
            }
            story.moves()
                    .forEach(move -> replay.then(
                            replay.at(move.daysAgo(), 12),
                            () -> partnerships.moveStage(context, id[0], move.to(), words.say(move.reason()))));
            var meetings = DemoRhythm.BY_STORY.get(story.contact());
            if (meetings != null) {
                rhythm.plan(
                        context,
                        replay,
                        sides,
                        meetings,
                        words,
                        ZoneId.of(cast.people().get(story.contact()).timeZone()));
            }
            var goalsOfStory = DemoGoals.BY_STORY.get(story.contact());
            if (goalsOfStory != null) {
                goals.plan(context, replay, sides, goalsOfStory, words);
            }
            giving.plan(context, replay, sides, story.contact(), words);
        });
        replay.run();
        story.internalNotes().forEach(body -> notes.add(context, id[0], words.say(body), Visibility.INTERNAL));
        story.sharedNotes().forEach(body -> notes.add(context, id[0], words.say(body), Visibility.SHARED));
    }

    /** How many days ago the story began: its oldest interaction, meeting, stage move or goal. */
    private static int since(Story story, Replay replay) {
        var rhythmOf = DemoRhythm.BY_STORY.get(story.contact());
        var goalsOf = DemoGoals.BY_STORY.get(story.contact());
        return Stream.of(
                        story.history().stream().mapToInt(Touch::daysAgo),
                        story.moves().stream().mapToInt(DemoStories.Move::daysAgo),
                        rhythmOf == null
                                ? IntStream.empty()
                                : rhythmOf.meetings().stream().mapToInt(m -> replay.workday(m.daysAgo())),
                        goalsOf == null
                                ? IntStream.empty()
                                : goalsOf.shared().stream().mapToInt(DemoGoals.Shared::setDaysAgo))
                .flatMapToInt(s -> s)
                .max()
                .orElse(0);
    }

    private Sides sides(WorkspaceContext context, UUID id, Story story, Cast cast, DemoWords words) {
        UUID ours = participants
                .add(context, id, Side.OURS, context.userId().value(), words.say(story.ourRole()))
                .participant()
                .id();
        Map<String, UUID> theirs = new HashMap<>();
        Map<String, UUID> contacts = new HashMap<>();
        for (DemoStories.Theirs t : story.theirs()) {
            UUID contact = cast.contacts().get(t.person());
            theirs.put(
                    t.person(),
                    participants
                            .add(context, id, Side.THEIRS, contact, words.say(t.role()))
                            .participant()
                            .id());
            contacts.put(t.person(), contact);
        }
        return new Sides(id, ours, Map.copyOf(theirs), Map.copyOf(contacts));
    }

    private void publish(
            WorkspaceContext context,
            UUID partnership,
            @Nullable UUID org,
            UUID contact,
            String name,
            String topic,
            Touch touch,
            Replay replay) {
        events.publishEvent(new InteractionReplayed(
                context.workspaceId(),
                partnership,
                contact,
                org,
                touch.type(),
                name,
                topic,
                context.actor(),
                at(replay, touch.daysAgo())));
    }

    /** A working hour (UTC) of the day {@code daysAgo} before today, varied but fixed for each day. */
    private static Instant at(Replay replay, int daysAgo) {
        return replay.date(daysAgo)
                .atTime(LocalTime.of(9 + daysAgo % 7, daysAgo % 2 == 0 ? 0 : 30))
                .toInstant(ZoneOffset.UTC);
    }
}
