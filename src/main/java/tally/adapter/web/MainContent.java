package tally.adapter.web;

import java.util.List;
import java.util.function.LongSupplier;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRefused.Reason;

/**
 * The article's own text on a page, found by Readability (Mozilla's algorithm, as Firefox's Reader View): it scores
 * blocks by their text, commas and link density and drops navigation, ads, share bars and comments. Readability is
 * fenced in: it gets a page with scripts, styles and embedded objects already removed and at most
 * {@link WebSettings#maxElements()} elements (else the page's own {@code <article>} or {@code <main>} when that fits),
 * and it is stopped at a deadline, since on pathological markup its scoring grows with the square of the page.
 */
final class MainContent {

    /** Elements that never hold article text; removed before scoring so they cannot cost time either. */
    static final String NEVER_TEXT = "script, style, noscript, template, svg, math, iframe, frame, frameset, object, "
            + "embed, applet, canvas, video, audio, source, track, map, form, input, button, select, textarea, dialog";
    /**
     * Readability's own class and id patterns, with the clutter of today's news pages added to its "unlikely
     * candidates" (blocks removed before scoring): newsletter and subscription boxes, share bars, paywall and cookie
     * notices, recommendation widgets and ad slots.
     */
    static final String MORE_UNLIKELY = "|newsletter|subscri|signup|sign-up|paywall|promo|share|cookie|consent"
            + "|trending|most-read|recommend|taboola|outbrain|advert|ad-slot|ads-";
    private static final RegExUtil PATTERNS = new RegExUtil(
            RegExUtil.UnlikelyCandidatesDefaultPattern + MORE_UNLIKELY, RegExUtil.OkMaybeItsACandidateDefaultPattern,
            RegExUtil.PositiveDefaultPattern, RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern,
            RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern,
            RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern,
            RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
    /** Below this many characters Tally says it found no article rather than add a caption as one. */
    static final int MIN_CHARS = 200;

    private MainContent() {
    }

    /**
     * The paragraphs of the page's article. The document is changed (cleaned) in place.
     * @throws ArticleRefused TOO_LARGE (too many elements), TIMEOUT, NOT_AN_ARTICLE (no text found)
     */
    static List<String> paragraphs(Document page, WebSettings settings, LongSupplier nanoTime) {
        page.select(NEVER_TEXT).remove();
        Document scored = withinBudget(page, settings.maxElements());
        long deadline = nanoTime.getAsLong() + settings.readTimeout().toNanos();
        Element content;
        try {
            ReadabilityOptions options = new ReadabilityOptions();
            // Readability resolves links against the page's address; an uploaded file has none, and links are dropped.
            String base = scored.location().isEmpty() ? "https://upload.invalid/" : scored.location();
            Readability4J readability = new Readability4J(base, scored, options, PATTERNS,
                    new Preprocessor(PATTERNS), new MetadataParser(PATTERNS),
                    new DeadlineGrabber(options, PATTERNS, deadline, nanoTime), new Postprocessor());
            content = readability.parse().getArticleContent();
        } catch (PastDeadline e) {
            throw new ArticleRefused(Reason.TIMEOUT, "Finding the article's text on this page took longer than "
                    + settings.readTimeout().toSeconds() + " s; attach the article's text as a .txt file instead.");
        } catch (RuntimeException | StackOverflowError e) {
            content = null;
        }
        List<String> paragraphs = content == null ? List.of() : BlockText.paragraphs(content);
        int chars = paragraphs.stream().mapToInt(String::length).sum();
        if (chars < MIN_CHARS) {
            throw new ArticleRefused(Reason.NOT_AN_ARTICLE, "Tally found no article text on this page"
                    + (chars > 0 ? " (only " + chars + " characters)" : "") + ". It may need JavaScript to show its"
                    + " text or sit behind a paywall; save the article's text as a .txt file and attach that.");
        }
        return paragraphs;
    }

    /** How far into the text a repeated headline is looked for (a kicker or a byline may come before it). */
    static final int HEADLINE_PARAGRAPHS = 3;

    /**
     * The page's headlines as it states them (the header's title, {@code og:title}, the first {@code <h1>}): read
     * before {@link #paragraphs} cleans the page.
     */
    static List<String> headlines(Document page, @Nullable String title) {
        List<String> all = new java.util.ArrayList<>();
        if (title != null) {
            all.add(title);
        }
        Element og = page.selectFirst("meta[property=og:title][content]");
        if (og != null) {
            all.add(og.attr("content"));
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null) {
            all.add(h1.text());
        }
        return all.stream().map(MainContent::comparable).filter(h -> !h.isEmpty()).distinct().toList();
    }

    /**
     * The paragraphs without the headline Readability keeps at the top of the text: the headline goes in the
     * {@code title:} header, and in the body its figure would be read as one more claim (trial 15: "3,300 — NIS — date
     * uncertain" beside the article's own "about 3,300"). Only a paragraph that is a headline, word for word, among
     * the first {@value #HEADLINE_PARAGRAPHS}, is dropped; a sentence that merely starts like it stays.
     */
    static List<String> withoutHeadline(List<String> paragraphs, List<String> headlines) {
        List<String> kept = new java.util.ArrayList<>(paragraphs);
        for (int i = 0, seen = 0; i < kept.size() && seen < HEADLINE_PARAGRAPHS; seen++) {
            if (headlines.contains(comparable(kept.get(i)))) {
                kept.remove(i);
            } else {
                i++;
            }
        }
        return kept.isEmpty() ? paragraphs : kept;
    }

    /** Case, runs of whitespace and closing punctuation do not make two headlines differ. */
    private static String comparable(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip().replaceAll("[.!:;\\s]+$", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static Document withinBudget(Document page, int maxElements) {
        int count = page.getAllElements().size();
        if (count <= maxElements) {
            return page;
        }
        Element declared = page.selectFirst("[itemprop=articleBody], article, main, [role=main]");
        if (declared != null && declared.getAllElements().size() <= maxElements) {
            Document narrowed = Document.createShell(page.location());
            narrowed.title(page.title());
            narrowed.body().appendChild(declared.clone());
            return narrowed;
        }
        throw new ArticleRefused(Reason.TOO_LARGE, "The page has " + count + " elements; Tally reads pages of up to "
                + maxElements + ". Attach the article's text as a .txt file instead.");
    }

    /** Readability's article grabber with a clock: it checks the deadline at each node it visits and scores. */
    private static final class DeadlineGrabber extends ArticleGrabber {
        private final long deadline;
        private final LongSupplier nanoTime;

        DeadlineGrabber(ReadabilityOptions options, RegExUtil patterns, long deadline, LongSupplier nanoTime) {
            super(options, patterns);
            this.deadline = deadline;
            this.nanoTime = nanoTime;
        }

        private void check() {
            if (nanoTime.getAsLong() - deadline > 0) {
                throw new PastDeadline();
            }
        }

        @Override
        protected @Nullable Element getNextNode(Element node, boolean ignoreSelfAndKids) {
            check();
            return super.getNextNode(node, ignoreSelfAndKids);
        }

        @Override
        protected String getInnerText(Element e, RegExUtil regEx, boolean normalizeSpaces) {
            check();
            return super.getInnerText(e, regEx, normalizeSpaces);
        }

        @Override
        protected double getLinkDensity(Element element) {
            check();
            return super.getLinkDensity(element);
        }
    }

    private static final class PastDeadline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PastDeadline() {
            super("past the deadline", null, false, false);
        }
    }
}
