package tally.app.article;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.port.ArticleReader;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusShelf;
import tally.app.port.IndexAccess;
import tally.app.port.LiveRefresh;
import tally.model.Article;
import tally.model.ArticleIdentity;
import tally.model.Claim;
import tally.model.EditDistance;
import tally.model.LoadProblem;
import tally.model.PlainText;
import tally.model.Plural;

/**
 * The use cases behind {@code article add} and {@code article remove}, for the command line and Discord alike.
 * Thread-safe: previews run in parallel; adding and removing are one at a time, and the check for the same article is
 * repeated with the write under the corpus folder's lock ({@link CorpusShelf#exclusively}), which other processes
 * take too, so two moderators adding one article at once, in one process or two, get one file and one refusal.
 */
public final class ArticleCurator {

    /** A reason is a sentence, not an essay: it is shown in logs and in the removal record. */
    public static final int MAX_REASON_CHARS = 500;

    private final ArticleReader reader;
    private final CorpusShelf shelf;
    private final ClaimExtraction extraction;
    private final IndexAccess index;
    private final LiveRefresh refresh;
    private final Clock clock;
    private final Consumer<String> log;
    private final Object writeLock = new Object();
    /** What each corpus file is, kept while its stamp (size, modified time) is unchanged: a check lists, not reads. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String stamp, @Nullable ArticleIdentity identity) {
    }

    public ArticleCurator(ArticleReader reader, CorpusShelf shelf, ClaimExtraction extraction, IndexAccess index,
                          LiveRefresh refresh, Clock clock, Consumer<String> log) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.shelf = Objects.requireNonNull(shelf, "shelf");
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.index = Objects.requireNonNull(index, "index");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Reads the source and finds its claims; nothing is written. @throws ArticleRefused when the source cannot be
     * read as an article, or the corpus already has it (DUPLICATE, naming the file)
     */
    public ArticlePreview preview(ArticleSource source) {
        ArticleDraft draft = reader.read(source);
        refuseFutureDate(draft);
        refuseDuplicate(draft);
        List<Claim> claims = extraction.analyze(List.of(draft.article())).claims();
        return new ArticlePreview(draft, claims);
    }

    /**
     * Writes the previewed article into the corpus, refreshes the live index and counts what it added.
     * @throws ArticleRefused DUPLICATE when the same article arrived since the preview, STORAGE when it cannot be
     *     written (nothing is then left behind)
     */
    public ArticleAdded add(ArticlePreview preview, String addedBy) {
        synchronized (writeLock) {
            // The check and the write are one step under the folder's lock, so another process adding the same
            // article at this moment finds this file, not a folder where neither has written yet.
            String file = shelf.exclusively(() -> {
                refuseDuplicate(preview.draft());
                return shelf.put(preview.draft().stem(), preview.draft().text());
            });
            LiveRefresh.Outcome outcome = refresh.refresh();
            String error = outcome.error() != null ? outcome.error() : problemOf(file);
            ArticleAdded added;
            if (error != null) {
                added = new ArticleAdded(file, preview.claims().size(), 0, outcome.version(), error);
            } else {
                List<Claim> from = claimsFrom(file);
                int alone = (int) from.stream().filter(c -> onlyFrom(c, file)).count();
                added = new ArticleAdded(file, from.size(), alone, outcome.version(), null);
            }
            log.accept("article added: " + file + " from " + preview.draft().source().label() + " by "
                    + PlainText.oneLine(addedBy) + " (" + Plural.count(added.claims(), "claim")
                    + (error == null ? "" : "; index not refreshed: " + error) + ")");
            return added;
        }
    }

    /**
     * Moves a corpus article into the folder of removed articles with the reason beside it, and refreshes the index.
     * {@code file} is its name in the corpus ({@code .txt} may be left off). @throws ArticleRefused NOT_FOUND (with
     * names that look alike), INVALID_REQUEST for a blank or overlong reason, STORAGE when it cannot be moved
     */
    public ArticleRemoved remove(String file, String reason, String removedBy) {
        // one line without terminal controls: the reason is logged and kept in the removal record
        String why = PlainText.oneLine(reason).replaceAll("[\\s\\p{Z}]+", " ").strip();
        if (why.isEmpty()) {
            throw new ArticleRefused(ArticleRefused.Reason.INVALID_REQUEST, "Say why the article is removed (a reason is required).");
        }
        if (why.length() > MAX_REASON_CHARS) {
            throw new ArticleRefused(ArticleRefused.Reason.INVALID_REQUEST,
                    "The reason is " + why.length() + " characters; keep it under " + MAX_REASON_CHARS + ".");
        }
        String by = PlainText.oneLine(removedBy);
        synchronized (writeLock) {
            String name = findFile(PlainText.oneLine(file).strip());
            List<Claim> before = claimsFrom(name);
            int gone = (int) before.stream().filter(c -> onlyFrom(c, name)).count();
            String movedTo = shelf.exclusively(() ->
                    shelf.moveAside(new CorpusShelf.Removal(name, why, by, clock.instant())));
            known.remove(name);
            LiveRefresh.Outcome outcome = refresh.refresh();
            log.accept("article removed: " + name + " by " + by + " (" + why + "); moved to " + movedTo);
            return new ArticleRemoved(name, movedTo, before.size(), gone, outcome.version(), outcome.error());
        }
    }

