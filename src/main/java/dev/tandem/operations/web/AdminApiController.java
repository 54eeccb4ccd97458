package dev.tandem.operations.web;

import dev.tandem.operations.Backup;
import dev.tandem.operations.BackupService;
import dev.tandem.operations.DatabaseStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(
        name = "Administration",
        description = "The installation's database and its backups, for instance "
                + "administrators (the owners of the first workspace made on it); 403 for anyone else. Bearer token.")
class AdminApiController {

    private final BackupService backups;

    AdminApiController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/database")
    @Operation(
            summary = "The database: kind, schema version, size, backup directory and the last backup made "
                    + "through Tandem")
    DatabaseStatus database() {
        return backups.status();
    }

    @PostMapping("/backups")
    @Operation(
            summary = "Back the database up now, online, into the server's backup directory",
            description = "PostgreSQL: a consistent dump written by Tandem (restored with `bin/tandem restore`); H2: "
                    + "H2's own BACKUP TO. The file stays on the server, readable by Tandem's user alone; it is never "
                    + "served over HTTP. Recorded in the administrators' workspace's audit log. 409 while another "
                    + "backup runs.")
    ResponseEntity<Backup> backUp() {
        Backup backup = backups.backUp();
        return ResponseEntity.created(URI.create("/api/v1/admin/database")).body(backup);
    }
}
