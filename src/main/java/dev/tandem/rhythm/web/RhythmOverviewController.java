package dev.tandem.rhythm.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.rhythm.RhythmOverview;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The rhythm card of a partnership's overview, loaded by htmx: next meeting, open commitments per side. */
@Controller
class RhythmOverviewController {

    private final RhythmOverview overview;

    RhythmOverviewController(RhythmOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/w/{workspaceId}/partnerships/{id}/rhythm/summary")
    String summary(WorkspaceContext workspace, @PathVariable UUID id, Model model) {
        model.addAttribute("summary", overview.of(workspace, id));
        model.addAttribute("partnershipId", id);
        return "rhythm/overview :: summary";
    }
}
