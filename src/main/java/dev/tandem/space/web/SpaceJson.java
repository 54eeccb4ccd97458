package dev.tandem.space.web;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.space.Post;
import dev.tandem.space.PostKind;
import dev.tandem.space.PostThread;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shared space as the API shows and takes it. */
final class SpaceJson {

    private SpaceJson() {}

    @Schema(
            name = "SpacePost",
            description =
                    "A post of a partnership's shared space, or a reply (parentId). A deleted "
                            + "post keeps its place: deleted is true and it says nothing. seq is the id of its latest live event.")
    record PostJson(
            UUID id,
            UUID partnershipId,
            @Nullable UUID parentId,
            PostKind kind,
            String body,
            @Nullable String linkUrl,
            @Nullable String linkTitle,
            @Nullable FileJson file,
            Visibility visibility,
            String authorName,
            Side side,
            boolean mine,
            @Nullable UUID answerId,
            Instant createdAt,
            @Nullable Instant updatedAt,
            boolean deleted,
            long version,
            long seq,
            @Nullable List<PostJson> replies) {

        static PostJson of(Post p, UUID reader, String base) {
            return of(p, reader, base, null);
        }

        static PostJson of(PostThread t, UUID reader, String base) {
            return of(
                    t.post(),
                    reader,
                    base,
                    t.replies().stream().map(r -> of(r, reader, base)).toList());
        }

        private static PostJson of(Post p, UUID reader, String base, @Nullable List<PostJson> replies) {
            var f = p.file();
            FileJson file = f == null
                    ? null
                    : new FileJson(
                            f.id(),
                            f.name(),
                            f.mediaType(),
                            f.size(),
                            base + "/space/files/" + f.id(),
                            f.thumbnail() ? base + "/space/files/" + f.id() + "/thumbnail" : null);
            return new PostJson(
                    p.id(),
                    p.partnershipId(),
                    p.parentId(),
                    p.kind(),
                    p.body(),
                    p.linkUrl(),
                    p.linkTitle(),
                    file,
                    p.visibility(),
                    p.authorName(),
                    p.side(),
                    p.authorId().value().equals(reader),
                    p.answerId(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.deleted(),
                    p.version(),
                    p.seq(),
                    replies);
        }
    }

    @Schema(name = "SpaceFile", description = "A shared file: mediaType is read from its content, not its name.")
    record FileJson(
            UUID id,
            String name,
            String mediaType,
            long size,
            String url,
            @Nullable String thumbnailUrl) {}

    @Schema(
            name = "NewSpacePost",
            description = "kind UPDATE or QUESTION need a body; RESOURCE a linkUrl (http or "
                    + "https), with an optional linkTitle (files: POST …/space/files). visibility SHARED (the default) or "
                    + "INTERNAL, which a guest may not choose.")
    record NewPostRequest(
            @NotNull PostKind kind,
            @Nullable String body,
            @Nullable String linkUrl,
            @Nullable String linkTitle,
            @Nullable Visibility visibility) {}

    @Schema(name = "SpaceReply")
    record ReplyRequest(@Nullable String body) {}

    @Schema(
            name = "SpacePostChange",
            description =
                    "Each field absent keeps its value. answerId marks a question " + "answered by one of its replies.")
    record PostPatch(
            @Nullable String body,
            @Nullable String linkUrl,
            @Nullable String linkTitle,
            @Nullable Visibility visibility,
            @Nullable UUID answerId) {}
}
