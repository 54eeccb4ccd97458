package dev.tandem.feedback;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories of a partnership as members and guests meet them. Members read them all and tell theirs INTERNAL or SHARED
 * (INTERNAL unless they say otherwise); a guest reads only the SHARED ones of their own partnership and tells theirs
 * from the partner view, always SHARED and from their side. Only whoever wrote a story changes it; its author or an
 * admin deletes it.
 */
@Service
public class StoryService {

    /**
     * A story as a form or a request gives it: unchecked text, checked by {@link #checked(Visibility)}.
     *
     * @param prompt a {@link StoryPrompt} name, or blank for none
     * @param visibility INTERNAL or SHARED, or blank for the default
     */
    public record Telling(
            @Nullable String prompt,
            @Nullable String body,
            @Nullable String visibility) {

        /** Whether nothing was written (the story is optional where it comes with a pulse answer). */
        public boolean blank() {
            return body == null || body.isBlank();
        }

        Checked checked(Visibility fallback) {
            String text = body == null ? "" : body.strip();
            if (text.isEmpty()) {
                throw new InvalidInput("validation.required").on("body");
            }
            if (text.length() > Story.MAX_LENGTH) {
                throw new InvalidInput("feedback.story.tooLong", Story.MAX_LENGTH).on("body");
            }
            return new Checked(prompt(prompt), text, visibility(visibility, fallback));
        }

        private static @Nullable StoryPrompt prompt(@Nullable String prompt) {
            if (prompt == null || prompt.isBlank()) {
                return null;
            }
            try {
                return StoryPrompt.valueOf(prompt.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("feedback.story.promptUnknown").on("prompt");
            }
        }

        private static Visibility visibility(@Nullable String visibility, Visibility fallback) {
            if (visibility == null || visibility.isBlank()) {
                return fallback;
            }
            try {
                return Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("feedback.story.visibilityUnknown").on("visibility");
            }
        }
    }

    record Checked(@Nullable StoryPrompt prompt, String body, Visibility visibility) {}

    private final StoryStore store;
    private final PartnershipFacts partnerships;
    private final ConcurrentChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StoryService(
            StoryStore store,
            PartnershipFacts partnerships,
            ConcurrentChanges changes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.partnerships = partnerships;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** A partnership's stories, newest first (at most 200): all of them for a member, the SHARED ones for a guest. */
    public List<Story> of(WorkspaceContext context, UUID partnershipId) {
        require(context, partnershipId);
        return store.of(context.workspaceId(), partnershipId, context.isGuest());
    }

    /** One story, as the caller may see it (404 otherwise). */
    public Story get(WorkspaceContext context, UUID partnershipId, UUID storyId) {
        require(context, partnershipId);
        return store.find(context.workspaceId(), partnershipId, storyId)
                .filter(s -> !context.isGuest() || s.visibility() == Visibility.SHARED)
                .orElseThrow(() -> new NotFound("feedback.story.notFound"));
    }

    /** Tells a story: a member's from our side, a guest's from theirs and always SHARED. */
    @Transactional
    public Story tell(WorkspaceContext context, UUID partnershipId, Telling telling) {
        require(context, partnershipId);
        boolean guest = context.isGuest();
        if (!guest && !context.canWrite()) {
            throw new Forbidden("problem.forbidden.viewer");
        }
        var checked = telling.checked(guest ? Visibility.SHARED : Visibility.INTERNAL);
        Instant now = now();
        var story = new Story(
                Ids.next(),
                partnershipId,
                checked.prompt(),
                checked.body(),
                guest ? Visibility.SHARED : checked.visibility(),
                guest ? Side.THEIRS : Side.OURS,
                guest ? StorySource.GUEST : StorySource.MEMBER,
                context.userId().value(),
                context.userName(),
                null,
                now,
                now,
                0);
        store.insert(context.workspaceId(), story);
        events.publishEvent(new StoryRecorded(
                context.workspaceId(),
                partnershipId,
                story.id(),
                context.userName(),
                story.prompt(),
                story.visibility(),
                guest ? null : context.actor(),
                null,
                now));
        return story;
    }

    /**
     * Changes one's own story if it still has the version {@code basedOn} (null: the one read now); someone else's
     * is 403. A blank visibility keeps the story's.
     */
    @Transactional
    public Story change(
            WorkspaceContext context, UUID partnershipId, UUID storyId, @Nullable BasedOn basedOn, Telling telling) {
        Story story = get(context, partnershipId, storyId);
        if (!own(context, story)) {
            throw new Forbidden("feedback.story.notYours");
        }
        var checked = telling.checked(story.visibility());
        var based = basedOn == null ? BasedOn.read(story.version()) : basedOn;
        if (based.version() != story.version()
                || !store.update(
                        context.workspaceId(),
                        partnershipId,
                        storyId,
                        checked.prompt(),
                        checked.body(),
                        checked.visibility(),
                        now(),
                        based.version())) {
            throw stale(context, partnershipId, storyId, based);
        }
        return get(context, partnershipId, storyId);
    }

    /** Deletes a story: its author, or an admin cleaning up; anyone else is 403. */
    @Transactional
    public void delete(WorkspaceContext context, UUID partnershipId, UUID storyId, @Nullable BasedOn basedOn) {
        Story story = get(context, partnershipId, storyId);
        if (!own(context, story) && !context.isAdmin()) {
            throw new Forbidden("feedback.story.notYours");
        }
        var based = basedOn == null ? BasedOn.read(story.version()) : basedOn;
        if (based.version() != story.version()
                || !store.delete(context.workspaceId(), partnershipId, storyId, based.version())) {
            throw stale(context, partnershipId, storyId, based);
        }
    }

    /** Whether the caller wrote this story (a story told through a link is nobody's). */
    public static boolean own(WorkspaceContext context, Story story) {
        return context.userId().value().equals(story.authorId());
    }

    /** A story told through a pulse link, by the respondent of {@code recipient}: from their side, unedited. */
    Story tellThroughLink(WorkspaceId workspace, Recipient recipient, Checked checked, Instant now) {
        var story = new Story(
                Ids.next(),
                recipient.partnershipId(),
                checked.prompt(),
                checked.body(),
                checked.visibility(),
                recipient.kind() == RecipientKind.MEMBER ? Side.OURS : Side.THEIRS,
                StorySource.LINK,
                null,
                recipient.name(),
                recipient.roundId(),
                now,
                now,
                0);
        store.insert(workspace, story);
        events.publishEvent(new StoryRecorded(
                workspace,
                recipient.partnershipId(),
                story.id(),
                recipient.name(),
                story.prompt(),
                story.visibility(),
                null,
                recipient.kind() == RecipientKind.CONTACT ? recipient.personId() : null,
                now));
        return story;
    }

    private RuntimeException stale(WorkspaceContext context, UUID partnershipId, UUID storyId, BasedOn based) {
        var now = store.find(context.workspaceId(), partnershipId, storyId);
        if (now.isEmpty()) {
            return new NotFound("feedback.story.notFound");
        }
        return changes.stale(
                context, based, now.get().version(), null, now.get().updatedAt(), List.of());
    }

    private void require(WorkspaceContext context, UUID partnershipId) {
        context.requirePartnership(partnershipId);
        if (partnerships.find(context.workspaceId(), partnershipId).isEmpty()) {
            throw new NotFound("problem.notFound");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
