package dev.tandem.space;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's shared space: posts and their replies, written by members (our side) and by the partnership's
 * guests (their side). Guests see and answer only shared posts. Each author edits and deletes their own; an admin
 * may delete any member's or guest's post. Every write takes the workspace's next space counter value, wakes the
 * live streams of every node once it commits, and the notable ones go on the partnership's timeline.
 */
@Service
public class SpaceService {

    private final Posts posts;
    private final SpaceFiles files;
    private final Sequences sequences;
    private final DatabaseSignals signals;
    private final PartnershipService partnerships;
    private final ApplicationEventPublisher events;
    private final ConcurrentChanges changes;
    private final Clock clock;

    SpaceService(
            Posts posts,
            SpaceFiles files,
            Sequences sequences,
            DatabaseSignals signals,
            PartnershipService partnerships,
            ApplicationEventPublisher events,
            ConcurrentChanges changes,
            Clock clock) {
        this.posts = posts;
        this.files = files;
        this.sequences = sequences;
        this.signals = signals;
        this.partnerships = partnerships;
        this.events = events;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Post publish(WorkspaceContext context, UUID partnershipId, NewPost draft) {
        partnerships.require(context, partnershipId);
        if (draft.kind() == PostKind.REPLY || draft.kind() == PostKind.KUDOS) {
            throw new InvalidInput("space.problem.kind").on("kind");
        }
        var checked = Post.checked(draft.kind(), draft.body(), draft.linkUrl(), draft.linkTitle(), false);
        Post post =
                insert(context, partnershipId, null, draft.kind(), checked, visibility(context, draft.visibility()));
        published(context, post);
        return post;
    }

    /** A reply to a post; a reply to a reply joins its thread (threads are one level deep). */
    @Transactional
    public Post reply(WorkspaceContext context, UUID partnershipId, UUID postId, String body) {
        Post parent = get(context, partnershipId, postId);
        if (parent.parentId() != null) {
            parent = get(context, partnershipId, parent.parentId());
        }
        if (parent.deleted()) {
            throw new InvalidInput("space.problem.deleted");
        }
        var checked = Post.checked(PostKind.REPLY, body, null, null, false);
        return insert(context, partnershipId, parent.id(), PostKind.REPLY, checked, parent.visibility());
    }

    /** The author's change, over the version it is {@code basedOn} (null: the current one). */
    @Transactional
    public Post edit(
            WorkspaceContext context, UUID partnershipId, UUID postId, @Nullable BasedOn basedOn, PostChange change) {
        Post before = get(context, partnershipId, postId);
        if (!before.writtenBy(context.userId())) {
            throw new Forbidden("space.problem.notYours");
        }
        Visibility visibility = before.isReply() || change.visibility() == null
                ? before.visibility()
                : visibility(context, change.visibility());
        Post after = before.edit(
                Objects.requireNonNullElse(change.body(), before.body()),
                change.linkUrl() != null ? change.linkUrl() : before.linkUrl(),
                change.linkTitle() != null ? change.linkTitle() : before.linkTitle(),
                visibility);
        return write(context, before, basedOn, after);
    }

    /** Marks a question answered by one of its replies: the question's author or a member may. */
    @Transactional
    public Post answer(
            WorkspaceContext context, UUID partnershipId, UUID questionId, @Nullable BasedOn basedOn, UUID replyId) {
        Post question = get(context, partnershipId, questionId);
        if (context.isGuest() && !question.writtenBy(context.userId())) {
            throw new Forbidden("space.problem.notYours");
        }
        Post reply = posts.find(context.workspaceId(), replyId)
                .filter(r -> questionId.equals(r.parentId()))
                .orElseThrow(() -> new InvalidInput("space.problem.notAReply").on("answerId"));
        Post answered = write(context, question, basedOn, question.answeredBy(reply));
        events.publishEvent(new QuestionAnswered(
                context.workspaceId(),
                partnershipId,
                questionId,
                replyId,
                reply.side(),
                question.visibility(),
                SpaceEvent.excerpt(question.body()),
                context.actor(),
                now()));
        return answered;
    }

    /** Deletes a post, leaving a trace that says so; its file goes, its replies stay. */
    @Transactional
    public Post delete(WorkspaceContext context, UUID partnershipId, UUID postId, @Nullable BasedOn basedOn) {
        Post before = get(context, partnershipId, postId);
        boolean admin = !context.isGuest() && context.isAdmin();
        if (!before.writtenBy(context.userId()) && !admin) {
            throw new Forbidden("space.problem.notYours");
        }
        if (before.deleted()) {
            return before;
        }
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        long seq = sequences.next(context.workspaceId());
        if (based.version() != before.version()
                || !posts.delete(context.workspaceId(), postId, based.version(), seq, now())) {
            throw stale(context, based, partnershipId, postId, before);
        }
        files.deleteOf(context.workspaceId(), postId);
        signals.written(context.workspaceId());
        return get(context, partnershipId, postId);
    }

    /** A page of a partnership's threads, newest first, each with all its replies. */
    public Page<PostThread> threads(WorkspaceContext context, UUID partnershipId, PageRequest page) {
        partnerships.require(context, partnershipId);
        var rows = Page.of(posts.feed(context.workspaceId(), partnershipId, context.isGuest(), page), page, Post::id);
        var replies = posts
                .replies(
                        context.workspaceId(),
                        rows.items().stream().map(Post::id).toList())
                .stream()
                .collect(Collectors.groupingBy(r -> Objects.requireNonNull(r.parentId())));
        return rows.map(p -> new PostThread(p, replies.getOrDefault(p.id(), List.of())));
    }

    public Page<Post> replies(WorkspaceContext context, UUID partnershipId, UUID postId, PageRequest page) {
        get(context, partnershipId, postId);
        return Page.of(posts.replies(context.workspaceId(), postId, page), page, Post::id);
    }

    /** A post or reply of the partnership's space that the caller may see (404 otherwise, also for a guest and an
     * internal post). */
    public Post get(WorkspaceContext context, UUID partnershipId, UUID postId) {
        return posts.find(context.workspaceId(), postId)
                .filter(p -> p.partnershipId().equals(partnershipId))
                .filter(p -> !context.isGuest() || p.visibility() == Visibility.SHARED)
                .orElseThrow(() -> new NotFound("space.problem.notFound"));
    }

    /** A new post or reply in the caller's name and side, under the workspace's next counter value. */
    Post insert(
            WorkspaceContext context,
            UUID partnershipId,
            @Nullable UUID parentId,
            PostKind kind,
            Post.Draft draft,
            Visibility visibility) {
        long seq = sequences.next(context.workspaceId());
        Side side = context.isGuest() ? Side.THEIRS : Side.OURS;
        Post post = new Post(
                Ids.next(),
                partnershipId,
                parentId,
                kind,
                draft.body(),
                draft.linkUrl(),
                draft.linkTitle(),
                null,
                visibility,
                context.userId(),
                context.userName(),
                side,
                null,
                now(),
                seq,
                seq,
                0,
                null,
                null);
        posts.insert(context.workspaceId(), post);
        signals.written(context.workspaceId());
        return post;
    }

    void published(WorkspaceContext context, Post post) {
        var ws = context.workspaceId();
        if (post.kind() == PostKind.RESOURCE) {
            String what = post.file() != null
                    ? post.file().name()
                    : Objects.requireNonNullElse(post.linkTitle(), Objects.requireNonNull(post.linkUrl()));
            events.publishEvent(new ResourceShared(
                    ws,
                    post.partnershipId(),
                    post.id(),
                    post.side(),
                    post.visibility(),
                    SpaceEvent.excerpt(what),
                    post.file() != null,
                    context.actor(),
                    post.createdAt()));
        } else {
            events.publishEvent(new PostPublished(
                    ws,
                    post.partnershipId(),
                    post.id(),
                    post.kind(),
                    post.side(),
                    post.visibility(),
                    SpaceEvent.excerpt(post.body()),
                    context.actor(),
                    post.createdAt()));
        }
    }

    /** Writes {@code after} over {@code before}'s version {@code basedOn}; a version gone meanwhile is refused. */
    private Post write(WorkspaceContext context, Post before, @Nullable BasedOn basedOn, Post after) {
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        long seq = sequences.next(context.workspaceId());
        // marking the answer changes the question, but nobody edited what it says
        boolean edited = !before.body().equals(after.body())
                || !Objects.equals(before.linkUrl(), after.linkUrl())
                || !Objects.equals(before.linkTitle(), after.linkTitle())
                || before.visibility() != after.visibility();
        if (based.version() != before.version()
                || !posts.update(
                        context.workspaceId(), after, based.version(), seq, edited ? now() : before.updatedAt())) {
            throw stale(context, based, before.partnershipId(), before.id(), after);
        }
        signals.written(context.workspaceId());
        return get(context, before.partnershipId(), before.id());
    }

    private RuntimeException stale(
            WorkspaceContext context, BasedOn based, UUID partnershipId, UUID postId, Post wanted) {
        Post current = get(context, partnershipId, postId);
        return changes.stale(
                context,
                based,
                current.version(),
                current.authorId(),
                current.updatedAt(),
                ChangedMeanwhile.differing(comparable(current), comparable(wanted)));
    }

    /** What a reader compares of two versions: the words, the link and who may see it. */
    private static Shown comparable(Post p) {
        return new Shown(p.body(), p.linkUrl(), p.linkTitle(), p.visibility(), p.answerId(), p.deleted());
    }

    private record Shown(
            String body,
            @Nullable String linkUrl,
            @Nullable String linkTitle,
            Visibility visibility,
            @Nullable UUID answerId,
            boolean deleted) {}

    /** Shared unless said otherwise; only members keep a post internal. */
    static Visibility visibility(WorkspaceContext context, @Nullable Visibility wanted) {
        Visibility visibility = wanted == null ? Visibility.SHARED : wanted;
        if (visibility == Visibility.INTERNAL && context.isGuest()) {
            throw new InvalidInput("space.problem.guestInternal").on("visibility");
        }
        return visibility;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
