package tally.adapter.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import tally.app.article.ArticleDraft;
import tally.app.article.ArticleRefused;
import tally.app.article.ArticleRefused.Reason;
import tally.app.article.ArticleSource;
import tally.app.port.ArticleReader;
import tally.corpus.ArticleParser;
import tally.model.Article;
import tally.model.PlainText;

/**
 * The {@link ArticleReader} Tally runs with: a {@code .txt} file is taken as it is (the corpus parser must accept
 * it); an {@code .html}/{@code .htm} file or a fetched web page becomes a corpus file whose header holds what the page
 * states ({@link PageFacts}) and whose body is the page's main text ({@link MainContent}); a link serving plain text
 * is read like a {@code .txt} file. Thread-safe.
 */
public final class WebArticleReader implements ArticleReader {

    /** Deep enough for any real page; deeper markup is flattened by jsoup instead of nesting further. */
    static final int MAX_DEPTH = 200;
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final WebSettings settings;
    private final SafeFetcher fetcher;
    private final Clock clock;
    private final LongSupplier nanoTime;

    public WebArticleReader(WebSettings settings, Clock clock) {
        this(settings, Resolver.SYSTEM, clock, System::nanoTime);
    }

    WebArticleReader(WebSettings settings, Resolver resolver, Clock clock, LongSupplier nanoTime) {
        this.settings = settings;
        this.fetcher = new SafeFetcher(settings, resolver, nanoTime);
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    @Override
    public ArticleDraft read(ArticleSource source) {
        if (source instanceof ArticleSource.Upload upload) {
            if (upload.bytes().length > settings.maxBytes()) {
                // trial 18: "Tally reads files up to 5000000 bytes" was untrue of the corpus folder, which reads up to
                // 16 MiB; this limit is the one moderators set for what they add (config/articles.json)
                throw new ArticleRefused(Reason.TOO_LARGE, upload.fileName() + " is " + upload.bytes().length
                        + " bytes; article add takes pages and files up to " + settings.maxBytes() + " bytes ("
                        + "maxBytes in config/articles.json). News articles are far smaller: check that this is the"
                        + " article's text.");
            }
            return switch (upload.extension()) {
                case "txt" -> text(upload, upload.bytes(), upload.fileName(), null, List.of());
                case "html", "htm" -> html(upload, upload.bytes(), null, upload.fileName(), null, List.of());
                default -> throw new ArticleRefused(Reason.UNSUPPORTED_TYPE, "Tally reads .txt, .html and .htm files,"
                        + " not '" + PageFacts.oneLine(upload.fileName()) + "'.");
            };
        }
        ArticleSource.Link link = (ArticleSource.Link) source;
        Fetched page = fetcher.fetch(link.address());
        List<String> reached = new ArrayList<>(page.redirects());
        reached.add(0, link.address());
        String type = page.mediaType() == null ? sniff(page.body()) : page.mediaType();
        if (HTML_TYPES.contains(type)) {
            return html(source, page.body(), page.charset(), link.address(), page.finalAddress(), reached);
        }
        if (type.equals("text/plain")) {
            String decoded = PageDecoder.decode(page.body(), page.charset()).text();
            refuseBinary(decoded, link.address());
            byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
            return text(source, utf8, link.address(), page.finalAddress(), reached);
        }
        throw new ArticleRefused(Reason.UNSUPPORTED_TYPE, "The link serves " + type + ", not a web page or text; "
                + "Tally reads HTML pages and plain text.");
    }

    private ArticleDraft html(ArticleSource source, byte[] bytes, @Nullable String charset, String retrievedFrom,
                              @Nullable String fetchedFrom, List<String> reached) {
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes, charset);
        refuseBinary(decoded.text(), retrievedFrom);
        Document page = Jsoup.parse(decoded.text(), fetchedFrom == null ? "" : fetchedFrom,
                Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        List<String> notes = new ArrayList<>();
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        PageFacts facts = PageFacts.of(page, fetchedFrom);
        notes.addAll(facts.notes());
        List<String> headlines = MainContent.headlines(page, facts.title());
        List<String> paragraphs = MainContent.withoutHeadline(MainContent.paragraphs(page, settings, nanoTime),
                headlines);
        String text = CorpusText.write(facts, retrievedFrom, LocalDate.now(clock), paragraphs);
        String stem = CorpusText.stem(facts.published(), facts.title(), text);
        return new ArticleDraft(stem, text, parsed(stem, text.getBytes(StandardCharsets.UTF_8)), notes, source, reached);
    }

    /** Plain text as it is; from a link without a header of its own, a header with the address is put in front. */
    private ArticleDraft text(ArticleSource source, byte[] bytes, String retrievedFrom, @Nullable String fetchedFrom,
                              List<String> reached) {
        String stemFrom = source instanceof ArticleSource.Upload u ? u.fileName().replaceAll("\\.[^.]*$", "") : "";
        Article asIs = parsed("upload", bytes);
        byte[] content = bytes;
        List<String> notes = new ArrayList<>();
        if (fetchedFrom != null && asIs.metadata().isEmpty() && asIs.title() == null && asIs.url() == null
                && asIs.published() == null && asIs.outlet() == null) {
            String header = "url: " + fetchedFrom + "\nretrieved-from: " + PageFacts.oneLine(retrievedFrom)
                    + "\nretrieved: " + LocalDate.now(clock) + "\n---\n";
            content = (header + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            notes.add("plain text without a header: Tally added the address it was fetched from");
        } else {
            notes.add("taken as it is (the text file's own header, if any, says what is known)");
        }
        String text = new String(content, StandardCharsets.UTF_8);
        Article article = parsed("upload", content);
        // a misspelled header key ("publihsed") loses its value: the moderator sees it before adding
        ArticleParser.parse("upload.txt", content).warnings()
                .forEach(w -> notes.add("line " + w.line() + ": " + w.message()));
        String stem = CorpusText.slug(stemFrom, 60);
        if (stem.isEmpty()) {
            stem = CorpusText.stem(article.published() == null ? null : article.published().date(), article.title(), text);
        }
        if (article.published() == null) {
            notes.add("no published date in the header: Tally will infer one from the text and mark it inferred");
        }
        return new ArticleDraft(stem, text, parsed(stem + ".txt", content), notes, source, reached);
    }

    private static Article parsed(String file, byte[] bytes) {
        ArticleParser.Parsed parsed = ArticleParser.parse(file.endsWith(".txt") ? file : file + ".txt", bytes);
        if (parsed.article() == null) {
            var p = parsed.problem();
            throw new ArticleRefused(Reason.NOT_AN_ARTICLE, "This is not a usable article: "
                    + (p == null ? "unreadable" : (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message()) + ".");
        }
        return parsed.article();
    }

    /**
     * Any bytes decode as Windows-1252, so a file of binary junk named .html would become an "article" of garbage:
     * text that is mostly characters no page holds is refused, in one line, before it is parsed.
     */
    private static void refuseBinary(String text, String from) {
        if (PlainText.mostlyUnprintable(text)) {
            throw new ArticleRefused(Reason.NOT_AN_ARTICLE, PageFacts.oneLine(from) + " is not a web page or text: "
                    + "too many of its characters are control or unprintable characters (binary data?).");
        }
    }

    /** No Content-Type: markup if it opens like markup, else text. */
    private static String sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<") ? "text/html" : "text/plain";
    }
}
