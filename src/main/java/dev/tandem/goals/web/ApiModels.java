package dev.tandem.goals.web;

import dev.tandem.goals.Consultation;
import dev.tandem.goals.Direction;
import dev.tandem.goals.Goal;
import dev.tandem.goals.GoalAlignment;
import dev.tandem.goals.GoalDetails;
import dev.tandem.goals.GoalStatus;
import dev.tandem.goals.GoalView;
import dev.tandem.goals.KeyResultDetails;
import dev.tandem.goals.KeyResultView;
import dev.tandem.goals.Measurement;
import dev.tandem.goals.OwnGoal;
import dev.tandem.goals.OwnGoalKind;
import dev.tandem.goals.Progress;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.UserId;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The JSON of the goals API: requests with their limits, and views. */
final class ApiModels {

    private ApiModels() {}

    /** A shared goal to set or replace; status defaults to ACTIVE (on replace: stays as it is). */
    record GoalRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = GoalDetails.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @Nullable @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
            String description,

            @Nullable @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
            String why,

            @Nullable UUID ourOwnerId,
            @Nullable UUID theirOwnerId,
            @NotNull(message = "{validation.required}") LocalDate dueOn,
            @Nullable GoalStatus status,

            @Nullable @Size(max = GoalDetails.MAX_SERVES, message = "{validation.size.max}")
            List<UUID> serves) {

        GoalDetails details(GoalStatus current) {
            return new GoalDetails(
                    title,
                    description,
                    why,
                    ourOwnerId == null ? null : UserId.of(ourOwnerId),
                    theirOwnerId,
                    dueOn,
                    status == null ? current : status,
                    serves == null ? List.of() : serves);
        }
    }

    /** A partial change of a goal: what is absent (or null) stays as it is. */
    record GoalPatch(
            @Nullable @Size(max = GoalDetails.TITLE_LENGTH, message = "{validation.size.max}")
            String title,

            @Nullable @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
            String description,

            @Nullable @Size(max = GoalDetails.TEXT_LENGTH, message = "{validation.size.max}")
            String why,

            @Nullable UUID ourOwnerId,
            @Nullable UUID theirOwnerId,
            @Nullable LocalDate dueOn,
            @Nullable GoalStatus status,

            @Nullable @Size(max = GoalDetails.MAX_SERVES, message = "{validation.size.max}")
            List<UUID> serves) {

        GoalDetails applyTo(Goal goal) {
            var d = goal.details();
            return new GoalDetails(
                    title != null && !title.isBlank() ? title : d.title(),
                    description != null ? description : d.description(),
                    why != null ? why : d.why(),
                    ourOwnerId != null ? UserId.of(ourOwnerId) : d.ourOwner(),
                    theirOwnerId != null ? theirOwnerId : d.theirOwner(),
                    dueOn != null ? dueOn : d.dueOn(),
                    status != null ? status : d.status(),
                    serves != null ? serves : d.serves());
        }
    }

    /** A key result; direction defaults to the way from baseline to target. */
    record KeyResultRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = KeyResultDetails.METRIC_LENGTH, message = "{validation.size.max}")
            String metric,

            @Nullable @Size(max = KeyResultDetails.UNIT_LENGTH, message = "{validation.size.max}")
            String unit,

            @NotNull(message = "{validation.required}")
            @Digits(integer = 14, fraction = 6, message = "{goals.validation.number}")
            BigDecimal baseline,

            @NotNull(message = "{validation.required}")
            @Digits(integer = 14, fraction = 6, message = "{goals.validation.number}")
            BigDecimal target,

            @Nullable Direction direction) {

        KeyResultDetails details() {
            return new KeyResultDetails(
                    metric,
                    unit == null ? "" : unit,
                    baseline,
                    target,
                    direction != null ? direction : target.compareTo(baseline) < 0 ? Direction.DOWN : Direction.UP);
        }
    }

    /** A partial change of a key result: what is absent (or null) stays as it is. */
    record KeyResultPatch(
            @Nullable @Size(max = KeyResultDetails.METRIC_LENGTH, message = "{validation.size.max}")
            String metric,

            @Nullable @Size(max = KeyResultDetails.UNIT_LENGTH, message = "{validation.size.max}")
            String unit,

            @Nullable @Digits(integer = 14, fraction = 6, message = "{goals.validation.number}")
            BigDecimal baseline,

            @Nullable @Digits(integer = 14, fraction = 6, message = "{goals.validation.number}")
            BigDecimal target,

            @Nullable Direction direction) {

        KeyResultDetails applyTo(KeyResultDetails d) {
            return new KeyResultDetails(
                    metric != null && !metric.isBlank() ? metric : d.metric(),
                    unit != null ? unit : d.unit(),
                    baseline != null ? baseline : d.baseline(),
                    target != null ? target : d.target(),
                    direction != null ? direction : d.direction());
        }
    }

    /** A value on a day (today by default). */
    record MeasurementRequest(
            @NotNull(message = "{validation.required}")
            @Digits(integer = 14, fraction = 6, message = "{goals.validation.number}")
            BigDecimal value,

            @Nullable LocalDate measuredOn,

            @Nullable @Size(max = Measurement.NOTE_LENGTH, message = "{validation.size.max}")
            String note) {}

    record OwnGoalRequest(
            @NotNull(message = "{validation.required}") Side side,
            @NotNull(message = "{validation.required}") OwnGoalKind kind,

            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
            String title,

            @Nullable @Size(max = 2000, message = "{validation.size.max}")
            String description) {}

    record Ref(UUID id, @Nullable String name) {}

    record MeasurementJson(
            UUID id,
            UUID keyResultId,
            BigDecimal value,
            LocalDate measuredOn,
            @Nullable String note,
            UUID recordedBy,
            Instant createdAt) {

        static MeasurementJson of(Measurement m) {
            return new MeasurementJson(
                    m.id(),
                    m.keyResultId(),
                    m.value(),
                    m.measuredOn(),
                    m.note(),
                    m.recordedBy().value(),
                    m.createdAt());
        }
    }

    record KeyResultJson(
            UUID id,
            UUID goalId,
            String metric,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            Direction direction,
            @Nullable MeasurementJson latest,
            Progress progress,
            Instant createdAt,
            long version) {

        static KeyResultJson of(KeyResultView view) {
            var kr = view.keyResult();
            var d = kr.details();
            return new KeyResultJson(
                    kr.id(),
                    kr.goalId(),
                    d.metric(),
                    d.unit(),
                    d.baseline(),
                    d.target(),
                    d.direction(),
                    view.latest() == null ? null : MeasurementJson.of(view.latest()),
                    view.progress(),
                    kr.createdAt(),
                    kr.version());
        }
    }

    record GoalJson(
            UUID id,
            UUID partnershipId,
            String title,
            @Nullable String description,
            @Nullable String why,
            @Nullable Ref ourOwner,
            @Nullable Ref theirOwner,
            LocalDate dueOn,
            GoalStatus status,
            List<UUID> serves,
            @Nullable Progress progress,
            List<KeyResultJson> keyResults,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static GoalJson of(GoalView view) {
            var g = view.goal();
            var d = g.details();
            return new GoalJson(
                    g.id(),
                    g.partnershipId(),
                    d.title(),
                    d.description(),
                    d.why(),
                    d.ourOwner() == null ? null : new Ref(d.ourOwner().value(), view.ourOwnerName()),
                    d.theirOwner() == null ? null : new Ref(d.theirOwner(), view.theirOwnerName()),
                    d.dueOn(),
                    d.status(),
                    d.serves(),
                    view.progress(),
                    view.keyResults().stream().map(KeyResultJson::of).toList(),
                    g.createdAt(),
                    g.updatedAt(),
                    g.version());
        }
    }

    record OwnGoalJson(
            UUID id,
            UUID partnershipId,
            Side side,
            OwnGoalKind kind,
            String title,
            @Nullable String description,
            Instant createdAt,
            long version) {

        static OwnGoalJson of(OwnGoal o) {
            return new OwnGoalJson(
                    o.id(),
                    o.partnershipId(),
                    o.side(),
                    o.kind(),
                    o.title(),
                    o.description(),
                    o.createdAt(),
                    o.version());
        }
    }

    record AlignmentJson(
            int activeGoals,
            int alignedGoals,
            int misalignedGoals,
            boolean aligned,
            List<GoalAlignment.GoalRef> withoutOurOwner,
            List<GoalAlignment.GoalRef> withoutTheirOwner,
            List<GoalAlignment.GoalRef> servingNothingOfOurs,
            List<GoalAlignment.GoalRef> servingNothingOfTheirs,
            List<OwnGoalJson> unservedOwnGoals,
            List<GoalAlignment.VoiceGap> voicesMissing) {

        static AlignmentJson of(GoalAlignment a) {
            return new AlignmentJson(
                    a.activeGoals(),
                    a.alignedGoals(),
                    a.misalignedGoals(),
                    a.isAligned(),
                    a.withoutOurOwner(),
                    a.withoutTheirOwner(),
                    a.servingNothingOfOurs(),
                    a.servingNothingOfTheirs(),
                    a.unservedOwnGoals().stream().map(OwnGoalJson::of).toList(),
                    a.voicesMissing());
        }
    }

    /** A voice consulted on a shared goal, as recorded. */
    record ConsultationJson(
            UUID id,
            UUID goalId,
            Side side,
            String who,
            @Nullable String role,
            boolean doesTheWork,
            LocalDate consultedOn,
            Consultation.How how,
            Instant createdAt) {

        static ConsultationJson of(Consultation c) {
            return new ConsultationJson(
                    c.id(),
                    c.goalId(),
                    c.side(),
                    c.who(),
                    c.role(),
                    c.doesTheWork(),
                    c.consultedOn(),
                    c.how(),
                    c.createdAt());
        }
    }

    /** Who was consulted on a goal: side, who (a person or a group), role, whether of the teams doing the work, when, how. */
    record ConsultationRequest(
            @NotNull(message = "{validation.required}") Side side,
            @NotNull(message = "{validation.required}") String who,
            @Nullable String role,
            @Nullable Boolean doesTheWork,
            @NotNull(message = "{validation.required}") LocalDate consultedOn,
            @NotNull(message = "{validation.required}") Consultation.How how) {

        Consultation.Details details() {
            return new Consultation.Details(side, who, role, Boolean.TRUE.equals(doesTheWork), consultedOn, how);
        }
    }
}