    /** Where removed articles go. */
    public String removedFolder() {
        return shelf.removedFolder();
    }

    /**
     * A publication date after today (by the injected clock) is refused: its claims would head every "latest" answer
     * (trial 18: accepted without a word). Today's date is no error; a page in a time zone ahead of UTC may give it.
     */
    private void refuseFutureDate(ArticleDraft draft) {
        tally.model.Published published = draft.article().published();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        if (published != null && published.date().isAfter(today)) {
            throw new ArticleRefused(ArticleRefused.Reason.INVALID_REQUEST, "The article's publication date, "
                    + published.date() + (published.inferred() ? " (inferred from its text)" : "") + ", is after today ("
                    + today + "): its claims would be listed as the latest. Correct the `published:` date (or leave it"
                    + " out, and Tally infers it from the text) and add the article again.");
        }
    }

    private void refuseDuplicate(ArticleDraft draft) {
        ArticleIdentity mine = ArticleIdentity.of(draft.article(), draft.reachedBy().toArray(String[]::new));
        List<CorpusShelf.Listed> listed = shelf.list();
        known.keySet().retainAll(listed.stream().map(CorpusShelf.Listed::file).toList());
        // The first check reads every file (10,000 at scale): on all cores; later checks find them known.
        listed.parallelStream().forEach(this::identity);
        for (CorpusShelf.Listed l : listed) {
            ArticleIdentity theirs = identity(l);
            if (theirs != null && mine.sameArticleAs(theirs)) {
                String how = mine.sameAddressAs(theirs) ? "the same address" : "the same text";
                throw new ArticleRefused(ArticleRefused.Reason.DUPLICATE,
                        "The corpus already has this article: " + l.file() + " (" + how + ").");
            }
        }
    }

    private @Nullable ArticleIdentity identity(CorpusShelf.Listed listed) {
        Known k = known.get(listed.file());
        if (k == null || !k.stamp().equals(listed.stamp())) {
            Article article = shelf.read(listed.file());
            k = new Known(listed.stamp(), article == null ? null : ArticleIdentity.of(article));
            known.put(listed.file(), k);
        }
        return k.identity();
    }

    private String findFile(String wanted) {
        List<String> names = shelf.list().stream().map(CorpusShelf.Listed::file).toList();
        for (String candidate : List.of(wanted, wanted + ".txt")) {
            if (names.contains(candidate)) {
                return candidate;
            }
        }
        String stem = stem(wanted);
        // a name that holds what was typed ("budanov" for "budanov-2025.txt") or is a slip or two away ("budanv")
        List<String> alike = stem.isBlank() ? List.of() : names.stream()
                .filter(n -> n.contains(stem) || EditDistance.between(stem(n), stem) <= Math.max(1, stem.length() / 4))
                .limit(3).toList();
        throw new ArticleRefused(ArticleRefused.Reason.NOT_FOUND, "No article named '" + wanted + "' in the corpus."
                + (alike.isEmpty() ? " The articles are the .txt files of the corpus folder; /sources lists them (on Discord, and in `tally console`)." : " Did you mean " + String.join(", ", alike) + "?"));
    }

    private static String stem(String file) {
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }

    private List<Claim> claimsFrom(String file) {
        return index.read(i -> i.corpus().claims().stream()
                .filter(c -> c.sources().stream().anyMatch(s -> s.file().equals(file))).toList());
    }

    private @Nullable String problemOf(String file) {
        return index.read(i -> i.corpus().problems().stream().filter(p -> p.file().equals(file) && !p.warning())
                .map(LoadProblem::toString).findFirst().orElse(null));
    }

    private static boolean onlyFrom(Claim claim, String file) {
        return claim.sources().stream().allMatch(s -> s.file().equals(file));
    }
}
