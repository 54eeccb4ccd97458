package dev.tandem.guests.web;

import dev.tandem.guests.GuestContribution;
import dev.tandem.guests.GuestLedger;
import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryDetails;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.EntryView;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.SharedLedger;
import dev.tandem.ledger.Split;
import dev.tandem.ledger.Unit;
import dev.tandem.recognition.Kudos;
import dev.tandem.recognition.KudosView;
import dev.tandem.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shared ledger and kudos from the partner view, over the API: what a guest sees and records of them. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}/partner-view")
@Tag(name = "Guests")
class PartnerLedgerApiController {

    record SplitJson(
            BigDecimal us,
            BigDecimal them,
            @Nullable Integer ourPercent,
            @Nullable Integer theirPercent) {

        static SplitJson of(Split s) {
            return new SplitJson(s.us(), s.them(), s.ourPercent(), s.theirPercent());
        }
    }

    record ContributionJson(
            UUID id,
            LedgerSide side,
            EntryKind kind,
            String description,
            LocalDate occurredOn,
            BigDecimal amount,
            @Nullable String currency,
            @Nullable BigDecimal value) {

        static ContributionJson of(EntryView v) {
            var d = v.entry().details();
            return new ContributionJson(
                    v.entry().id(),
                    d.side(),
                    d.kind(),
                    d.description(),
                    d.occurredOn(),
                    d.amount(),
                    d.currency() == null ? null : d.currency().getCurrencyCode(),
                    v.value());
        }
    }

    record SharedLedgerJson(
            LocalDate from,
            LocalDate to,
            Unit unit,
            SplitJson contributions,
            SplitJson rewards,
            List<ContributionJson> recent) {}

    record ContributionRequest(
            @Nullable LedgerSide side,
            @NotNull(message = "{validation.required}") EntryKind kind,

            @NotBlank(message = "{validation.required}")
            @Size(max = EntryDetails.DESCRIPTION_LENGTH, message = "{validation.size.max}")
            String description,

            @NotNull(message = "{validation.required}") LocalDate occurredOn,
            @NotNull(message = "{validation.required}") BigDecimal amount,
            @Nullable String currency) {}

    record KudosRequest(
            @NotNull(message = "{validation.required}") UUID personId,

            @NotBlank(message = "{validation.required}")
            @Size(max = Kudos.MESSAGE_LENGTH, message = "{validation.size.max}")
            String message) {}

    record KudosJson(UUID id, String to, String message, LocalDate givenOn) {}

    private final GuestLedger ledger;

    PartnerLedgerApiController(GuestLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/ledger")
    @OpenToGuests
    @Operation(
            summary = "The partnership's ledger, once the team shares it: the balance of the last 180 days and the "
                    + "latest contributions",
            description = "404 while the ledger is internal (the default).")
    SharedLedgerJson shown(WorkspaceContext workspace, @PathVariable UUID id) {
        SharedLedger shared = ledger.ledger(workspace, id).orElseThrow(() -> new NotFound("ledger.shared.notShared"));
        var b = shared.balance();
        return new SharedLedgerJson(
                b.from(),
                b.to(),
                b.valuation().unit(),
                SplitJson.of(b.contributions()),
                SplitJson.of(b.rewards()),
                shared.contributions().stream().map(ContributionJson::of).toList());
    }

    @PostMapping("/contributions")
    @OpenToGuests
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a contribution of the partner's side to the shared ledger (guests only)",
            description = "side: THEM (the default; US is 403). kind: TIME, MONEY (with currency), RESOURCE, "
                    + "INTRODUCTION, EXPERTISE or OTHER; occurredOn not in the future; amount never negative. "
                    + "404 while the ledger is internal; 403 for members, who record on the ledger.")
    ContributionJson contribute(
            WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody ContributionRequest request) {
        var recorded = ledger.contribute(
                workspace,
                id,
                new GuestContribution(
                        request.side(),
                        request.kind(),
                        request.description(),
                        request.occurredOn().toString(),
                        request.amount().toPlainString(),
                        request.currency()));
        return ContributionJson.of(recorded);
    }

    @PostMapping("/kudos")
    @OpenToGuests
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Thank someone of our side (guests only); shown in the shared space to both sides",
            description = "personId: the user id of a member who takes part in the partnership (400 otherwise); "
                    + "message: up to 500 characters. 403 for members, who thank from the recognition tab.")
    KudosJson thank(WorkspaceContext workspace, @PathVariable UUID id, @Valid @RequestBody KudosRequest request) {
        KudosView v = ledger.thank(workspace, id, request.personId(), request.message());
        return new KudosJson(
                v.kudos().id(), v.toName(), v.kudos().message(), v.kudos().givenOn());
    }
}
