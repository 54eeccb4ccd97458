package dev.tandem.recognition;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds what pages and the API show: milestones and kudos with names, in a fixed number of name look-ups. */
@Component
class RecognitionViews {

    private final Milestones milestones;
    private final Thanks thanks;
    private final People people;
    private final RecognitionSupport support;

    RecognitionViews(Milestones milestones, Thanks thanks, People people, RecognitionSupport support) {
        this.milestones = milestones;
        this.thanks = thanks;
        this.people = people;
        this.support = support;
    }

    Recognition recognition(WorkspaceContext context, UUID partnershipId) {
        var all = milestones.of(context.workspaceId(), partnershipId, LocalDate.of(Dates.FIRST_YEAR, 1, 1));
        var kudos = kudos(context, thanks.of(context.workspaceId(), partnershipId));
        var views = all.stream().map(m -> of(context, m, kudos)).toList();
        return new Recognition(
                views,
                kudos.stream().filter(k -> k.kudos().milestoneId() == null).toList());
    }

    MilestoneView of(WorkspaceContext context, Milestone m) {
        var kudos = kudos(context, thanks.of(context.workspaceId(), m.partnershipId()));
        return of(context, m, kudos);
    }

    MilestoneView of(WorkspaceContext context, Milestone m, List<KudosView> kudos) {
        var names = people.names(context.workspaceId(), m.details().contributors());
        var contributors = m.details().contributors().stream()
                .map(c -> new Named(c, names.getOrDefault(c, "")))
                .toList();
        var goals = m.details().goalIds().stream()
                .map(g -> support.goalTitle(context, g))
                .filter(t -> !t.isEmpty())
                .toList();
        var krs = m.details().keyResultIds().stream()
                .map(k -> support.keyResultMetric(context, k))
                .filter(t -> !t.isEmpty())
                .toList();
        return new MilestoneView(
                m,
                contributors,
                goals,
                krs,
                kudos.stream()
                        .filter(k -> m.id().equals(k.kudos().milestoneId()))
                        .toList());
    }

    KudosView of(WorkspaceContext context, Kudos k) {
        return kudos(context, List.of(k)).get(0);
    }

    List<KudosView> kudos(WorkspaceContext context, List<Kudos> list) {
        var to =
                people.names(context.workspaceId(), list.stream().map(Kudos::to).toList());
        Map<UUID, String> from = people.memberNames(
                context.workspaceId(),
                new HashSet<>(list.stream().map(Kudos::givenBy).toList()));
        List<KudosView> views = new ArrayList<>();
        for (Kudos k : list) {
            views.add(new KudosView(
                    k,
                    to.getOrDefault(k.to(), ""),
                    Objects.requireNonNullElse(from.get(k.givenBy().value()), "")));
        }
        return views;
    }
}
