package dev.tandem.feedback.web;

import dev.tandem.feedback.Story;
import dev.tandem.feedback.StoryService;
import dev.tandem.feedback.StoryService.Telling;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/stories")
@Tag(
        name = "Stories",
        description = "Stories of a partnership: short narratives of what it meant, told by either side (members, the "
                + "partnership's guests, or respondents through a pulse link), with an optional prompt. Members read "
                + "them all; a guest reads only the SHARED ones of their own partnership and tells theirs, always "
                + "SHARED. Only whoever wrote a story changes it; its author or an admin deletes it.")
class StoryApiController {

    record StoryJson(
            UUID id,
            UUID partnershipId,

            @Schema(allowableValues = {"PROUD", "CHANGED", "GROWING"}) @Nullable
            String prompt,

            String body,

            @Schema(allowableValues = {"INTERNAL", "SHARED"})
            String visibility,

            @Schema(allowableValues = {"OURS", "THEIRS"}) String side,

            @Schema(allowableValues = {"MEMBER", "GUEST", "LINK"})
            String source,

            String authorName,

            @Schema(description = "Whether the caller wrote it, and so may change it")
            boolean mine,

            @Nullable UUID roundId,
            Instant recordedAt,
            Instant updatedAt,
            long version) {

        static StoryJson of(Story s, WorkspaceContext context) {
            return new StoryJson(
                    s.id(),
                    s.partnershipId(),
                    s.prompt() == null ? null : s.prompt().name(),
                    s.body(),
                    s.visibility().name(),
                    s.side().name(),
                    s.source().name(),
                    s.authorName(),
                    StoryService.own(context, s),
                    s.roundId(),
                    s.recordedAt(),
                    s.updatedAt(),
                    s.version());
        }
    }

    record StoryRequest(
            @Schema(
                    description = "PROUD (a moment we were proud of), CHANGED (what changed for you), GROWING "
                            + "(are we growing together?), or null for none",
                    allowableValues = {"PROUD", "CHANGED", "GROWING"})
            @Nullable
            String prompt,

            @Schema(description = "The story, 1 to " + Story.MAX_LENGTH + " characters") @Nullable
            String body,

            @Schema(
                    description = "INTERNAL (members only) or SHARED (the partnership's guests too); a "
                            + "member's story is INTERNAL when left out, a guest's is always SHARED",
                    allowableValues = {"INTERNAL", "SHARED"})
            @Nullable
            String visibility) {

        Telling telling() {
            return new Telling(prompt, body, visibility);
        }
    }

    private final StoryService stories;

    StoryApiController(StoryService stories) {
        this.stories = stories;
    }

    @GetMapping
    @OpenToGuests
    @Operation(summary = "A partnership's stories, newest first (at most 200); a guest gets the SHARED ones")
    List<StoryJson> list(WorkspaceContext workspace, @PathVariable UUID id) {
        return stories.of(workspace, id).stream()
                .map(s -> StoryJson.of(s, workspace))
                .toList();
    }

    @PostMapping
    @OpenToGuests
    @ETagged
    @Operation(
            summary = "Tell a story",
            description = "A member's story is from our side (INTERNAL unless visibility says SHARED); a guest's is "
                    + "from their side and always SHARED. 201 with the story; 400 names the field refused.")
    ResponseEntity<StoryJson> tell(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable StoryRequest request) {
        var told = stories.tell(workspace, id, request == null ? new Telling(null, null, null) : request.telling());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/partnerships/" + id
                        + "/stories/" + told.id()))
                .eTag(ETags.of(told.version()))
                .body(StoryJson.of(told, workspace));
    }

    @PutMapping("/{storyId}")
    @ETagged
    @Operation(
            summary = "Change one's own story",
            description = "Prompt, text and visibility (left out: kept). Someone else's story is 403. With If-Match, "
                    + "a story changed meanwhile is 412 and nothing is written.")
    ResponseEntity<StoryJson> change(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID storyId,
            IfMatch ifMatch,
            @RequestBody(required = false) @Nullable StoryRequest request) {
        var changed = stories.change(
                workspace,
                id,
                storyId,
                ifMatch.basedOn(),
                request == null ? new Telling(null, null, null) : request.telling());
        return ETags.ok(StoryJson.of(changed, workspace), changed.version());
    }

    @Audited(AuditAction.RECORD_DELETED)
    @DeleteMapping("/{storyId}")
    @Operation(
            summary = "Delete a story",
            description = "Its author, or an admin; anyone else is 403. With If-Match, a story changed meanwhile is "
                    + "412 and nothing is deleted.")
    ResponseEntity<Void> delete(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID storyId, IfMatch ifMatch) {
        stories.delete(workspace, id, storyId, ifMatch.basedOn());
        return ResponseEntity.noContent().build();
    }
}
