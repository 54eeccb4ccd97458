package dev.tandem.exchange.web;

import dev.tandem.exchange.ExchangeService;
import dev.tandem.exchange.ImportResult;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/contacts")
@Tag(
        name = "Import and export",
        description = "Contacts in and out as vCard (2.1, 3.0, 4.0) and CSV "
                + "(Google Contacts, Outlook, LinkedIn Connections.csv, Tandem's own export).")
class ExchangeApiController {

    private final ExchangeService exchange;

    ExchangeApiController(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import contacts from a vCard or CSV file (multipart field `file`)",
            description = "The format is told from the content unless `format` is vcard, csv or linkedin. A row is "
                    + "recognised as a contact already in the workspace (or an earlier row of the file) by its email, "
                    + "else its LinkedIn profile address (scheme, www, query and trailing slash aside), else its X "
                    + "handle, and updates it (fields it lacks are filled in) instead of creating it: importing a file "
                    + "again creates nobody twice. Rows that cannot be imported are listed in `errors` with their "
                    + "number (the first contact of the file is 1); rows imported without part of what they had (a "
                    + "photo over 1 MB or not a JPEG, PNG, GIF or WebP image) in `warnings`. The import is all or "
                    + "nothing: the other rows are written in one transaction. A file that cannot be read is refused "
                    + "with 400 and changes nothing; one over 10 MB or with more contacts than `tandem.import.max-rows` "
                    + "(50,000 by default) with 413 before anything is read into the workspace. Imports into one "
                    + "workspace run one after the other; 409 when one could not wait or a contact with the same "
                    + "email was created meanwhile (nothing written, try again).")
    ImportResult importFile(
            WorkspaceContext workspace,
            @RequestParam("file") @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format) {
        return exchange.importFile(workspace, Requests.content(file), Requests.fileFormat(format));
    }

    @RequiresRole(Role.MEMBER)
    @Audited(AuditAction.DATA_EXPORTED)
    @GetMapping("/export")
    @Operation(
            summary = "Export every contact as vCard 4.0 (`vcard`), vCard 3.0 (`vcard3`) or CSV (`csv`)",
            description = "What is exported imports back without loss: names, all emails (primary first), phones, "
                    + "organisation, title, department, LinkedIn, X, website, tags, language, time zone, how we met, "
                    + "notes, and the photo in vCard.")
    ResponseEntity<byte[]> export(WorkspaceContext workspace, @RequestParam(defaultValue = "vcard") String format) {
        var chosen = Requests.exportFormat(format);
        return Requests.download(chosen, exchange.export(workspace.workspaceId(), chosen));
    }
}
