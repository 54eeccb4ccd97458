package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post of a partnership's shared space, or a reply to one ({@code parentId}). Who wrote it and from which side;
 * its text, and for a resource a link with its title or a file. A question may name the reply that answers it. A
 * deleted post keeps its place and says so, with nothing of what it said. {@code seq} is the workspace's space
 * counter at the post's last change (the id of its live event); {@code createdSeq} at its publication (what is
 * unread). Every change raises {@code version}.
 */
public record Post(
        UUID id,
        UUID partnershipId,
        @Nullable UUID parentId,
        PostKind kind,
        String body,
        @Nullable String linkUrl,
        @Nullable String linkTitle,
        @Nullable Attachment file,
        Visibility visibility,
        UserId authorId,
        String authorName,
        Side side,
        @Nullable UUID answerId,
        Instant createdAt,
        long createdSeq,
        long seq,
        long version,
        @Nullable Instant updatedAt,
        @Nullable Instant deletedAt) {

    public static final int BODY_LENGTH = 4000;
    public static final int URL_LENGTH = 2000;
    public static final int TITLE_LENGTH = 200;

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean edited() {
        return updatedAt != null && deletedAt == null;
    }

    public boolean answered() {
        return answerId != null;
    }

    public boolean isReply() {
        return parentId != null;
    }

    /** For kudos, the name of who was thanked (kept as the title). */
    public @Nullable String thanked() {
        return kind == PostKind.KUDOS ? linkTitle : null;
    }

    /** Checks what a new post says: text for updates, questions and replies; a link or a file for resources. */
    static Draft checked(
            PostKind kind, String body, @Nullable String linkUrl, @Nullable String linkTitle, boolean withFile) {
        String text = body.strip();
        if (text.length() > BODY_LENGTH) {
            throw new InvalidInput("space.problem.tooLong", BODY_LENGTH).on("body");
        }
        String url = blankToNull(linkUrl);
        String title = blankToNull(linkTitle);
        if (kind == PostKind.RESOURCE) {
            if (url == null && !withFile) {
                throw new InvalidInput("space.problem.resource").on("linkUrl");
            }
            if (url != null) {
                url = link(url);
            }
            if (title != null && title.length() > TITLE_LENGTH) {
                throw new InvalidInput("space.problem.tooLong", TITLE_LENGTH).on("linkTitle");
            }
        } else {
            if (text.isEmpty()) {
                throw new InvalidInput("validation.required").on("body");
            }
            url = null;
            title = null;
        }
        return new Draft(text, url, title);
    }

    /** The post reworded (and, for a link, re-pointed): same author, same place. */
    Post edit(String newBody, @Nullable String newUrl, @Nullable String newTitle, Visibility newVisibility) {
        if (deleted()) {
            throw new InvalidInput("space.problem.deleted");
        }
        if (kind == PostKind.KUDOS) {
            throw new InvalidInput("space.problem.kudos").on("body");
        }
        var draft = checked(
                kind == PostKind.RESOURCE && file != null && blankToNull(newUrl) == null ? PostKind.RESOURCE : kind,
                newBody,
                kind == PostKind.RESOURCE ? newUrl : null,
                newTitle,
                file != null);
        return new Post(
                id,
                partnershipId,
                parentId,
                kind,
                draft.body(),
                draft.linkUrl(),
                draft.linkTitle(),
                file,
                newVisibility,
                authorId,
                authorName,
                side,
                answerId,
                createdAt,
                createdSeq,
                seq,
                version,
                updatedAt,
                deletedAt);
    }

    /** A question answered by one of its replies. */
    Post answeredBy(Post reply) {
        if (kind != PostKind.QUESTION || deleted()) {
            throw new InvalidInput("space.problem.notAQuestion");
        }
        if (!id.equals(reply.parentId()) || reply.deleted()) {
            throw new InvalidInput("space.problem.notAReply").on("answerId");
        }
        return new Post(
                id,
                partnershipId,
                parentId,
                kind,
                body,
                linkUrl,
                linkTitle,
                file,
                visibility,
                authorId,
                authorName,
                side,
                reply.id(),
                createdAt,
                createdSeq,
                seq,
                version,
                updatedAt,
                deletedAt);
    }

    public boolean writtenBy(UserId user) {
        return authorId.equals(user);
    }

    record Draft(
            String body, @Nullable String linkUrl, @Nullable String linkTitle) {}

    private static String link(String url) {
        if (url.length() > URL_LENGTH) {
            throw new InvalidInput("space.problem.tooLong", URL_LENGTH).on("linkUrl");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInput("space.problem.link").on("linkUrl");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidInput("space.problem.link").on("linkUrl");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
