package tally.extract;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * The outlet that publishes the article, as its header names it. The labelling rule (issue 7) is that the publishing
 * outlet is never a relay and a figure in its own voice has no claimant: "As the Daily Wire reported earlier, ..." in
 * an article of the Daily Wire is the article speaking of its own earlier report. Only the outlet's own name counts
 * ("Wire sources" are its sources, who do speak); a wire service named in parentheses after it ("The Star (Reuters)")
 * or a mirror ("(via MENAFN)") is not the outlet.
 */
final class OwnOutlet {

    private final @Nullable String name;
    private final @Nullable String listedId;

    private OwnOutlet(@Nullable String name, @Nullable String listedId) {
        this.name = name;
        this.listedId = listedId;
    }

    static OwnOutlet of(@Nullable String outlet, ClaimantDirectory directory) {
        if (outlet == null) {
            return new OwnOutlet(null, null);
        }
        String bare = bare(outlet.replaceAll("\\(.*?\\)", " "));
        if (bare.isEmpty()) {
            return new OwnOutlet(null, null);
        }
        // "Yonhap News Agency" is the listed Yonhap: a listed outlet's alias that opens the outlet's name
        String listed = directory.claimants(bare).stream()
                .filter(m -> m.start() == 0 && directory.byId(m.id()).map(c -> c.kind() == Claimant.Kind.MEDIA).orElse(false))
                .map(ClaimantDirectory.Mention::id).findFirst().orElse(null);
        return new OwnOutlet(bare, listed);
    }

    /** The attribution with the publishing outlet taken out: as the claimant it leaves none, as the relay none. */
    Attribution refine(Attribution who) {
        if (name == null) {
            return who;
        }
        boolean ownClaimant = isOwn(who.claimant());
        boolean ownRelay = who.relay() != null && isOwn(who.relay());
        if (!ownClaimant && !ownRelay) {
            return who;
        }
        if (ownClaimant) {
            return who.relay() == null || ownRelay ? Attribution.NONE
                    : new Attribution(who.relay(), null, who.anchor(), who.verb(), who.nameEnd(), who.certainty());
        }
        return new Attribution(who.claimant(), null, who.anchor(), who.verb(), who.nameEnd(), who.certainty());
    }

    private boolean isOwn(Claimant c) {
        if (c.listed()) {
            return c.id().equals(listedId);
        }
        return c.known() && bare(c.name()).equals(name);
    }

    /** Lower case, without an opening "as" (of "As X reported") or article, and with one space between words. */
    private static String bare(String words) {
        String s = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s.replaceFirst("^(as )?(the )?", "").strip();
    }
}
