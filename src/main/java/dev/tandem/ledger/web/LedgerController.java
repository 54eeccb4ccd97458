package dev.tandem.ledger.web;

import dev.tandem.goals.GoalService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.BalanceService;
import dev.tandem.ledger.Bearer;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.Flow;
import dev.tandem.ledger.LedgerService;
import dev.tandem.ledger.LedgerSharing;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Level;
import dev.tandem.ledger.RiskService;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
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
 * The ledger tab of a partnership: the balance over 180 days with its chart, contributions, rewards and the risk
 * register, each with its form. Forms show their errors inline and keep what was typed.
 */
@Controller
class LedgerController {

    static final String PAGE = "ledger/ledger";

    private final LedgerService ledger;
    private final RiskService risks;
    private final BalanceService balance;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final GoalService goals;
    private final LedgerSharing sharing;
    private final Clock clock;

    LedgerController(
            LedgerService ledger,
            RiskService risks,
            BalanceService balance,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            GoalService goals,
            LedgerSharing sharing,
            Clock clock) {
        this.ledger = ledger;
        this.risks = risks;
        this.balance = balance;
        this.partnerships = partnerships;
        this.participants = participants;
        this.goals = goals;
        this.sharing = sharing;
        this.clock = clock;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/ledger")
    String page(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        fill(workspace, id, model);
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/contributions")
    String contribute(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("contributionForm") EntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return record(workspace, id, Flow.CONTRIBUTION, form, binding, model, flash);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/rewards")
    String reward(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("rewardForm") EntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return record(workspace, id, Flow.REWARD, form, binding, model, flash);
    }

    private String record(
            WorkspaceContext workspace,
            UUID id,
            Flow flow,
            EntryForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.require(workspace, id);
        return Forms.submit(
                binding,
                form.details(binding),
                details -> {
                    ledger.record(workspace, id, flow, details);
                    Flash.notice(
                            flash,
                            flow == Flow.CONTRIBUTION ? "ledger.contribution.recorded" : "ledger.reward.recorded");
                    return back(workspace, id);
                },
                () -> page(workspace, id, model));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/ledger-entries/{entryId}/delete")
    String deleteEntry(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID entryId, RedirectAttributes flash) {
        if (!ledger.entry(workspace, entryId).partnershipId().equals(id)) {
            throw new NotFound("ledger.entry.notFound");
        }
        ledger.delete(workspace, entryId);
        Flash.notice(flash, "ledger.entry.deleted");
        return back(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/risks")
    String addRisk(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @ModelAttribute("riskForm") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        partnerships.require(workspace, id);
        return Forms.submit(
                binding,
                form.details(binding),
                details -> {
                    risks.add(workspace, id, details);
                    Flash.notice(flash, "ledger.risk.added");
                    return back(workspace, id);
                },
                () -> page(workspace, id, model));
    }

    @Audited(AuditAction.RECORD_DELETED)
    @PostMapping("/w/{workspaceId}/partnerships/{id}/risks/{riskId}/delete")
    String deleteRisk(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID riskId, RedirectAttributes flash) {
        if (!risks.get(workspace, riskId).partnershipId().equals(id)) {
            throw new NotFound("ledger.risk.notFound");
        }
        risks.delete(workspace, riskId);
        Flash.notice(flash, "ledger.risk.deleted");
        return back(workspace, id);
    }

    private void fill(WorkspaceContext workspace, UUID id, Model model) {
        var view = partnerships.get(workspace, id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var b = balance.of(workspace, id);
        model.addAttribute("view", view);
        model.addAttribute("balance", b);
        model.addAttribute("ledgerVisibility", sharing.visibility(workspace, id));
        model.addAttribute("chart", BalanceChart.of(b));
        model.addAttribute(
                "contributions",
                ledger.list(workspace, id, Flow.CONTRIBUTION, PageRequest.of(PageRequest.MAX_LIMIT, null)));
        model.addAttribute(
                "rewards", ledger.list(workspace, id, Flow.REWARD, PageRequest.of(PageRequest.MAX_LIMIT, null)));
        model.addAttribute("risks", risks.list(workspace, id));
        model.addAttribute("people", participants.list(workspace, id));
        model.addAttribute(
                "goals",
                goals.list(workspace, id, PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items());
        model.addAttribute("sides", LedgerSide.values());
        model.addAttribute("contributionKinds", EntryKind.CONTRIBUTIONS);
        model.addAttribute("rewardKinds", EntryKind.REWARDS);
        model.addAttribute("levels", Level.values());
        model.addAttribute("bearers", Bearer.values());
        if (!model.containsAttribute("contributionForm")) {
            model.addAttribute("contributionForm", EntryForm.startingOn(today, EntryKind.TIME));
        }
        if (!model.containsAttribute("rewardForm")) {
            model.addAttribute("rewardForm", EntryForm.startingOn(today, EntryKind.LEADS));
        }
        if (!model.containsAttribute("riskForm")) {
            model.addAttribute("riskForm", new RiskForm());
        }
    }

    private static String back(WorkspaceContext workspace, UUID id) {
        return "redirect:/w/" + workspace.workspaceId() + "/partnerships/" + id + "/ledger";
    }
}
