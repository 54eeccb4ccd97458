package dev.tandem.ledger;

import dev.tandem.shared.Sql;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each workspace's valuation (the defaults until someone changes it), with its version. */
@Repository
class Valuations {

    /** A stored valuation; version 0 and nobody for the defaults. */
    record Stored(
            Valuation valuation,
            long version,
            @Nullable UserId updatedBy,
            @Nullable Instant updatedAt) {}

    private final JdbcClient jdbc;

    Valuations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stored of(WorkspaceId ws) {
        return find(ws).orElse(new Stored(Valuation.DEFAULTS, 0, null, null));
    }

    private Optional<Stored> find(WorkspaceId ws) {
        return jdbc.sql("""
                select unit, currency, money_per_unit, kind_values, rates, version, updated_by, updated_at
                from ledger_settings where workspace_id = :ws""")
                .param("ws", ws.value())
                .query((rs, i) -> {
                    var values = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
                    decode(rs.getString("kind_values")).forEach((k, v) -> values.put(EntryKind.valueOf(k), v));
                    var by = rs.getObject("updated_by", UUID.class);
                    return new Stored(
                            new Valuation(
                                    Unit.valueOf(rs.getString("unit")),
                                    Currency.getInstance(rs.getString("currency")),
                                    rs.getBigDecimal("money_per_unit"),
                                    values,
                                    decode(rs.getString("rates"))),
                            rs.getLong("version"),
                            by == null ? null : UserId.of(by),
                            Sql.instant(rs, "updated_at"));
                })
                .optional();
    }

    /** Saves over {@code basedOn} (0: the defaults, never saved); false, writing nothing, if that version is gone. */
    boolean save(WorkspaceId ws, Valuation v, long basedOn, UserId by, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", ws.value());
        params.put("unit", v.unit().name());
        params.put("currency", v.currency().getCurrencyCode());
        params.put("money", v.moneyPerUnit());
        params.put(
                "values",
                encode(v.kindValues().entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new))));
        params.put("rates", encode(v.rates()));
        params.put("now", Sql.ts(now));
        params.put("by", new SqlParameterValue(Types.OTHER, by.value()));
        params.put("basedOn", basedOn);
        if (basedOn == 0 && find(ws).isEmpty()) {
            // two first saves racing meet on the primary key: the loser is a 409 (RaceConflicts)
            jdbc.sql("""
                    insert into ledger_settings (workspace_id, unit, currency, money_per_unit, kind_values, rates,
                        updated_at, updated_by, version)
                    values (:ws, :unit, :currency, :money, :values, :rates, :now, :by, 1)""").params(params).update();
            return true;
        }
        return jdbc.sql("""
                update ledger_settings set unit = :unit, currency = :currency, money_per_unit = :money,
                    kind_values = :values, rates = :rates, updated_at = :now, updated_by = :by, version = version + 1
                where workspace_id = :ws and version = :basedOn""").params(params).update() == 1;
    }

    private static String encode(Map<String, BigDecimal> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .collect(Collectors.joining(";"));
    }

    private static Map<String, BigDecimal> decode(String text) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return values;
    }
}
