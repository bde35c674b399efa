package tally.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.moderation.Amendment;
import tally.app.moderation.Change;
import tally.app.moderation.ClaimRef;
import tally.app.moderation.LogEntry;
import tally.model.Claimant;

/**
 * {@code claim log --json}: {@code {"changes":[...]}}, newest first. Each change is
 * {@code {"id","at","actor","action","undoes","undoneBy","state","claimId","claim":{"id","file","sentence","wording",
 * "metric"},"before":{...},"after":{...},"reason"}}; {@code state} is {@code in_force}, {@code superseded}, {@code undone} or
 * {@code claim_missing}; {@code claimId} is the id of the claim the change acts on now (null when missing); before and
 * after hold only the fields the change touches ({@code hidden}, {@code metric}, {@code claimant} and
 * {@code claimantId}, {@code relay} and {@code relayId} (null: no relay), {@code date}, {@code scope}).
 */
final class ChangeLogJson {

    private ChangeLogJson() {
    }

    static ObjectNode log(List<LogEntry> entries) {
        ObjectNode root = JsonContract.MAPPER.createObjectNode();
        ArrayNode changes = root.putArray("changes");
        entries.forEach(e -> changes.add(entry(e)));
        return root;
    }

    private static ObjectNode entry(LogEntry e) {
        Change c = e.change();
        ObjectNode node = JsonContract.MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("at", c.at().toString());
        node.put("actor", c.actor().value());
        node.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
        node.put("undoes", c.undoes());
        node.put("undoneBy", c.undoneBy());
        node.put("state", e.state().id());
        node.put("claimId", e.claimId());
        ClaimRef ref = c.target();
        if (ref != null) {
            node.putObject("claim").put("id", ref.id()).put("file", ref.file()).put("sentence", ref.sentence())
                    .put("wording", ref.wording()).put("metric", ref.metric().id());
        }
        node.set("before", amendment(c.before()));
        node.set("after", amendment(c.after()));
        node.put("reason", c.reason());
        return node;
    }

    private static ObjectNode amendment(Amendment a) {
        ObjectNode node = JsonContract.MAPPER.createObjectNode();
        if (a.hidden() != null) {
            node.put("hidden", a.hidden());
        }
        if (a.metric() != null) {
            node.put("metric", a.metric().id());
        }
        if (a.claimant() != null) {
            node.put("claimant", a.claimant().name()).put("claimantId", listed(a.claimant()));
        }
        if (a.relaySet()) {
            node.put("relay", a.relay() == null ? null : a.relay().name()).put("relayId", listed(a.relay()));
        }
        if (a.date() != null) {
            node.put("date", a.date().iso());
        }
        if (a.scope() != null) {
            node.put("scope", a.scope().id());
        }
        return node;
    }

    private static @Nullable String listed(@Nullable Claimant c) {
        return c != null && c.listed() && c.known() ? c.id() : null;
    }
}
