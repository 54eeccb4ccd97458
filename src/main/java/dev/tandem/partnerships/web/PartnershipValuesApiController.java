package dev.tandem.partnerships.web;

import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipDetails;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipValues;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/partnerships/{id}")
@Tag(
        name = "Values",
        description = "The values each side of a partnership commits to in it: shared ones and those only one side "
                + "holds. Values compare ignoring case. Stating values changes the partnership's version (its ETag).")
class PartnershipValuesApiController {

    private final PartnershipService partnerships;

    PartnershipValuesApiController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    /** The values of both sides, and how they meet. */
    record ValuesJson(
            List<String> ours,
            List<String> theirs,
            List<String> shared,
            List<String> oursOnly,
            List<String> theirsOnly,
            long version) {

        static ValuesJson of(PartnershipValues v) {
            return new ValuesJson(
                    v.of(Side.OURS), v.of(Side.THEIRS), v.shared(), v.oursOnly(), v.theirsOnly(), v.version());
        }
    }

    /** The values one side states, replacing what it said before. */
    record ValuesRequest(
            @NotNull(message = "{validation.required}")
            @Size(max = PartnershipDetails.MAX_VALUES, message = "{validation.size.max}")
            List<@Size(max = PartnershipDetails.VALUE_LENGTH, message = "{validation.size.max}") String> values) {}

    @GetMapping("/values")
    @ETagged
    @OpenToGuests
    @Operation(
            summary = "The values each side states, shared ones and those only one side holds",
            description = "A guest reads the values of their own partnership (both sides).")
    ResponseEntity<ValuesJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        return json(partnerships.values(workspace, id));
    }

    @PutMapping("/values/{side}")
    @ETagged
    @Operation(
            summary = "State the values one side commits to (side: ours or theirs)",
            description = "Replaces that side's values and keeps the other side's. With If-Match, a partnership "
                    + "changed meanwhile is 412 and nothing is written.")
    ResponseEntity<ValuesJson> state(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String side,
            IfMatch ifMatch,
            @Valid @RequestBody ValuesRequest request) {
        Side stated = switch (side) {
            case "ours" -> Side.OURS;
            case "theirs" -> Side.THEIRS;
            default -> throw new NotFound("problem.notFound");
        };
        return json(partnerships.stateValues(workspace, id, stated, ifMatch.basedOn(), request.values()));
    }

    @PutMapping("/partner-view/values")
    @ETagged
    @OpenToGuests
    @Operation(
            summary = "A guest states their side's values",
            description = "From the partner view: replaces the partner side's values and keeps ours. With If-Match, "
                    + "a partnership changed meanwhile is 412 and nothing is written.")
    ResponseEntity<ValuesJson> stateTheirs(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody ValuesRequest request) {
        return json(partnerships.stateValues(workspace, id, Side.THEIRS, ifMatch.basedOn(), request.values()));
    }

    private static ResponseEntity<ValuesJson> json(PartnershipValues values) {
        return ETags.ok(ValuesJson.of(values), values.version());
    }
}
