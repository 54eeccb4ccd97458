package dev.tandem.space.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import dev.tandem.space.NewPost;
import dev.tandem.space.Post;
import dev.tandem.space.PostChange;
import dev.tandem.space.PostKind;
import dev.tandem.space.SharedFiles;
import dev.tandem.space.SpaceService;
import dev.tandem.space.web.SpaceJson.NewPostRequest;
import dev.tandem.space.web.SpaceJson.PostJson;
import dev.tandem.space.web.SpaceJson.PostPatch;
import dev.tandem.space.web.SpaceJson.ReplyRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@OpenToGuests
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/space")
@Tag(
        name = "Shared space",
        description = "A partnership's feed, shared with its guests: updates, questions (one reply "
                + "marked as the answer), resources (a link or a file) and one level of replies. Members post from side OURS, "
                + "guests from THEIRS; guests see shared posts only. Authors edit and delete their own posts (a deleted post "
                + "stays as a trace); admins may delete any. Live: GET …/space/stream (Server-Sent Events).")
class SpaceApiController {

    private final SpaceService space;
    private final SharedFiles files;
    private final SseStreams streams;

    SpaceApiController(SpaceService space, SharedFiles files, SseStreams streams) {
        this.space = space;
        this.files = files;
        this.streams = streams;
    }

    @GetMapping("/posts")
    @Operation(summary = "The partnership's posts, newest first, each with its replies (cursor pages)")
    Page<PostJson> posts(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return space.threads(workspace, id, PageRequest.of(limit, cursor))
                .map(t -> PostJson.of(t, workspace.userId().value(), base(workspace, id)));
    }

    @PostMapping("/posts")
    @Operation(
            summary = "Post an update, a question or a link",
            description =
                    "201 with the post and its ETag; on the " + "partnership's timeline. Text up to 4,000 characters.")
    ResponseEntity<PostJson> publish(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody NewPostRequest request) {
        var post = space.publish(
                workspace,
                id,
                new NewPost(
                        request.kind(),
                        Objects.requireNonNullElse(request.body(), ""),
                        request.linkUrl(),
                        request.linkTitle(),
                        request.visibility()));
        return created(workspace, id, post);
    }

    @GetMapping("/posts/{postId}")
    @Operation(summary = "One post or reply, with its ETag")
    ResponseEntity<PostJson> post(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID postId) {
        var post = space.get(workspace, id, postId);
        return ETags.ok(json(workspace, id, post), post.version());
    }

    @PatchMapping("/posts/{postId}")
    @ETagged
    @Operation(
            summary = "Edit your post, or mark a question answered (answerId: one of its replies)",
            description = "Only the author edits; the question's author or a member marks the answer. With If-Match, "
                    + "a post changed meanwhile is 412 and nothing is written; without it, a racing change is 409.")
    ResponseEntity<PostJson> change(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            IfMatch ifMatch,
            @Valid @RequestBody PostPatch patch) {
        Post changed = patch.answerId() != null
                ? space.answer(workspace, id, postId, ifMatch.basedOn(), patch.answerId())
                : space.edit(
                        workspace,
                        id,
                        postId,
                        ifMatch.basedOn(),
                        new PostChange(patch.body(), patch.linkUrl(), patch.linkTitle(), patch.visibility()));
        return ETags.ok(json(workspace, id, changed), changed.version());
    }

    @DeleteMapping("/posts/{postId}")
    @Audited(AuditAction.RECORD_DELETED)
    @ETagged
    @Operation(
            summary = "Delete your post (admins: any post)",
            description = "The post stays in its thread, marked "
                    + "deleted, without its text, link or file; its replies stay. Answers the trace.")
    ResponseEntity<PostJson> delete(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID postId, IfMatch ifMatch) {
        var trace = space.delete(workspace, id, postId, ifMatch.basedOn());
        return ETags.ok(json(workspace, id, trace), trace.version());
    }

    @GetMapping("/posts/{postId}/replies")
    @Operation(summary = "A post's replies, oldest first (cursor pages)")
    Page<PostJson> replies(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return space.replies(workspace, id, postId, PageRequest.of(limit, cursor))
                .map(p -> json(workspace, id, p));
    }

    @PostMapping("/posts/{postId}/replies")
    @Operation(
            summary = "Reply to a post",
            description = "A reply to a reply joins its thread. It is shared or " + "internal as its post is.")
    ResponseEntity<PostJson> reply(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @Valid @RequestBody ReplyRequest request) {
        return created(
                workspace, id, space.reply(workspace, id, postId, Objects.requireNonNullElse(request.body(), "")));
    }

    @PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Share a file (multipart field `file`): a RESOURCE post, or a QUESTION or UPDATE with it attached",
            description = "kind RESOURCE (default), QUESTION or UPDATE; body says what it is (required for a question"
                    + " or an update); visibility SHARED (default) or INTERNAL. At most "
                    + "tandem.space.max-file-size (10 MB) and within the workspace's quota, else 413 and nothing is "
                    + "written; an empty file is 400. The type is read from the content; images get a thumbnail.")
    ResponseEntity<PostJson> upload(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam("file") @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable PostKind kind,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable Visibility visibility) {
        return created(workspace, id, files.share(workspace, id, SpaceUploads.of(file), kind, body, visibility));
    }

    @GetMapping("/files/{fileId}")
    @Operation(
            summary = "Download a shared file",
            description = "Always as an attachment, with the type read from "
                    + "its content and X-Content-Type-Options: nosniff.")
    ResponseEntity<byte[]> download(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID fileId) {
        return SpaceUploads.attachment(files.download(workspace, id, fileId));
    }

    @GetMapping("/files/{fileId}/thumbnail")
    @Operation(summary = "A shared image's thumbnail (PNG, at most 320 px wide or high); 404 for other files")
    ResponseEntity<byte[]> thumbnail(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID fileId) {
        return SpaceUploads.thumbnail(files.thumbnail(workspace, id, fileId));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Follow the space live (Server-Sent Events)",
            description = "Each new or changed post or reply "
                    + "is an event `post` whose data is the post (SpacePost) and whose id is a counter of the workspace; "
                    + "reconnecting with the header Last-Event-ID sends everything after it first. A comment every 20 s "
                    + "keeps the stream open; it ends after 30 minutes and the client reconnects.")
    SseEmitter stream(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        UUID reader = workspace.userId().value();
        String base = base(workspace, id);
        return streams.open(workspace, id, lastEventId, post -> PostJson.of(post, reader, base));
    }

    private ResponseEntity<PostJson> created(WorkspaceContext workspace, UUID id, Post post) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(post.version()))
                .body(json(workspace, id, post));
    }

    private static PostJson json(WorkspaceContext workspace, UUID id, Post post) {
        return PostJson.of(post, workspace.userId().value(), base(workspace, id));
    }

    private static String base(WorkspaceContext workspace, UUID id) {
        return "/api/v1/workspaces/" + workspace.workspaceId().value() + "/partnerships/" + id;
    }
}
