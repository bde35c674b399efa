package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * Round 65: a video or pictures a listed party put out, and a later sentence that goes on about them. "Ukraine's
 * special forces have released video footage ...", "The video, shared by the special forces on X, shows ...", then
 * "The video claims 77 were killed": a figure of a sentence that opens on the material by a definite word ("The
 * video", "In this footage,") and has no source of its own is the poster's. The two sentences are tied by the
 * definite word alone, so the claimant is marked uncertain with {@link #REASON} and shown as those words.
 *
 * <p>The party is remembered from a sentence that names it with one of {@code publishingVerbs} and one of
 * {@code postedMaterials}: the material, then the verb and "by" before the party (two words of title at most between),
 * or the party, then the verb (with "has" or "have" before it) and the material within a few words. It is used only in
 * its paragraph and the next: a video spoken of further on may be another's.
 */
final class PostedMaterial {

    /** Why a figure takes the party that put out the material its sentence goes on about. */
    static final String REASON = "the party that put out the material the sentence speaks of, named in an earlier sentence";

    /** How far apart the material and the verb may stand: "video footage that shows ... was shared by". */
    private static final int REACH = 80;

    /** Who last put out material and in which paragraph. */
    record Poster(Claimant party, int paragraph) {
    }

    private final ClaimantDirectory directory;
    private final Set<String> verbs;
    private final Set<String> materials;
    private final Pattern opening;

    PostedMaterial(ClaimantDirectory directory, Set<String> publishingVerbs, Set<String> postedMaterials) {
        this.directory = directory;
        this.verbs = publishingVerbs;
        this.materials = postedMaterials;
        this.opening = Pattern.compile("(?i)^\\W*(?:in\\s+)?(?:the|this|that|these|those)\\s+(?:[a-z-]+\\s+)?("
                + Alternatives.anyOf(List.copyOf(postedMaterials)) + ")\\b");
    }

    /** The poster the sentence names, or {@code before} when it names none. */
    @Nullable Poster observe(String s, List<ClaimantDirectory.Mention> mentions, int paragraph, @Nullable Poster before) {
        for (ClaimantDirectory.Mention m : mentions) {
            if (postedByParty(s, m)) {
                return new Poster(directory.require(m.id()), paragraph);
            }
        }
        return before;
    }

    /** A figure with no source, in a sentence that opens on the material, takes its poster (doubted). */
    Attribution refine(String s, int paragraph, Attribution who, @Nullable Poster poster) {
        if (who.known() || poster == null || paragraph - poster.paragraph() > 1) {
            return who;
        }
        Matcher m = opening.matcher(s);
        return m.find() ? new Attribution(poster.party(), null, -1, null).doubted(REASON, s.substring(0, m.end()).strip())
                : who;
    }

    private boolean postedByParty(String s, ClaimantDirectory.Mention m) {
        // "video ..., shared by the Special Operations Forces": the verb, "by" and at most two words before the party
        String before = s.substring(Math.max(0, m.start() - REACH), m.start());
        Matcher by = VERB_BY.matcher(before);
        if (by.find() && verbs.contains(by.group(1).toLowerCase(Locale.ROOT))
                && hasMaterial(before.substring(0, by.start()))) {
            return true;
        }
        // "the special forces have released video footage": the verb right after the party, the material soon after
        Matcher active = ACTIVE_VERB.matcher(s).region(m.end(), s.length());
        return active.lookingAt() && verbs.contains(active.group(1).toLowerCase(Locale.ROOT))
                && hasMaterial(s.substring(active.end(), Math.min(s.length(), active.end() + 40)));
    }

    private boolean hasMaterial(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (materials.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A verb, "by" and up to two words of title, ending where the party's name starts. */
    private static final Pattern VERB_BY = Pattern.compile("\\b(\\p{L}+)\\s+by\\s+(?:[\\p{L}'-]+\\s+){0,2}$");
    /** "have released", "on Monday posted": up to three words between the party and its verb. */
    private static final Pattern ACTIVE_VERB = Pattern.compile("\\s+(?:(?:has|have|had|also|on|\\p{Lu}\\p{L}+)\\s+){0,3}(\\p{L}+)\\b");
}
