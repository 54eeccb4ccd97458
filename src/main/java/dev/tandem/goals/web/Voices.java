package dev.tandem.goals.web;

import dev.tandem.goals.AlignmentService;
import dev.tandem.goals.Consultation;
import dev.tandem.goals.ConsultationService;
import dev.tandem.goals.GoalAlignment;
import dev.tandem.identity.WorkspaceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the goals tab shows of the voices consulted: each goal's consultations, what they miss, and today. */
@Component
class Voices {

    private final ConsultationService consultations;
    private final AlignmentService alignment;
    private final Clock clock;

    Voices(ConsultationService consultations, AlignmentService alignment, Clock clock) {
        this.consultations = consultations;
        this.alignment = alignment;
        this.clock = clock;
    }

    /** For a goal's section alone: the alignment too, whose voices missing are refreshed beside it. */
    void fill(WorkspaceContext workspace, UUID partnershipId, Model model) {
        var aligned = alignment.of(workspace, partnershipId);
        model.addAttribute("alignment", aligned);
        fill(workspace, partnershipId, aligned, model);
    }

    void fill(WorkspaceContext workspace, UUID partnershipId, GoalAlignment of, Model model) {
        Map<UUID, List<Consultation>> byGoal = new HashMap<>();
        consultations
                .ofPartnership(workspace, partnershipId)
                .forEach(c -> byGoal.computeIfAbsent(c.goalId(), k -> new ArrayList<>())
                        .add(c));
        model.addAttribute("consultations", byGoal);
        Map<UUID, List<Consultation.Missing>> missing = new LinkedHashMap<>();
        of.voicesMissing().forEach(gap -> missing.put(gap.goal().id(), gap.missing()));
        model.addAttribute("voicesMissingByGoal", missing);
        model.addAttribute("voicesToday", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}
