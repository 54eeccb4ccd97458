package dev.tandem.endings.web;

import dev.tandem.endings.Contract;
import dev.tandem.endings.ContractService;
import dev.tandem.endings.Playbook;
import dev.tandem.endings.PlaybookService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partnership's "Ending" page: its contracts with their exit terms and notice deadlines, the form to record one,
 * and editing one. Forms show their errors inline; a contract changed meanwhile is shown beside the kept input.
 */
@Controller
class EndingController {

    static final String PAGE = "endings/ending";
    static final String EDIT = "endings/contract-edit";

    private final ContractService contracts;
    private final PlaybookService playbooks;
    private final PartnershipService partnerships;
    private final Clock clock;

    EndingController(
            ContractService contracts, PlaybookService playbooks, PartnershipService partnerships, Clock clock) {
        this.playbooks = playbooks;
        this.contracts = contracts;
        this.partnerships = partnerships;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/ending")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("contractForm")) {
            model.addAttribute("contractForm", new ContractForm());
        }
        return show(workspace, id, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/contracts")
    String add(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.require(workspace, id);
        var terms = form.terms(binding);
        if (terms != null) {
            try {
                contracts.add(workspace, id, terms);
                Flash.notice(flash, "endings.contract.saved");
                return back(workspace, id);
            } catch (Refusal problem) {
                Forms.reject(binding, problem);
            }
        }
        return show(workspace, id, model);
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/contracts/{contractId}/edit")
    String edit(WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID contractId, Model model) {
        Contract contract = contract(workspace, id, contractId);
        model.addAttribute("contractForm", ContractForm.of(contract.terms(), contract.version()));
        return showEdit(workspace, id, contractId, model);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/contracts/{contractId}/edit")
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID contractId,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        contract(workspace, id, contractId);
        var terms = form.terms(binding);
        if (terms != null) {
            try {
                contracts.update(
                        workspace,
                        contractId,
                        form.getVersion() == null ? null : BasedOn.read(form.getVersion()),
                        terms);
                Flash.notice(flash, "endings.contract.saved");
                return back(workspace, id);
            } catch (Refusal problem) {
                Long now = Forms.changedMeanwhile(
                        problem, model, "endings.field.", back(workspace, id).substring("redirect:".length()));
                if (now != null) {
                    form.setVersion(now);
                } else {
                    Forms.reject(binding, problem);
                }
            }
        }
        return showEdit(workspace, id, contractId, model);
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/contracts/{contractId}/delete")
    String delete(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID contractId,
            RedirectAttributes flash) {
        contract(workspace, id, contractId);
        contracts.delete(workspace, contractId);
        Flash.notice(flash, "endings.contract.deleted");
        return back(workspace, id);
    }

    private String show(WorkspaceContext workspace, UUID id, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("contracts", contracts.of(workspace, id));
        model.addAttribute("runs", playbooks.of(workspace, id));
        model.addAttribute("playbooks", Playbook.values());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return PAGE;
    }

    private String showEdit(WorkspaceContext workspace, UUID id, UUID contractId, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("contractId", contractId);
        return EDIT;
    }

    /** The contract, 404 unless it belongs to the partnership of the address. */
    private Contract contract(WorkspaceContext workspace, UUID id, UUID contractId) {
        Contract contract = contracts.get(workspace, contractId);
        if (!contract.partnershipId().equals(id)) {
            throw new NotFound("endings.contract.notFound");
        }
        return contract;
    }

    static String back(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/ending";
    }
}
