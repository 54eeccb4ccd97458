package dev.tandem.partnerships.web;

import dev.tandem.identity.OpenToGuests;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.PartnershipValues;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Htmx;
import dev.tandem.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The values each side states, on the overview (members, either side) and on the partner view (a guest, their
 * side): posted in place with htmx, or as a plain form coming back to the page. Saved against the version read.
 */
@Controller
class PartnershipValuesController {

    static final String CARD = "partnerships/values :: card";

    private final PartnershipService partnerships;
    private final MessageSource messages;

    PartnershipValuesController(PartnershipService partnerships, MessageSource messages) {
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /** The sides a reader may state values for, with where each form posts. */
    static Map<String, String> actions(WorkspaceContext workspace, UUID id) {
        Map<String, String> actions = new LinkedHashMap<>();
        String base = "/w/" + workspace.workspaceId() + "/partnerships/" + id;
        if (workspace.canWrite()) {
            actions.put(Side.OURS.name(), base + "/values/ours");
            actions.put(Side.THEIRS.name(), base + "/values/theirs");
        }
        return actions;
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/values/{side}")
    String state(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @PathVariable String side,
            @RequestParam(required = false) @Nullable List<String> suggested,
            @RequestParam(defaultValue = "") String values,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Side stated = switch (side) {
            case "ours" -> Side.OURS;
            case "theirs" -> Side.THEIRS;
            default -> throw new NotFound("problem.notFound");
        };
        String back = "/w/" + workspace.workspaceId() + "/partnerships/" + id;
        return save(workspace, id, stated, suggested, values, version, htmx, model, response, flash, back);
    }

    @PostMapping("/w/{workspaceId}/partnerships/{id}/partner-view/values")
    @OpenToGuests
    String stateTheirs(
            WorkspaceContext workspace,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<String> suggested,
            @RequestParam(defaultValue = "") String values,
            @RequestParam(required = false) @Nullable Long version,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        String back = "/w/" + workspace.workspaceId() + "/partnerships/" + id + "/partner-view";
        return save(workspace, id, Side.THEIRS, suggested, values, version, htmx, model, response, flash, back);
    }

    private String save(
            WorkspaceContext workspace,
            UUID id,
            Side side,
            @Nullable List<String> suggested,
            String values,
            @Nullable Long version,
            Htmx htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String back) {
        List<String> all = new ArrayList<>(suggested == null ? List.of() : suggested);
        all.addAll(Arrays.asList(values.split(",")));
        boolean guestForm = back.endsWith("/partner-view");
        Map<String, String> actions = guestForm ? Map.of(Side.THEIRS.name(), back + "/values") : actions(workspace, id);
        try {
            PartnershipValues saved =
                    partnerships.stateValues(workspace, id, side, version == null ? null : BasedOn.read(version), all);
            if (!htmx.isRequest()) {
                Flash.notice(flash, "values.saved");
                return "redirect:" + back + "#partnership-values";
            }
            model.addAttribute("values", saved);
            model.addAttribute("valuesActions", actions);
            model.addAttribute("valuesSaved", true);
            return CARD;
        } catch (Refusal problem) {
            if (problem instanceof NotFound && problem.field() == null) {
                throw problem;
            }
            if (!htmx.isRequest()) {
                Flash.problem(flash, problem);
                return "redirect:" + back + "#partnership-values";
            }
            Long now = Forms.changedMeanwhile(problem, model, "partnerships.field.", back);
            if (now == null) {
                var said = Refusals.said(problem);
                model.addAttribute(
                        "valuesProblem", messages.getMessage(said.key(), said.args(), LocaleContextHolder.getLocale()));
            }
            response.setStatus(
                    now != null
                            ? HttpStatus.CONFLICT.value()
                            : problem instanceof Forbidden
                                    ? HttpStatus.FORBIDDEN.value()
                                    : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("values", partnerships.values(workspace, id));
            model.addAttribute("valuesActions", actions);
            model.addAttribute("valuesFormSide", side.name());
            model.addAttribute("valuesInput", values);
            model.addAttribute("valuesVersion", now != null ? now : version);
            return CARD;
        }
    }
}
