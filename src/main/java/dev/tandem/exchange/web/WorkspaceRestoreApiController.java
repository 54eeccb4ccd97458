package dev.tandem.exchange.web;

import dev.tandem.exchange.RestoreResult;
import dev.tandem.exchange.WorkspaceRestore;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A whole-workspace export restored into an empty workspace; owners and admins only. */
@RestController
@Tag(name = "Export", description = "The whole workspace as JSON. Bearer token; ADMIN or OWNER.")
class WorkspaceRestoreApiController {

    private final WorkspaceRestore restore;

    WorkspaceRestoreApiController(WorkspaceRestore restore) {
        this.restore = restore;
    }

    @Audited(AuditAction.DATA_RESTORED)
    @PostMapping(path = "/api/v1/workspaces/{workspaceId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Restore a whole-workspace export into this empty workspace (multipart field `file`)",
            description = "The file is what `GET /export` gives (format `tandem-workspace`, `formatVersion` 2). All or "
                    + "nothing, in one transaction, with new ids and every reference kept; members and guests whose "
                    + "email has an account on this server get their membership or access back. 409 when the "
                    + "workspace already holds data (members aside), 413 over `tandem.restore.max-size` (10 MB by "
                    + "default), 400 for a file of another kind, an older or newer format version, or rows this "
                    + "server's tables do not have.")
    RestoreResult restore(WorkspaceContext workspace, @RequestParam("file") MultipartFile file) {
        return restore.restore(workspace, Requests.content(file));
    }
}
