package tally.adapter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.Passage;
import tally.model.Published;
import tally.model.Source;

/**
 * The JSON the command line prints. Field names and shapes are a contract other tools read; absent values are
 * written as null rather than left out. {@code text} of a claim is the source's own wording of the number.
 */
final class JsonContract {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonContract() {
    }

    /** The node as indented JSON text. */
    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * {@code {"claims":[...],"caveat"}}: the caveat travels with the figures, so a tool that shows them has the sentence
     * saying they are unverified at hand (added after round 29's trial; the claims are unchanged).
     */
    static ObjectNode figures(List<Claim> claims, String caveat) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("claims");
        root.put("caveat", caveat);
        claims.forEach(c -> array.add(claim(c)));
        return root;
    }

    /**
     * {@code {"question","text","note","noteAfter","caveat","subject","intent","period","unknownSource","groups":[...],
     * "figures":[...],"passages":[...]}}; each group says how many claims it holds ({@code total}) and how many are
     * shown. {@code unknownSource} (added in round 13) is a source the question names that the directory does not
     * list, in the question's words, or null. {@code noteAfter} (round 67) is what the text says after the figures.
     */
    static ObjectNode answer(Answer answer, String text) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", answer.question());
        root.put("text", text);
        root.put("note", answer.note());
        root.put("noteAfter", answer.noteAfter());
        root.put("caveat", answer.caveat());
        ObjectNode subject = root.putObject("subject");
        subject.put("kind", answer.parsed().subject().kind().name().toLowerCase(Locale.ROOT));
        ArrayNode notCovered = subject.putArray("notCovered");
        answer.parsed().subject().notCovered().forEach(notCovered::add);
        ArrayNode notBrokenDown = subject.putArray("notBrokenDown");
        answer.parsed().subject().notBrokenDown().forEach(notBrokenDown::add);
        root.put("intent", answer.parsed().intent().name().toLowerCase(Locale.ROOT));
        if (answer.parsed().period() == null) {
            root.putNull("period");
        } else {
            root.putObject("period").put("from", answer.parsed().period().from().toString())
                    .put("to", answer.parsed().period().to().toString()).put("text", answer.parsed().period().text())
                    .put("alsoAsked", answer.parsed().period().alsoAsked())
                    .put("unread", answer.parsed().period().unread());
        }
        root.put("unknownSource", answer.parsed().unknownSource());
        ArrayNode groups = root.putArray("groups");
        for (FigureGroup group : answer.groups()) {
            groups.addObject().put("metric", group.metric().id()).put("related", group.related())
                    .put("total", group.total()).put("shown", group.claims().size());
        }
        ArrayNode figures = root.putArray("figures");
        for (FigureGroup group : answer.groups()) {
            group.claims().forEach(c -> figures.add(claim(c).put("related", group.related())));
        }
        ArrayNode passages = root.putArray("passages");
        answer.passages().forEach(p -> passages.add(passage(p)));
        return root;
    }

    static ObjectNode claim(Claim c) {
        ObjectNode node = MAPPER.createObjectNode();
        // Stable across re-indexing (tally.app.moderation.ClaimKeys); what `tally claim hide|fix ID` takes.
        node.put("id", c.moderation().id());
        node.put("metric", c.metric().id());
        node.put("low", c.figure().low());
        node.put("high", c.figure().high());
        node.put("qualifier", c.figure().qualifier());
        node.put("text", c.figure().text());
        // Round 63: a claim merged from several reports has one report's text, qualifier and bounds (the first with a
        // qualifier); "about 3,000" and "over 3,000" merge, and the claim's fields alone dropped the open bound. Each
        // distinct wording, the claim's text first, as the replies show them ("about 3,000 / over 3,000").
        ArrayNode wordings = node.putArray("wordings");
        tally.app.render.Wording.wordings(c).forEach(wordings::add);
        node.put("claimant", c.claimant().known() ? c.claimant().name() : null);
        node.put("claimantId", listedId(c.claimant()));
        node.put("relayedBy", name(c.relayedBy()));
        node.put("relayedById", listedId(c.relayedBy()));
        node.put("claimDate", c.claimDate().iso());
        node.put("datePrecision", c.claimDate().precision().id());
        node.put("dateBasis", c.claimDate().basis().name().toLowerCase(Locale.ROOT));
        node.put("scope", c.scope().id());
        ObjectNode certainty = node.putObject("certainty");
        certainty.set("metric", certainty(c.certainty().metric()));
        certainty.set("claimant", certainty(c.certainty().claimant()));
        certainty.set("date", certainty(c.certainty().date()));
        // Fields moderators corrected ("claimant", "date", ...); [] when none. Hidden claims never appear.
        ArrayNode corrected = node.putArray("corrected");
        c.moderation().corrected().stream().sorted().forEach(f -> corrected.add(f.id()));
        ArrayNode sources = node.putArray("sources");
        for (Source s : c.sources()) {
            ObjectNode source = sources.addObject();
            source.put("file", s.file());
            source.put("outlet", s.outlet());
            publishedFields(source, s.published());
            source.put("quote", s.quote());
            source.put("wording", c.wordingIn(s));
            // the sentence's own words that hedge the figure ("probably"), or null
            source.put("hedge", s.hedge());
            source.put("claimDate", s.claimDate() != null ? s.claimDate().iso() : c.claimDate().iso());
        }
        return node;
    }

    private static ObjectNode passage(Passage p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", p.file());
        node.put("outlet", p.outlet());
        node.put("title", p.title());
        publishedFields(node, p.published());
        node.put("text", p.text());
        return node;
    }

    private static void publishedFields(ObjectNode node, @Nullable Published published) {
        node.put("published", published == null ? null : published.date().toString());
        if (published == null) {
            node.putNull("publishedInferred");
        } else {
            node.put("publishedInferred", published.inferred());
        }
    }

    /** {@code {"certain": true}} or {@code {"certain": false, "reason": "...", "asWorded": "..."}}. */
    private static ObjectNode certainty(Certainty.Field field) {
        ObjectNode node = MAPPER.createObjectNode().put("certain", field.certain());
        if (!field.certain()) {
            node.put("reason", field.reason());
            node.put("asWorded", field.asWorded());
        }
        return node;
    }

    /** The config id of a listed claimant; null for an unnamed or unlisted source (its words are in the name). */
    private static @Nullable String listedId(@Nullable Claimant c) {
        return c != null && c.known() && c.listed() ? c.id() : null;
    }

    private static @Nullable String name(@Nullable Claimant c) {
        return c == null ? null : c.name();
    }
}
