package dev.tandem.exchange;

import dev.tandem.exchange.WorkspaceExport.Account;
import dev.tandem.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole-workspace export read back: its format checked (a file of another kind, an older or a newer format
 * version are refused with a message that says which), its sections as tables of plain rows.
 */
record WorkspaceFile(
        UUID workspace,
        List<Account> accounts,
        Map<String, Map<String, List<Map<String, @Nullable Object>>>> sections) {

    static WorkspaceFile read(JsonMapper json, byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException unreadable) {
            throw new InvalidInput("restore.unreadable").on("file");
        }
        if (root == null
                || !root.isObject()
                || !WorkspaceExport.FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidInput("restore.notAnExport").on("file");
        }
        JsonNode version = root.path("formatVersion");
        if (version.isMissingNode()) {
            throw new InvalidInput("restore.firstVersion").on("file");
        }
        if (!version.isIntegralNumber()) {
            throw new InvalidInput("restore.unreadable").on("file");
        }
        if (version.longValue() > WorkspaceExport.FORMAT_VERSION) {
            throw new InvalidInput("restore.newerVersion", version.longValue(), WorkspaceExport.FORMAT_VERSION)
                    .on("file");
        }
        if (version.longValue() != WorkspaceExport.FORMAT_VERSION) {
            throw new InvalidInput("restore.firstVersion").on("file");
        }
        try {
            return new WorkspaceFile(
                    UUID.fromString(text(root.path("workspace").path("id"))), accounts(root), sections(root));
        } catch (IllegalArgumentException bad) {
            throw new InvalidInput("restore.unreadable").on("file");
        }
    }

    private static List<Account> accounts(JsonNode root) {
        List<Account> accounts = new ArrayList<>();
        for (JsonNode account : array(root.path("accounts"))) {
            accounts.add(new Account(
                    UUID.fromString(text(account.path("id"))),
                    text(account.path("email")),
                    text(account.path("displayName"))));
        }
        return accounts;
    }

    private static Map<String, Map<String, List<Map<String, @Nullable Object>>>> sections(JsonNode root) {
        Map<String, Map<String, List<Map<String, @Nullable Object>>>> sections = new LinkedHashMap<>();
        for (var section : object(root.path("sections"))) {
            Map<String, List<Map<String, @Nullable Object>>> tables = new LinkedHashMap<>();
            for (var table : object(section.getValue())) {
                List<Map<String, @Nullable Object>> rows = new ArrayList<>();
                for (JsonNode row : array(table.getValue())) {
                    Map<String, @Nullable Object> values = new LinkedHashMap<>();
                    for (var cell : object(row)) {
                        values.put(cell.getKey(), scalar(cell.getValue()));
                    }
                    rows.add(values);
                }
                tables.put(table.getKey(), rows);
            }
            sections.put(section.getKey(), tables);
        }
        return sections;
    }

    private static @Nullable Object scalar(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.numberValue();
        }
        throw new IllegalArgumentException("not a value of a column");
    }

    private static String text(JsonNode node) {
        if (!node.isString()) {
            throw new IllegalArgumentException("not a text");
        }
        return node.stringValue();
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
        return node.values();
    }

    private static Iterable<Map.Entry<String, JsonNode>> object(JsonNode node) {
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return node.properties();
    }
}
