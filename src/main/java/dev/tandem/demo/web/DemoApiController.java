package dev.tandem.demo.web;

import dev.tandem.demo.DemoData;
import dev.tandem.demo.DemoResult;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/demo")
@Tag(name = "Demo data", description = "A realistic demo portfolio for trying Tandem out. ADMIN or OWNER.")
class DemoApiController {

    private final DemoData demo;

    DemoApiController(DemoData demo) {
        this.demo = demo;
    }

    @PostMapping
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Load the demo into an empty workspace",
            description = "Creates organisations, contacts and partnerships of every kind and stage with participants, "
                    + "notes and back-dated history (interactions, meetings with attendance, commitments of both "
                    + "sides, shared and own goals with measured key results), then the health index with twelve "
                    + "weeks of trend; all or nothing; 201 with the counts. 409 when the workspace already has "
                    + "partnerships.")
    ResponseEntity<DemoResult> load(WorkspaceContext workspace) {
        DemoResult result = demo.load(workspace);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/partnerships"))
                .body(result);
    }
}
