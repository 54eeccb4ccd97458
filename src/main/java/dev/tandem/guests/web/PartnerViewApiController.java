package dev.tandem.guests.web;

import dev.tandem.goals.GoalView;
import dev.tandem.goals.KeyResultView;
import dev.tandem.guests.GuestActions;
import dev.tandem.guests.PartnerView;
import dev.tandem.guests.PartnerViews;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.rhythm.AgendaItem;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.Reliability;
import dev.tandem.rhythm.Reply;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner view over the API: with a guest's token, everything a guest sees of their partnership. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/partner-view")
@Tag(name = "Guests")
class PartnerViewApiController {

    record Person(String name, String role) {

        static Person of(ParticipantView p) {
            return new Person(p.name() == null ? "" : p.name(), p.participant().role());
        }
    }

    record NoteJson(UUID id, String body, Instant createdAt) {}

    record KeyResultJson(
            String metric,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            @Nullable BigDecimal latest,
            int percent) {

        static KeyResultJson of(KeyResultView kr) {
            var d = kr.keyResult().details();
            return new KeyResultJson(
                    d.metric(),
                    d.unit(),
                    d.baseline(),
                    d.target(),
                    kr.latest() == null ? null : kr.latest().value(),
                    kr.progress().percent());
        }
    }

    record GoalJson(
            UUID id,
            String title,
            @Nullable String description,
            LocalDate dueOn,
            String status,
            @Nullable String ourOwner,
            @Nullable String theirOwner,
            @Nullable Integer percent,
            List<KeyResultJson> keyResults) {

        static GoalJson of(GoalView g) {
            var d = g.goal().details();
            return new GoalJson(
                    g.goal().id(),
                    d.title(),
                    d.description(),
                    d.dueOn(),
                    d.status().name(),
                    g.ourOwnerName(),
                    g.theirOwnerName(),
                    g.progress() == null ? null : g.progress().percent(),
                    g.keyResults().stream().map(KeyResultJson::of).toList());
        }
    }

    /** {@code notes} and {@code decisions} are empty unless the team shared them. */
    record MeetingJson(
            UUID id,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            @Nullable String place,
            @Nullable String videoUrl,
            List<String> agenda,
            String notes,
            String decisions,
            @Nullable Instant heldAt,

            @Schema(description = "What the guest calling answered about coming (null: nothing yet)") @Nullable
            Reply myReply) {

        static MeetingJson of(PartnerView.SharedMeeting m) {
            var meeting = m.meeting();
            return new MeetingJson(
                    meeting.id(),
                    meeting.startsAt(),
                    meeting.endsAt(),
                    meeting.zone().getId(),
                    meeting.place(),
                    meeting.videoUrl(),
                    meeting.agenda().stream().map(AgendaItem::title).toList(),
                    m.notes(),
                    m.decisions(),
                    meeting.heldAt(),
                    m.myReply());
        }
    }

    record CommitmentJson(
            UUID id,
            String what,
            String side,
            @Nullable String owner,
            LocalDate dueOn,
            String status,
            @Nullable LocalDate doneOn,
            long version) {

        static CommitmentJson of(Commitment c, PartnerView view) {
            return new CommitmentJson(
                    c.id(),
                    c.what(),
                    c.ownerSide().name(),
                    view.ownerName(c),
                    c.dueOn(),
                    c.status().name(),
                    c.doneOn(),
                    c.version());
        }
    }

    /** Each side's on-time share of the commitments due in the window (null: none were due). */
    record ReliabilityJson(
            LocalDate from,
            LocalDate to,
            @Nullable Integer us,
            @Nullable Integer them) {

        static ReliabilityJson of(Reliability r) {
            return new ReliabilityJson(
                    r.from(), r.to(), r.us().percent(), r.them().percent());
        }
    }

    record PartnerViewJson(
            UUID id,
            String name,
            String kind,
            String stage,
            @Nullable String purpose,
            List<String> values,
            String ourOrganization,
            @Nullable String theirOrganization,
            @Nullable String theirContact,
            List<Person> ours,
            List<Person> theirs,
            List<NoteJson> notes,
            List<GoalJson> goals,
            List<MeetingJson> meetings,
            List<CommitmentJson> commitments,
            ReliabilityJson reliability) {}

    record StatusRequest(
            @NotNull(message = "{validation.required}") CommitmentStatus status,
            @Nullable Long version) {}

    record AgendaRequest(
            @NotBlank(message = "{validation.required}")
            @Size(max = AgendaItem.TITLE_LENGTH, message = "{validation.size.max}")
            String title) {}

    private final PartnerViews views;
    private final GuestActions actions;

    PartnerViewApiController(PartnerViews views, GuestActions actions) {
        this.views = views;
        this.actions = actions;
    }

    @GetMapping
    @OpenToGuests
    @Operation(
            summary = "The partnership as its guests see it: SHARED notes and goals, meetings, both sides' commitments",
            description = "Open to the partnership's guests and to members (to see what the other side sees). "
                    + "Never INTERNAL notes or goals, a meeting's notes and decisions only when shared, no health.")
    PartnerViewJson show(WorkspaceContext workspace, @PathVariable UUID id) {
        PartnerView v = views.of(workspace, id);
        var p = v.partnership().partnership();
        var d = p.details();
        return new PartnerViewJson(
                p.id(),
                p.name(),
                d.kind().name(),
                p.stage().name(),
                d.purpose(),
                d.values(),
                v.ourOrganization(),
                v.partnership().organizationName(),
                v.partnership().contactName(),
                v.ours().stream().map(Person::of).toList(),
                v.theirs().stream().map(Person::of).toList(),
                v.notes().stream()
                        .map(n -> new NoteJson(n.id(), n.body(), n.createdAt()))
                        .toList(),
                v.goals().stream().map(GoalJson::of).toList(),
                v.meetings().stream().map(MeetingJson::of).toList(),
                v.commitments().stream().map(c -> CommitmentJson.of(c, v)).toList(),
                ReliabilityJson.of(v.reliability()));
    }

    @PostMapping("/commitments/{commitmentId}/status")
    @OpenToGuests
    @Operation(
            summary = "Change the status of one of the partner side's commitments",
            description = "Only commitments owned by their side (THEM): 403 for ours. 412 when version is stale.")
    CommitmentJson commitment(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID commitmentId,
            @Valid @RequestBody StatusRequest request) {
        var changed = actions.commitment(workspace, id, commitmentId, request.status(), request.version());
        return CommitmentJson.of(changed, views.of(workspace, id));
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    @OpenToGuests
    @Operation(summary = "Add an item to the agenda of an upcoming meeting", description = "400 for a past meeting.")
    MeetingJson agenda(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @Valid @RequestBody AgendaRequest request) {
        var meeting = actions.agenda(workspace, id, meetingId, request.title());
        return MeetingJson.of(new PartnerView.SharedMeeting(meeting, false, null));
    }

    @PostMapping("/meetings/{meetingId}/reply")
    @OpenToGuests
    @Operation(
            summary = "Say whether you will come to an upcoming meeting (a guest who is one of the participants)",
            description = "400 for a meeting held or started; 403 for a guest who is not a participant, and for members"
                    + " (who record attendance on the meeting).")
    ReplyJson reply(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @Valid @RequestBody ReplyRequest request) {
        actions.reply(workspace, id, meetingId, request.reply());
        return new ReplyJson(meetingId, request.reply());
    }

    record ReplyRequest(
            @NotNull(message = "{validation.required}") Reply reply) {}

    record ReplyJson(UUID meetingId, Reply reply) {}
}
