package dev.tandem.webhooks.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.web.ETagged;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import dev.tandem.webhooks.Delivery;
import dev.tandem.webhooks.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/webhooks")
@RequiresRole(Role.ADMIN)
@Tag(
        name = "Webhooks",
        description = "Endpoints that receive the workspace's events as signed HTTP POSTs (Standard Webhooks: "
                + "headers webhook-id, webhook-timestamp and webhook-signature = `v1,` + base64 HMAC-SHA256 of "
                + "`id.timestamp.body`, keyed by the base64 part of the `whsec_` secret). The body is the "
                + "WebhookEnvelope (see the webhooks section of this description). Delivered at least once, retried "
                + "with exponential backoff for up to a day; an endpoint failing repeatedly is disabled. ADMIN.")
class WebhookApiController {

    private final WebhookService webhooks;

    WebhookApiController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    @Operation(summary = "The workspace's webhook endpoints (secrets are never shown again)")
    List<EndpointJson> list(WorkspaceContext workspace) {
        return webhooks.endpoints(workspace).stream().map(EndpointJson::of).toList();
    }

    @PostMapping
    @Audited(AuditAction.SETTINGS_CHANGED)
    @Operation(
            summary = "Register an endpoint",
            description = "The answer holds the signing secret, shown this once. A private, loopback or link-local "
                    + "address is 400 unless the installation allows private targets.")
    ResponseEntity<EndpointJson> create(WorkspaceContext workspace, @Valid @RequestBody EndpointJson.Request request) {
        var made = webhooks.register(workspace, request.input());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspace.workspaceId() + "/webhooks/"
                        + made.endpoint().id()))
                .eTag(ETags.of(made.endpoint().version()))
                .body(EndpointJson.of(made));
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "One endpoint")
    ResponseEntity<EndpointJson> get(WorkspaceContext workspace, @PathVariable UUID id) {
        var endpoint = webhooks.get(workspace, id);
        return ETags.ok(EndpointJson.of(endpoint), endpoint.version());
    }

    @PutMapping("/{id}")
    @ETagged
    @Audited(AuditAction.SETTINGS_CHANGED)
    @Operation(
            summary = "Change an endpoint",
            description = "Turning a disabled endpoint active again clears its failures. With If-Match, an "
                    + "endpoint changed meanwhile is 412 and nothing is written.")
    ResponseEntity<EndpointJson> replace(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody EndpointJson.Request request) {
        var endpoint = webhooks.update(workspace, id, ifMatch.basedOn(), request.input());
        return ETags.ok(EndpointJson.of(endpoint), endpoint.version());
    }

    @PostMapping("/{id}/rotate-secret")
    @Audited(AuditAction.SETTINGS_CHANGED)
    @Operation(
            summary = "Make a new signing secret",
            description = "Answers the new secret, shown this once. The previous secret keeps signing alongside "
                    + "(two signatures in webhook-signature) until previousSecretUntil, a day by default.")
    EndpointJson rotate(WorkspaceContext workspace, @PathVariable UUID id) {
        return EndpointJson.of(webhooks.rotate(workspace, id));
    }

    @DeleteMapping("/{id}")
    @Audited(AuditAction.SETTINGS_CHANGED)
    @Operation(summary = "Delete an endpoint, with its delivery log and what it was still owed")
    ResponseEntity<Void> delete(WorkspaceContext workspace, @PathVariable UUID id) {
        webhooks.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log: status, tries, last response code and time; newest first")
    Page<Delivery> deliveries(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return webhooks.deliveries(workspace, id, PageRequest.of(limit, cursor));
    }

    @PostMapping("/{id}/test")
    @Operation(
            summary = "Send a test event",
            description = "Queues a webhook.test message to this endpoint alone (202); it goes out within seconds.")
    ResponseEntity<Delivery> test(WorkspaceContext workspace, @PathVariable UUID id) {
        return ResponseEntity.accepted().body(webhooks.sendTest(workspace, id));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            summary = "Send a delivered or failed message again",
            description = "Same webhook-id, a fresh day of tries (202). 409 while it is still pending.")
    ResponseEntity<Delivery> redeliver(
            WorkspaceContext workspace, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        return ResponseEntity.accepted().body(webhooks.redeliver(workspace, id, deliveryId));
    }
}
