package tally.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tally.model.Article;
import tally.model.ArticleIdentity;
import tally.model.LoadProblem;

/**
 * Finds one article saved under two file names (a copy dropped into the corpus folder beside the original): by the
 * rule {@code article add} refuses a duplicate with ({@link ArticleIdentity}: the same address in the header, or the
 * same text once whitespace is normalised). The first by file name is kept, since the corpus is read in file-name
 * order and that choice does not change from one load to the next; each other copy is left out, with a problem that
 * names the file kept, so one claim is never counted as told by two outlets.
 *
 * <p>An instance keeps each article's identity from one call to the next (by the article object the loader keeps for
 * an unchanged file), so a reload of 10,000 files after one changed hashes one text.
 */
public final class SameArticles {

    /** The articles to use, in file-name order, and one problem for each copy left out. */
    public record Kept(List<Article> articles, List<LoadProblem> problems) {
        public Kept {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private Map<Article, ArticleIdentity> known = new IdentityHashMap<>();

    /** Keeps the first of each article by file name; the others become problems (not warnings: they are not used). */
    public synchronized Kept keepFirst(List<Article> articles) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Article::file));
        Map<Article, ArticleIdentity> now = new IdentityHashMap<>();
        Map<String, Article> byText = new HashMap<>();
        Map<String, Article> byAddress = new HashMap<>();
        List<Article> kept = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        // hashed on all cores (each text on its own, nothing shared is written): at start every text is hashed, and
        // round 64's profile found one core waiting for this loop
        Map<Article, ArticleIdentity> before = known;
        ArticleIdentity[] ids = sorted.parallelStream().map(a -> {
            ArticleIdentity id = before.get(a);
            return id != null ? id : ArticleIdentity.of(a);
        }).toArray(ArticleIdentity[]::new);
        for (int i = 0; i < sorted.size(); i++) {
            Article a = sorted.get(i);
            ArticleIdentity id = ids[i];
            now.put(a, id);
            Article first = byText.get(id.textHash());
            String how = "the same text";
            if (first == null) {
                first = id.addresses().stream().map(byAddress::get).filter(f -> f != null).findFirst().orElse(null);
                how = "the same address";
            }
            if (first != null) {
                problems.add(new LoadProblem(a.file(), 0, "the same article as " + first.file() + " (" + how
                        + "), so it is not used: " + first.file() + " is kept (the first by file name) and its"
                        + " claims are counted once; remove one of the two files"));
                continue;
            }
            kept.add(a);
            byText.put(id.textHash(), a);
            for (String address : id.addresses()) {
                byAddress.putIfAbsent(address, a);
            }
        }
        known = now;
        return new Kept(kept, problems);
    }
}
