package dev.tandem.partnerships.web;

import dev.tandem.identity.AccountService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A workspace's home page: the portfolio at a glance (how many partnerships in each stage, which
 * ones are losing touch), or the first steps when it is empty.
 */
@Controller
class PortfolioController {

    static final String DASHBOARD = "partnerships/dashboard";
    private static final int ATTENTION = 5;

    private final PartnershipPortfolio portfolio;
    private final WorkspaceService workspaces;
    private final AccountService accounts;

    PortfolioController(PartnershipPortfolio portfolio, WorkspaceService workspaces, AccountService accounts) {
        this.portfolio = portfolio;
        this.workspaces = workspaces;
        this.accounts = accounts;
    }

    @GetMapping("/w/{workspaceId}")
    String dashboard(WorkspaceContext workspace, Model model) {
        accounts.rememberWorkspace(workspace.userId(), workspace.workspaceId());
        var counts = portfolio.countsByStage(workspace);
        model.addAttribute("stageCounts", counts);
        model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("attention", portfolio.losingTouch(workspace, PageRequest.of(ATTENTION, null)));
        model.addAttribute("memberCount", workspaces.memberCount(workspace));
        return DASHBOARD;
    }
}
