package tally.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What moderators have to do with a claim: its stable {@code id} (null for a claim that has not been through the
 * corrections view, as in unit tests of other layers) and the fields they corrected. A corrected field is shown as
 * corrected wherever the claim is shown; a hidden claim never reaches a reply, so there is no "hidden" here.
 */
public record Moderation(@Nullable String id, Set<ClaimField> corrected) {

    /** Ten characters of lower-case base 32, and a suffix telling apart claims that share them. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-z]{10}(-[a-z0-9_]+)?");

    /** No id, nothing corrected. */
    public static final Moderation NONE = new Moderation(null, Set.of());

    public Moderation {
        corrected = corrected.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(corrected));
        if (id != null && !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a claim id: " + id);
        }
    }

    public static Moderation id(String id) {
        return new Moderation(id, Set.of());
    }

    public boolean corrected(ClaimField field) {
        return corrected.contains(field);
    }

    /** "claimant and claim date corrected by moderators", or null when nothing was corrected. */
    public @Nullable String note() {
        if (corrected.isEmpty()) {
            return null;
        }
        String fields = EnumSet.copyOf(corrected).stream().map(ClaimField::label).collect(Collectors.joining(", "));
        int last = fields.lastIndexOf(", ");
        if (last >= 0) {
            fields = fields.substring(0, last) + " and " + fields.substring(last + 2);
        }
        return fields + " corrected by moderators";
    }
}
