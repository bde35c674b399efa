package tally.adapter.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.app.moderation.Amendment;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Metric;
import tally.model.Scope;

/**
 * The JSON kept in the database for an amendment: only the fields it touches, e.g.
 * {@code {"claimant":{"id":"nis","name":"...","kind":"OFFICIAL_BODY","listed":true},"date":"2024-12"}}; a relay set to
 * none is {@code "relay":null}. Readable with the database's own tools, and stable: it is the stored format.
 */
final class AmendmentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AmendmentJson() {
    }

    static String write(Amendment a) {
        ObjectNode node = JSON.createObjectNode();
        if (a.hidden() != null) {
            node.put("hidden", a.hidden());
        }
        if (a.metric() != null) {
            node.put("metric", a.metric().id());
        }
        if (a.claimant() != null) {
            node.set("claimant", claimant(a.claimant()));
        }
        if (a.relaySet()) {
            node.set("relay", a.relay() == null ? JSON.nullNode() : claimant(a.relay()));
        }
        if (a.date() != null) {
            node.put("date", a.date().iso());
            node.put("datePrecision", a.date().precision().id());
        }
        if (a.scope() != null) {
            node.put("scope", a.scope().id());
        }
        return node.toString();
    }

    static Amendment read(String text) {
        JsonNode node = tree(text);
        Amendment a = Amendment.NONE;
        if (node.has("hidden")) {
            a = a.then(Amendment.hiding(node.get("hidden").asBoolean()));
        }
        if (node.hasNonNull("metric")) {
            a = a.withMetric(Metric.byId(node.get("metric").asText()).orElseThrow(() -> bad(text)));
        }
        if (node.hasNonNull("claimant")) {
            a = a.withClaimant(claimant(node.get("claimant")));
        }
        if (node.has("relay")) {
            a = a.withRelay(node.get("relay").isNull() ? null : claimant(node.get("relay")));
        }
        if (node.hasNonNull("date")) {
            a = a.withDate(date(node.get("date").asText(), node.path("datePrecision").asText("day")));
        }
        if (node.hasNonNull("scope")) {
            a = a.withScope(Scope.byId(node.get("scope").asText()).orElseThrow(() -> bad(text)));
        }
        return a;
    }

    static String writeMap(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> readMap(String text) {
        try {
            return JSON.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw bad(text);
        }
    }

    private static ObjectNode claimant(Claimant c) {
        return JSON.createObjectNode().put("id", c.id()).put("name", c.name()).put("kind", c.kind().name())
                .put("listed", c.listed());
    }

    private static Claimant claimant(JsonNode node) {
        return new Claimant(node.path("id").asText(), node.path("name").asText(),
                Claimant.Kind.valueOf(node.path("kind").asText()), node.path("listed").asBoolean(true));
    }

    /** "2024-12-19" (day, or the Monday of a week) or "2024-12" (month). */
    static ClaimDate date(String iso, String precision) {
        DatePrecision p = DatePrecision.valueOf(precision.toUpperCase(java.util.Locale.ROOT));
        LocalDate date = iso.length() == 7 ? LocalDate.parse(iso + "-01") : LocalDate.parse(iso);
        return new ClaimDate(date, p, DateBasis.STATED);
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw bad(text);
        }
    }

    private static IllegalStateException bad(@Nullable String text) {
        return new IllegalStateException("unreadable amendment in the moderation store: " + text);
    }
}
