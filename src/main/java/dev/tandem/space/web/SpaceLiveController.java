package dev.tandem.space.web;

import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.space.SharedFiles;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What the space page loads besides HTML: its live stream (ids only: the page fetches each thread) and files. */
@RestController
@OpenToGuests
class SpaceLiveController {

    private final SseStreams streams;
    private final SharedFiles files;

    SpaceLiveController(SseStreams streams, SharedFiles files) {
        this.streams = streams;
        this.files = files;
    }

    @GetMapping(path = "/w/{workspaceId}/partnerships/{id}/space/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return streams.open(
                workspace,
                id,
                lastEventId,
                post -> Map.of(
                        "postId",
                        post.id(),
                        "threadId",
                        post.parentId() == null ? post.id() : post.parentId(),
                        "seq",
                        post.seq()));
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/space/files/{fileId}")
    ResponseEntity<byte[]> download(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID fileId) {
        return SpaceUploads.attachment(files.download(workspace, id, fileId));
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/space/files/{fileId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID fileId) {
        return SpaceUploads.thumbnail(files.thumbnail(workspace, id, fileId));
    }
}
