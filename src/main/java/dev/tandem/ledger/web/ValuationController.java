package dev.tandem.ledger.web;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.Audited;
import dev.tandem.identity.RequiresRole;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.ledger.EntryKind;
import dev.tandem.ledger.Unit;
import dev.tandem.ledger.Valuation;
import dev.tandem.ledger.ValuationService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.web.Flash;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the workspace values contributions and rewards in one unit, as a settings page: everyone reads it (it explains
 * every balance), owners and admins change it. A refused value is shown on the form and nothing is saved.
 */
@Controller
class ValuationController {

    static final String PAGE = "ledger/valuation";
    static final int RATES_LENGTH = 2000;

    private final ValuationService valuations;

    ValuationController(ValuationService valuations) {
        this.valuations = valuations;
    }

    /** What the form shows and sends back, as typed. */
    record ValuationForm(
            String unit,
            String currency,
            String moneyPerUnit,
            Map<EntryKind, String> values,
            String rates,
            long version) {

        static ValuationForm of(ValuationService.Versioned stored) {
            Valuation v = stored.valuation();
            var values = new EnumMap<EntryKind, String>(EntryKind.class);
            v.kindValues().forEach((kind, value) -> values.put(kind, plain(value)));
            return new ValuationForm(
                    v.unit().name(),
                    v.currency().getCurrencyCode(),
                    plain(v.moneyPerUnit()),
                    values,
                    v.rates().entrySet().stream()
                            .map(r -> r.getKey() + " " + plain(r.getValue()))
                            .collect(Collectors.joining("\n")),
                    stored.version());
        }

        Valuation valuation() {
            Unit chosen = Stream.of(Unit.values())
                    .filter(u -> u.name().equals(unit))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput("validation.required").on("unit"));
            var kindValues = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
            values.forEach((kind, text) -> kindValues.put(kind, number(text, "value." + kind.name())));
            return new Valuation(
                    chosen,
                    Valuation.currency(currency, "currency"),
                    number(moneyPerUnit, "moneyPerUnit"),
                    kindValues,
                    parsedRates());
        }

        /** One rate a line: a currency code and what one of it is worth, as in "USD 0.92". */
        private Map<String, BigDecimal> parsedRates() {
            if (rates.length() > RATES_LENGTH) {
                throw new InvalidInput("validation.size.max", RATES_LENGTH).on("rates");
            }
            var parsed = new LinkedHashMap<String, BigDecimal>();
            for (String line : rates.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("[\\s=:]+");
                if (parts.length != 2) {
                    throw new InvalidInput("ledger.valuation.rateLine", line.strip()).on("rates");
                }
                parsed.put(Valuation.currency(parts[0], "rates").getCurrencyCode(), number(parts[1], "rates"));
            }
            return parsed;
        }

        private static BigDecimal number(@Nullable String text, String field) {
            try {
                return new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInput("ledger.valuation.value", Valuation.MAX_VALUE).on(field);
            }
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    @GetMapping("/w/{workspaceId}/settings/ledger")
    String page(WorkspaceContext workspace, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ValuationForm.of(valuations.of(workspace)));
        }
        model.addAttribute("units", Unit.values());
        model.addAttribute(
                "kinds",
                List.of(EntryKind.values()).stream()
                        .filter(k -> k != EntryKind.MONEY)
                        .toList());
        return PAGE;
    }

    @PostMapping("/w/{workspaceId}/settings/ledger")
    @RequiresRole(Role.ADMIN)
    @Audited(AuditAction.SETTINGS_CHANGED)
    String save(
            WorkspaceContext workspace,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            RedirectAttributes flash) {
        var values = new EnumMap<EntryKind, String>(EntryKind.class);
        for (EntryKind kind : EntryKind.values()) {
            String value = params.getFirst("value." + kind.name());
            if (kind != EntryKind.MONEY && value != null) {
                values.put(kind, value);
            }
        }
        var form = new ValuationForm(
                text(params, "unit"),
                text(params, "currency"),
                text(params, "moneyPerUnit"),
                values,
                text(params, "rates"),
                version(text(params, "version")));
        try {
            valuations.change(workspace, BasedOn.read(form.version()), form.valuation());
        } catch (Refusal refused) {
            model.addAttribute("form", form);
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemArgs", refused.args());
            model.addAttribute("problemField", refused.field());
            return page(workspace, model);
        }
        Flash.notice(flash, "ledger.valuation.saved");
        return "redirect:/w/" + workspace.workspaceId() + "/settings/ledger";
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
