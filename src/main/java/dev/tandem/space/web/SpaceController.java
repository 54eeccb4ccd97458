package dev.tandem.space.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.space.NewPost;
import dev.tandem.space.Post;
import dev.tandem.space.PostChange;
import dev.tandem.space.PostKind;
import dev.tandem.space.PostThread;
import dev.tandem.space.SharedFiles;
import dev.tandem.space.SpaceReading;
import dev.tandem.space.SpaceService;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Shared space" page of a partnership: the feed with a form for each kind of post, replies, answers, edits and
 * deletions, each a small form that comes back to the page (a refusal as a flash message); the page follows the
 * space live (space.js) and fetches each new or changed thread as a fragment.
 */
@Controller
@OpenToGuests
class SpaceController {

    static final String PAGE = "space/space";

    private final SpaceService space;
    private final SharedFiles files;
    private final SpaceReading reading;
    private final PartnershipService partnerships;

    SpaceController(SpaceService space, SharedFiles files, SpaceReading reading, PartnershipService partnerships) {
        this.space = space;
        this.files = files;
        this.reading = reading;
        this.partnerships = partnerships;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/space")
    String page(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        model.addAttribute("partnership", partnerships.get(workspace, id).partnership());
        model.addAttribute("feed", reading.feed(workspace, id, PageRequest.of(20, cursor)));
        model.addAttribute("kinds", List.of(PostKind.UPDATE, PostKind.QUESTION, PostKind.RESOURCE));
        model.addAttribute("visibilities", Visibility.values());
        return PAGE;
    }

    /** The thread a post belongs to, as the page shows it: what the live stream fetches. */
    @GetMapping("/w/{workspaceId}/partnerships/{id}/space/posts/{postId}")
    String thread(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID postId, Model model) {
        Post post = space.get(workspace, id, postId);
        Post top = post.parentId() == null ? post : space.get(workspace, id, post.parentId());
        model.addAttribute(
                "thread",
                new PostThread(
                        top,
                        space.replies(workspace, id, top.id(), PageRequest.of(PageRequest.MAX_LIMIT, null))
                                .items()));
        model.addAttribute("feed", reading.feed(workspace, id, PageRequest.of(1, null)));
        model.addAttribute("partnershipId", id);
        return PAGE + " :: thread";
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/space/unread")
    String unread(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        model.addAttribute("unread", reading.unread(workspace, id));
        model.addAttribute("partnershipId", id);
        return "space/hub-link :: count";
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/posts")
    String publish(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "UPDATE") PostKind kind,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable String linkUrl,
            @RequestParam(required = false) @Nullable String linkTitle,
            @RequestParam(required = false) @Nullable Visibility visibility,
            @RequestParam(required = false) @Nullable MultipartFile file,
            RedirectAttributes flash) {
        return act(
                workspace,
                id,
                flash,
                "space.notice.posted",
                () -> file != null && !file.isEmpty()
                        ? files.share(workspace, id, SpaceUploads.of(file), kind, body, visibility)
                        : space.publish(workspace, id, new NewPost(kind, body, linkUrl, linkTitle, visibility)));
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/posts/{postId}/replies")
    String reply(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam(defaultValue = "") String body,
            RedirectAttributes flash) {
        return act(workspace, id, flash, "space.notice.replied", () -> space.reply(workspace, id, postId, body));
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/posts/{postId}/edit")
    String edit(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable String linkUrl,
            @RequestParam(required = false) @Nullable String linkTitle,
            @RequestParam(required = false) @Nullable Visibility visibility,
            @RequestParam long version,
            RedirectAttributes flash) {
        return act(
                workspace,
                id,
                flash,
                "space.notice.edited",
                () -> space.edit(
                        workspace,
                        id,
                        postId,
                        BasedOn.ifMatch(version),
                        new PostChange(body, linkUrl, linkTitle, visibility)));
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/posts/{postId}/answer")
    String answer(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam UUID replyId,
            @RequestParam long version,
            RedirectAttributes flash) {
        return act(
                workspace,
                id,
                flash,
                "space.notice.answered",
                () -> space.answer(workspace, id, postId, BasedOn.ifMatch(version), replyId));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/posts/{postId}/delete")
    String delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam long version,
            RedirectAttributes flash) {
        return act(
                workspace,
                id,
                flash,
                "space.notice.deleted",
                () -> space.delete(workspace, id, postId, BasedOn.ifMatch(version)));
    }

    /** The page has been seen up to {@code seq}: sent by the page once shown (a GET never writes). */
    @RequiresRole(Role.VIEWER)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/space/visit")
    ResponseEntity<Void> visit(WorkspaceContext workspace, @PathVariable UUID id, @RequestParam long seq) {
        reading.visited(workspace, id, seq);
        return ResponseEntity.noContent().build();
    }

    /** Runs a write; a refusal the user can fix comes back as a message on the page, a 404 stays a 404. */
    private static String act(
            WorkspaceContext workspace, UUID id, RedirectAttributes flash, String notice, Supplier<Post> action) {
        String back = "redirect:/w/" + workspace.workspaceId().value() + "/partnerships/" + id + "/space";
        try {
            Post post = action.get();
            Flash.notice(flash, notice);
            return back + "#post-" + (post.parentId() == null ? post.id() : post.parentId());
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            Flash.problem(flash, problem);
            return back;
        }
    }
}
