package tally.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * Round 65: a post a page embeds ends with its author's signature, a dash, the author's name, the handle in brackets
 * and the day it was posted ("... near the border. pic.twitter.com/x1 - Some Watcher (@somewatcher) October 18, 2024").
 * The post's words are its author's, so a figure in them with no source of its own is the author's: a listed party
 * when the signature names one, else the signature's own words. The signature stands in the figure's sentence or in a
 * later sentence of its paragraph (the post is the paragraph); the structure says who wrote the words, so the claimant
 * is read as certain.
 */
final class EmbeddedPosts {

    /** A dash, a name of up to eight words, "(@handle)", then a month, a day and a year ending the sentence. */
    private static final Pattern SIGNATURE = Pattern.compile("(?:^|\\s)-\\s*([^\\s()\"][^()\"]{0,79}?)\\s*\\((@\\w{1,30})\\)\\s+"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+"
            + "\\d{4}\\W*$");

    private final ClaimantDirectory directory;

    EmbeddedPosts(ClaimantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The author of the post holding the figure of {@code sentence}, when nothing else attributes it.
     *
     * @param next the sentences after it, as far as the discourse looks ahead
     */
    Attribution refine(Sentence sentence, List<Sentence> next, Attribution who) {
        if (who.known()) {
            return who;
        }
        Attribution signed = signer(sentence, true);
        for (int i = 0; signed == null && i < next.size() && next.get(i).paragraph() == sentence.paragraph(); i++) {
            signed = signer(next.get(i), false);
        }
        return signed == null ? who : signed;
    }

    /** The signature's author, anchored at the signature when it stands in the figure's own sentence ({@code own}). */
    private @Nullable Attribution signer(Sentence sentence, boolean own) {
        String s = sentence.text();
        Matcher m = SIGNATURE.matcher(s);
        if (!m.find() || m.group(1).split("\\s+").length > 8) {
            return null;
        }
        List<ClaimantDirectory.Mention> named = directory.claimants(m.group(1));
        Claimant author = named.size() == 1 ? directory.require(named.get(0).id())
                : Claimant.unlisted(sentence.originalSpan(m.start(1), m.end(2) + 1), Claimant.Kind.GROUP);
        return own ? new Attribution(author, null, m.start(1), null, m.end(2) + 1)
                : new Attribution(author, null, -1, null);
    }
}
