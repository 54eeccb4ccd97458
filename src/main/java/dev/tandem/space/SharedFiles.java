package dev.tandem.space;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TooLarge;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files shared in a partnership's space, kept in the database so that any node serves them. Each is at most
 * {@code tandem.space.max-file-size}; a workspace's files together at most {@code tandem.space.workspace-quota}.
 * The type comes from the content; images get a thumbnail. A refused upload writes nothing: the post and its file
 * are one transaction, and the quota is checked under the workspace's space counter lock, so two uploads cannot
 * both squeeze into the last free bytes.
 */
@Service
public class SharedFiles {

    public static final int NAME_LENGTH = 255;

    private final SpaceService space;
    private final SpaceFiles files;
    private final FileTypes types;
    private final PartnershipService partnerships;
    private final SpaceProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SharedFiles(
            SpaceService space,
            SpaceFiles files,
            FileTypes types,
            PartnershipService partnerships,
            SpaceProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.space = space;
        this.files = files;
        this.types = types;
        this.partnerships = partnerships;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A post sharing {@code upload}: a resource with an optional title (its text), or a question or update with the
     * file attached (its text required); and who may see it.
     */
    public Post share(
            WorkspaceContext context,
            UUID partnershipId,
            Upload upload,
            @Nullable PostKind kind,
            @Nullable String body,
            @Nullable Visibility visibility) {
        partnerships.require(context, partnershipId);
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new InvalidInput("space.problem.emptyFile").on("file");
        }
        if (content.length > properties.maxFileSize().toBytes()) {
            throw new TooLarge(
                            "space.problem.fileTooLarge",
                            properties.maxFileSize().toMegabytes())
                    .on("file");
        }
        String name = name(upload.name());
        PostKind shownAs = kind == PostKind.QUESTION || kind == PostKind.UPDATE ? kind : PostKind.RESOURCE;
        var checked = Post.checked(shownAs, body == null ? "" : body, null, null, true);
        Visibility shownTo = SpaceService.visibility(context, visibility);
        // read before the transaction: detecting and scaling take time the workspace's lock should not wait for
        String type = types.detect(content);
        byte[] thumbnail = types.thumbnail(content, type);
        return transaction.execute(status -> {
            Post post = space.insert(context, partnershipId, null, shownAs, checked, shownTo);
            if (files.used(context.workspaceId()) + content.length
                    > properties.workspaceQuota().toBytes()) {
                throw new TooLarge(
                                "space.problem.quota",
                                properties.workspaceQuota().toMegabytes())
                        .on("file");
            }
            files.insert(
                    context.workspaceId(),
                    Ids.next(),
                    post.id(),
                    name,
                    type,
                    content,
                    thumbnail,
                    context.userId(),
                    clock.instant());
            Post shared = space.get(context, partnershipId, post.id());
            space.published(context, shared);
            return shared;
        });
    }

    /** A file of a post the caller may see. */
    public StoredFile download(WorkspaceContext context, UUID partnershipId, UUID fileId) {
        visible(context, partnershipId, fileId);
        return files.content(context.workspaceId(), fileId).orElseThrow(() -> new NotFound("space.problem.notFound"));
    }

    public byte[] thumbnail(WorkspaceContext context, UUID partnershipId, UUID fileId) {
        visible(context, partnershipId, fileId);
        return files.thumbnail(context.workspaceId(), fileId).orElseThrow(() -> new NotFound("space.problem.notFound"));
    }

    private void visible(WorkspaceContext context, UUID partnershipId, UUID fileId) {
        UUID post =
                files.postOf(context.workspaceId(), fileId).orElseThrow(() -> new NotFound("space.problem.notFound"));
        space.get(context, partnershipId, post);
    }

    /** The name without any folder, control characters or excess length; "file" when nothing is left. */
    static String name(String given) {
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.length() > NAME_LENGTH) {
            name = name.substring(name.length() - NAME_LENGTH);
        }
        return name.isEmpty() ? "file" : name;
    }
}
