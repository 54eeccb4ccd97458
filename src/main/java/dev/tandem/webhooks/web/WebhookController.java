package dev.tandem.webhooks.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.webhooks.EventType;
import dev.tandem.webhooks.WebhookService;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks settings page (the endpoints, with an empty state, and the form to register one) and an endpoint's
 * page (its settings, secret rotation, a test event, and the delivery log with redelivery). ADMIN. A new or rotated
 * secret is shown once, on the page the action leads to.
 */
@Controller
@RequiresRole(Role.ADMIN)
class WebhookController {

    static final String LIST = "webhooks/webhooks";
    static final String ENDPOINT = "webhooks/endpoint";

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/w/{workspaceId}/settings/webhooks")
    String list(WorkspaceContext workspace, Model model) {
        if (!model.containsAttribute("endpointForm")) {
            model.addAttribute("endpointForm", new EndpointForm());
        }
        return showList(workspace, model);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks")
    @Audited(AuditAction.SETTINGS_CHANGED)
    String register(
            WorkspaceContext workspace,
            @Valid @ModelAttribute("endpointForm") EndpointForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                var made = webhooks.register(workspace, form.input());
                flash.addFlashAttribute("secret", made.secret());
                Flash.notice(flash, "webhooks.registered");
                return "redirect:" + path(workspace, made.endpoint().id());
            } catch (Refusal problem) {
                Forms.reject(binding, problem);
            }
        }
        return showList(workspace, model);
    }

    @GetMapping("/w/{workspaceId}/settings/webhooks/{id}")
    String endpoint(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        var endpoint = webhooks.get(workspace, id);
        if (!model.containsAttribute("endpointForm")) {
            model.addAttribute("endpointForm", EndpointForm.of(endpoint));
        }
        return showEndpoint(workspace, id, cursor, model);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks/{id}")
    @Audited(AuditAction.SETTINGS_CHANGED)
    String save(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @Valid @ModelAttribute("endpointForm") EndpointForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        webhooks.get(workspace, id);
        if (!binding.hasErrors()) {
            try {
                webhooks.update(
                        workspace,
                        id,
                        form.getVersion() == null ? null : BasedOn.read(form.getVersion()),
                        form.input());
                Flash.notice(flash, "webhooks.saved");
                return "redirect:" + path(workspace, id);
            } catch (Refusal problem) {
                Long now = Forms.changedMeanwhile(problem, model, "webhooks.field.", path(workspace, id));
                if (now != null) {
                    form.setVersion(now);
                } else {
                    Forms.reject(binding, problem);
                }
            }
        }
        return showEndpoint(workspace, id, null, model);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks/{id}/rotate-secret")
    @Audited(AuditAction.SETTINGS_CHANGED)
    String rotate(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        flash.addFlashAttribute("secret", webhooks.rotate(workspace, id).secret());
        Flash.notice(flash, "webhooks.rotated");
        return "redirect:" + path(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks/{id}/test")
    String test(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        webhooks.sendTest(workspace, id);
        Flash.notice(flash, "webhooks.testQueued");
        return "redirect:" + path(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable UUID deliveryId,
            RedirectAttributes flash) {
        try {
            webhooks.redeliver(workspace, id, deliveryId);
            Flash.notice(flash, "webhooks.redeliverQueued");
        } catch (Refusal refusal) {
            if (refusal instanceof NotFound) {
                throw refusal;
            }
            Flash.problem(flash, refusal);
        }
        return "redirect:" + path(workspace, id);
    }

    @PostMapping("/w/{workspaceId}/settings/webhooks/{id}/delete")
    @Audited(AuditAction.SETTINGS_CHANGED)
    String delete(WorkspaceContext workspace, @PathVariable UUID id, RedirectAttributes flash) {
        webhooks.delete(workspace, id);
        Flash.notice(flash, "webhooks.deleted");
        return "redirect:/w/" + workspace.workspaceId() + "/settings/webhooks";
    }

    private String showList(WorkspaceContext workspace, Model model) {
        model.addAttribute("endpoints", webhooks.endpoints(workspace));
        model.addAttribute("privateAllowed", webhooks.privateTargetsAllowed());
        model.addAttribute("eventTypes", subscribable());
        return LIST;
    }

    private String showEndpoint(WorkspaceContext workspace, UUID id, @Nullable String cursor, Model model) {
        model.addAttribute("endpoint", webhooks.get(workspace, id));
        model.addAttribute("deliveries", webhooks.deliveries(workspace, id, PageRequest.of(null, cursor)));
        model.addAttribute("eventTypes", subscribable());
        return ENDPOINT;
    }

    private static EventType[] subscribable() {
        return Arrays.stream(EventType.values()).filter(EventType::subscribable).toArray(EventType[]::new);
    }

    private static String path(WorkspaceContext workspace, UUID id) {
        return "/w/" + workspace.workspaceId() + "/settings/webhooks/" + id;
    }
}
