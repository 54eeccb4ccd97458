package dev.tandem.health.web;

import dev.tandem.health.Factor;
import dev.tandem.health.FactorScore;
import dev.tandem.health.HealthFilter;
import dev.tandem.health.HealthService;
import dev.tandem.health.HealthSettings;
import dev.tandem.health.PortfolioHealth;
import dev.tandem.health.Signal;
import dev.tandem.health.StoredHealth;
import dev.tandem.health.StoredSettings;
import dev.tandem.health.WeekScore;
import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.Formats;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(
        name = "Health",
        description =
                "The health index: scores with the facts behind them, signals with suggested "
                        + "next steps, weekly trends. Internal to the workspace. Evidence and suggestions follow Accept-Language.")
class HealthApiController {

    private final HealthService health;
    private final Formats formats;

    HealthApiController(HealthService health, Formats formats) {
        this.health = health;
        this.formats = formats;
    }

    record PortfolioJson(
            UUID partnershipId,
            String name,
            PartnershipKind kind,
            Stage stage,
            UUID ownerId,
            @Nullable Integer score,
            int confidence,
            int risk,
            @Nullable SignalJson topSignal,
            List<TrendJson> trend) {}

    record HealthJson(
            UUID partnershipId,
            @Nullable Integer score,
            int confidence,
            List<FactorJson> factors,
            List<SignalJson> signals,
            List<TrendJson> trend,
            @Nullable Boolean growingTogether,
            @Nullable LocalDate asOf,
            List<Factor> missing) {}

    record FactorJson(Factor name, @Nullable Integer score, int weight, String evidence) {}

    record SignalJson(String type, String severity, String evidence, String suggestion) {}

    record TrendJson(LocalDate week, @Nullable Integer score) {}

    record SettingsJson(
            @NotNull Map<Factor, Integer> weights,
            int missedMeetings,
            int ofLastMeetings,
            int onTimeBelow,
            int overdueAtLeast,
            int growingPoints) {

        static SettingsJson of(HealthSettings s) {
            return new SettingsJson(
                    s.weights(),
                    s.missedMeetings(),
                    s.ofLastMeetings(),
                    s.onTimeBelow(),
                    s.overdueAtLeast(),
                    s.growingPoints());
        }
    }

    @GetMapping("/health")
    @Operation(
            summary = "The portfolio by risk, highest first, with each partnership's score, top signal and 12-week "
                    + "trend",
            description = "Risk is 100 minus the score, plus 20/10/5 for the most urgent warning; ended "
                    + "partnerships have no score and are not listed. Cursor-paginated; filters kind, stage, ownerId.")
    Page<PortfolioJson> portfolio(
            WorkspaceContext workspace,
            @RequestParam(defaultValue = "risk") String sort,
            @RequestParam(required = false) @Nullable PartnershipKind kind,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable UUID ownerId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        if (!sort.equals("risk")) {
            throw new InvalidInput("health.sort").on("sort");
        }
        return health.portfolio(workspace, new HealthFilter(kind, stage, ownerId), PageRequest.of(limit, cursor))
                .map(this::portfolioJson);
    }

    @GetMapping("/partnerships/{id}/health")
    @Operation(
            summary = "A partnership's health: score, confidence, factors with weights and evidence, signals with "
                    + "suggestions, 12-week trend",
            description = "A factor without data has no score and is listed in "
                    + "missing; the score is computed from the rest with their weights rescaled.")
    HealthJson partnership(WorkspaceContext workspace, @PathVariable UUID id) {
        var page = health.of(workspace, id);
        var stored = page.health();
        var trend = trend(page.trend());
        if (stored == null) {
            return new HealthJson(id, null, 0, List.of(), List.of(), trend, null, null, List.of());
        }
        return new HealthJson(
                id,
                stored.score(),
                stored.confidence(),
                stored.factors().stream().map(this::factorJson).toList(),
                stored.signals().stream().map(this::signalJson).toList(),
                trend,
                page.growingTogether() == null ? null : page.growingTogether().growing(),
                stored.asOf(),
                stored.missing());
    }

    @GetMapping("/health/settings")
    @ETagged
    @Operation(
            summary = "The workspace's factor weights and signal thresholds",
            description = "The ETag names their "
                    + "version: send it back as If-Match to change them only if nobody did meanwhile.")
    ResponseEntity<SettingsJson> settings(WorkspaceContext workspace) {
        return json(health.storedSettings(workspace));
    }

    @Audited(AuditAction.SETTINGS_CHANGED)
    @PutMapping("/health/settings")
    @RequiresRole(Role.ADMIN)
    @Operation(
            summary = "Change weights and thresholds (admins)",
            description = "Weights 0–100, at least one above "
                    + "zero; missedMeetings ≤ ofLastMeetings ≤ 20. Recomputes every score of the workspace. Answers the new "
                    + "version's ETag; with If-Match, settings changed meanwhile are 412 and nothing is written.")
    @ETagged
    ResponseEntity<SettingsJson> change(
            WorkspaceContext workspace, IfMatch ifMatch, @RequestBody SettingsJson request) {
        var weights = new EnumMap<Factor, Integer>(Factor.class);
        if (request.weights() != null) {
            weights.putAll(request.weights());
        }
        var changed = new HealthSettings(
                weights,
                request.missedMeetings(),
                request.ofLastMeetings(),
                request.onTimeBelow(),
                request.overdueAtLeast(),
                request.growingPoints());
        return json(health.changeSettings(workspace, ifMatch.basedOn(), changed));
    }

    private static ResponseEntity<SettingsJson> json(StoredSettings stored) {
        return ETags.ok(SettingsJson.of(stored.settings()), stored.version());
    }

    private PortfolioJson portfolioJson(PortfolioHealth line) {
        StoredHealth h = line.health();
        Signal top = h.topSignal();
        return new PortfolioJson(
                h.partnershipId(),
                h.name(),
                h.kind(),
                h.stage(),
                h.ownerId(),
                h.score(),
                h.confidence(),
                h.risk(),
                top == null ? null : signalJson(top),
                trend(line.trend()));
    }

    private FactorJson factorJson(FactorScore f) {
        return new FactorJson(
                f.factor(),
                f.score(),
                f.weight(),
                text(f.evidence().messageKey(), f.evidence().args()));
    }

    private SignalJson signalJson(Signal s) {
        return new SignalJson(
                s.type().name(),
                s.severity().name(),
                text(s.evidence().messageKey(), s.evidence().args()),
                text(
                        s.suggestionKey(),
                        Arrays.stream(s.suggestionArgs()).map(String::valueOf).toList()));
    }

    private static List<TrendJson> trend(List<WeekScore> weeks) {
        return weeks.stream().map(w -> new TrendJson(w.week(), w.score())).toList();
    }

    private String text(String key, List<String> args) {
        return formats.message(key, args);
    }
}
