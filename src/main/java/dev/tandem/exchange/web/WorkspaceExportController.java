package dev.tandem.exchange.web;

import dev.tandem.exchange.WorkspaceExport;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole workspace as one JSON file, for data portability; owners and admins only. */
@RestController
@Tag(name = "Export", description = "The whole workspace as JSON. Bearer token; ADMIN or OWNER.")
class WorkspaceExportController {

    private final WorkspaceExport export;

    WorkspaceExportController(WorkspaceExport export) {
        this.export = export;
    }

    @Audited(AuditAction.DATA_EXPORTED)
    @GetMapping(
            path = {"/api/v1/workspaces/{workspaceId}/export", "/w/{workspaceId}/export.json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Export the whole workspace",
            description =
                    "Members, organisations, contacts with notes, partnerships with stages, participants and notes.")
    ResponseEntity<WorkspaceExport.Document> export(WorkspaceContext workspace) {
        String file = "tandem-"
                + workspace.workspaceName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + "-"
                + LocalDate.now(ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(export.export(workspace));
    }
}
