package dev.tandem.timeline;

import dev.tandem.shared.TimelineArgument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The arguments of an entry as stored: a JSON array with a type tag on each, {@code [{"type":"text","value":"Acme"},
 * {"type":"date","value":"2026-12-01"}]}. Rows written before arguments were typed hold bare strings
 * ({@code ["Acme","2026-12-01"]}); they are read as text, shown as they were written.
 */
@Component
class TimelineArguments {

    private final JsonMapper json;

    TimelineArguments(JsonMapper json) {
        this.json = json;
    }

    String write(List<TimelineArgument> arguments) {
        ArrayNode array = json.createArrayNode();
        for (TimelineArgument argument : arguments) {
            var node = array.addObject();
            if (argument instanceof TimelineArgument.Day day) {
                node.put("type", "date").put("value", day.value().toString());
            } else if (argument instanceof TimelineArgument.Decimal decimal) {
                node.put("type", "decimal").put("value", decimal.value().toPlainString());
            } else {
                node.put("type", "text").put("value", argument.format(Locale.ROOT));
            }
        }
        return json.writeValueAsString(array);
    }

    List<TimelineArgument> read(String stored) {
        List<TimelineArgument> arguments = new ArrayList<>();
        for (JsonNode node : json.readTree(stored)) {
            arguments.add(node.isString() ? TimelineArgument.text(node.stringValue()) : typed(node));
        }
        return List.copyOf(arguments);
    }

    private static TimelineArgument typed(JsonNode node) {
        String value = node.path("value").asString();
        return switch (node.path("type").asString()) {
            case "date" -> TimelineArgument.day(LocalDate.parse(value));
            case "decimal" -> TimelineArgument.decimal(new BigDecimal(value));
            default -> TimelineArgument.text(value);
        };
    }
}
