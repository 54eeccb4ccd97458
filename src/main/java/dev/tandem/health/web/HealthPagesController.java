package dev.tandem.health.web;

import dev.tandem.endings.ContractFacts;
import dev.tandem.health.Factor;
import dev.tandem.health.HealthFilter;
import dev.tandem.health.HealthService;
import dev.tandem.health.HealthSettings;
import dev.tandem.identity.AccountService;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.PartnershipTabs;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's home page (the portfolio dashboard: every partnership by risk, with its trend and top signal),
 * a partnership's health page, and the workspace's health settings.
 */
@Controller
class HealthPagesController {

    static final String DASHBOARD = "health/dashboard";
    private static final int ATTENTION = 5;
    private static final int PAGE = 50;

    private final HealthService health;
    private final PartnershipPortfolio portfolio;
    private final WorkspaceService workspaces;
    private final AccountService accounts;
    private final ContractFacts contracts;
    private final Clock clock;
    private final PartnershipService partnerships;

    HealthPagesController(
            HealthService health,
            PartnershipPortfolio portfolio,
            WorkspaceService workspaces,
            AccountService accounts,
            ContractFacts contracts,
            Clock clock,
            PartnershipService partnerships) {
        this.partnerships = partnerships;
        this.contracts = contracts;
        this.clock = clock;
        this.health = health;
        this.portfolio = portfolio;
        this.workspaces = workspaces;
        this.accounts = accounts;
    }

    @GetMapping("/w/{workspaceId}")
    String dashboard(
            WorkspaceContext workspace,
            @RequestParam(required = false) @Nullable PartnershipKind kind,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable UUID owner,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        // The workspace to open after the next log-in: written only when the user comes from another one.
        accounts.rememberWorkspace(workspace.userId(), workspace.workspaceId());
        var counts = portfolio.countsByStage(workspace);
        var filter = new HealthFilter(kind, stage, owner);
        model.addAttribute("stageCounts", counts);
        model.addAttribute(
                "total", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("attention", health.needingAttention(workspace, ATTENTION));
        model.addAttribute("lines", health.portfolio(workspace, filter, PageRequest.of(PAGE, cursor)));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", kind != null || stage != null || owner != null);
        model.addAttribute("kinds", PartnershipKind.values());
        model.addAttribute(
                "stages",
                Arrays.stream(Stage.values()).filter(s -> s != Stage.ENDED).toList());
        model.addAttribute("memberNames", portfolio.memberNames(workspace));
        model.addAttribute("memberCount", workspaces.memberCount(workspace));
        var notices = contracts.noticeDeadlines(
                workspace.workspaceId(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), ATTENTION);
        model.addAttribute("notices", notices);
        model.addAttribute(
                "noticeNames",
                portfolio.names(
                        workspace,
                        notices.stream()
                                .map(ContractFacts.NoticeDeadline::partnershipId)
                                .toList()));
        return DASHBOARD;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/health")
    String partnership(WorkspaceContext workspace, @PathVariable UUID id, Htmx htmx, Model model) {
        model.addAttribute("view", partnerships.get(workspace, id));
        model.addAttribute("page", health.of(workspace, id));
        model.addAttribute("factors", Factor.values());
        return PartnershipTabs.view(htmx, model, "health", "health/health");
    }

    /** The hub's health card, loaded by htmx. */
    @GetMapping("/w/{workspaceId}/partnerships/{id}/health/summary")
    String summary(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        model.addAttribute("page", health.of(workspace, id));
        model.addAttribute("workspaceId", workspace.workspaceId());
        return "health/summary :: summary";
    }

    @GetMapping("/w/{workspaceId}/settings/health")
    String settings(WorkspaceContext workspace, Model model) {
        var stored = health.storedSettings(workspace);
        model.addAttribute("settings", stored.settings());
        model.addAttribute("version", stored.version());
        model.addAttribute("factors", Factor.values());
        return "health/settings";
    }

    @Audited(AuditAction.SETTINGS_CHANGED)
    @PostMapping("/w/{workspaceId}/settings/health")
    @RequiresRole(Role.ADMIN)
    String changeSettings(
            WorkspaceContext workspace,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            var weights = new EnumMap<Factor, Integer>(Factor.class);
            for (Factor f : Factor.values()) {
                weights.put(f, number(form, "weight." + f.name(), "weights." + f.name()));
            }
            health.changeSettings(
                    workspace,
                    based(form),
                    new HealthSettings(
                            weights,
                            number(form, "missedMeetings"),
                            number(form, "ofLastMeetings"),
                            number(form, "onTimeBelow"),
                            number(form, "overdueAtLeast"),
                            number(form, "growingPoints")));
        } catch (Refusal problem) {
            var stored = health.storedSettings(workspace);
            model.addAttribute("settings", stored.settings());
            model.addAttribute("factors", Factor.values());
            model.addAttribute("form", form);
            Long now = Forms.changedMeanwhile(
                    problem, model, "health.settings.", "/w/" + workspace.workspaceId() + "/settings/health");
            String sent = form.get("version");
            model.addAttribute(
                    "version",
                    now != null ? String.valueOf(now) : sent != null ? sent : String.valueOf(stored.version()));
            if (now == null) {
                model.addAttribute("refusal", problem);
            }
            return "health/settings";
        }
        Flash.notice(redirect, "health.settings.saved");
        return "redirect:/w/" + workspace.workspaceId() + "/settings/health";
    }

    /** The version the form was opened on; null when it carries none. */
    private static @Nullable BasedOn based(Map<String, String> form) {
        try {
            return form.containsKey("version")
                    ? BasedOn.read(Long.parseLong(form.get("version").strip()))
                    : null;
        } catch (NumberFormatException e) {
            throw new InvalidInput("health.settings.number").on("version");
        }
    }

    private static int number(Map<String, String> form, String name) {
        return number(form, name, name);
    }

    private static int number(Map<String, String> form, String name, String field) {
        try {
            return Integer.parseInt(form.getOrDefault(name, "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("health.settings.number").on(field);
        }
    }
}
