package dev.tandem.exchange.web;

import dev.tandem.exchange.ContactField;
import dev.tandem.exchange.ExchangeService;
import dev.tandem.exchange.FileFormat;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Htmx;
import java.util.Map;
import java.util.UUID;
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
 * The import pages: upload a file, see what it will do (and change the CSV column mapping), confirm,
 * follow the import's progress (or stop it) and read the report. The file waits in the database between
 * the steps. Also the export downloads.
 */
@Controller
class ExchangePages {

    static final String IMPORT = "exchange/import";
    static final String PREVIEW = "exchange/preview";
    static final String JOB = "exchange/job";
    static final int MAX_MB = 10;

    private final ExchangeService exchange;

    ExchangePages(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/w/{workspaceId}/contacts/import")
    String form(WorkspaceContext workspace, Model model) {
        return importPage(model, null);
    }

    @PostMapping("/w/{workspaceId}/contacts/import")
    String upload(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            Model model) {
        try {
            UUID id = exchange.upload(
                    workspace,
                    file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    Requests.content(file),
                    Requests.fileFormat(format));
            return "redirect:/w/" + workspace.workspaceId() + "/contacts/import/" + id;
        } catch (NotFound gone) {
            throw gone;
        } catch (Refusal problem) {
            model.addAttribute("selectedFormat", format);
            return importPage(model, problem);
        }
    }

    /** The preview; with htmx (a mapping changed), only its table part. */
    @GetMapping("/w/{workspaceId}/contacts/import/{uploadId}")
    String preview(
            WorkspaceContext workspace,
            @PathVariable UUID uploadId,
            @RequestParam Map<String, String> params,
            Htmx htmx,
            Model model) {
        model.addAttribute("preview", exchange.preview(workspace, uploadId, Requests.mapping(params)));
        model.addAttribute("fields", ContactField.values());
        return !htmx.isRequest() ? PREVIEW : PREVIEW + " :: plan";
    }

    /** Starts the import; a small file is done by the time the job's page shows, a large one shows its progress. */
    @PostMapping("/w/{workspaceId}/contacts/import/{uploadId}")
    String confirm(WorkspaceContext workspace, @PathVariable UUID uploadId, @RequestParam Map<String, String> params) {
        UUID job = exchange.start(workspace, uploadId, Requests.mapping(params));
        return "redirect:/w/" + workspace.workspaceId() + "/contacts/import/jobs/" + job;
    }

    @PostMapping("/w/{workspaceId}/contacts/import/{uploadId}/discard")
    String discard(WorkspaceContext workspace, @PathVariable UUID uploadId, RedirectAttributes flash) {
        exchange.discard(workspace, uploadId);
        Flash.notice(flash, "exchange.discarded");
        return "redirect:/w/" + workspace.workspaceId() + "/contacts/import";
    }

    /** The job: its progress while it runs (htmx polls the status part), then what it did. */
    @GetMapping("/w/{workspaceId}/contacts/import/jobs/{jobId}")
    String job(WorkspaceContext workspace, @PathVariable UUID jobId, Htmx htmx, Model model) {
        model.addAttribute("job", exchange.job(workspace, jobId));
        return !htmx.isRequest() ? JOB : JOB + " :: status";
    }

    @PostMapping("/w/{workspaceId}/contacts/import/jobs/{jobId}/cancel")
    String cancel(WorkspaceContext workspace, @PathVariable UUID jobId, Htmx htmx, Model model) {
        exchange.cancel(workspace, jobId);
        if (!htmx.isRequest()) {
            return "redirect:/w/" + workspace.workspaceId() + "/contacts/import/jobs/" + jobId;
        }
        model.addAttribute("job", exchange.job(workspace, jobId));
        return JOB + " :: status";
    }

    @RequiresRole(Role.MEMBER)
    @Audited(AuditAction.DATA_EXPORTED)
    @GetMapping("/w/{workspaceId}/contacts/export")
    ResponseEntity<byte[]> export(WorkspaceContext workspace, @RequestParam(defaultValue = "vcard") String format) {
        var chosen = Requests.exportFormat(format);
        return Requests.download(chosen, exchange.export(workspace.workspaceId(), chosen));
    }

    private String importPage(Model model, @Nullable Refusal problem) {
        model.addAttribute("formats", FileFormat.values());
        model.addAttribute("maxMb", MAX_MB);
        if (problem != null) {
            model.addAttribute("uploadError", problem.messageKey());
            model.addAttribute("uploadErrorArgs", problem.args());
        }
        return IMPORT;
    }
}
