package tally.adapter.discord.reply;

import java.util.Set;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Who;
import tally.app.ArticleInfo;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.EditDistance;
import tally.model.Metric;
import tally.app.render.ArticleNames;
import tally.app.render.Wording;
import tally.model.Plural;

/**
 * Every reply Tally gives, as pages, for Discord and the console alike. Answers are cached under the corpus version
 * plus the normalised question, so a changed corpus is never answered from a stale cache.
 */
public final class Replies {
    /** Said on replies that list claims without an Answer from the engine. */
    public static final String CLAIMS_CAVEAT =
            "All figures are unverified claims by the parties named, as reported in the articles cited.";
    /** Said on /help, which cites no article: "the articles cited" named none there (newcomer trial, round 67). */
    public static final String HELP_CAVEAT = "The figures Tally gives are unverified claims by the parties named, as "
            + "the articles it cites report them.";

    /** The title of /summary; a pinned message with it is an earlier summary. */
    public static final String SUMMARY_TITLE = "Summary of the competing figures";

    private final Tally tally;
    private final Paginator paginator;
    private final AnswerRenderer answers;
    private final Cache<String, EmbedPlan> cache;

    public Replies(Tally tally, int cacheSize, Ticker ticker) {
        this.tally = tally;
        this.paginator = new Paginator(ReplyPage.FIELD_COUNT_LIMIT);
        this.answers = new AnswerRenderer(paginator);
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(Duration.ofHours(6))
                .ticker(ticker).build();
    }

    public EmbedPlan ask(String question) {
        if (question.isBlank()) {
            return EmbedPlan.problem("Empty question", "Ask a question, for example: how many North Korean soldiers have been killed?");
        }
        return cache.get(askKey(question), key -> answers.render("Figures claimed", tally.ask(question)));
    }

    /**
     * As {@link #ask(String)}, read after the asker's last questions ({@code earlier}, oldest first): a follow-up keeps
     * their source and period ({@link Tally#ask(String, List)}), and is cached under all of them; any other question
     * is cached under its own words, so asking it again costs nothing whatever came before.
     */
    public EmbedPlan ask(String question, List<String> earlier) {
        if (!followsOn(question, earlier)) {
            return ask(question);
        }
        return cache.get(followUpKey(question, earlier),
                key -> answers.render("Figures claimed", tally.ask(question, earlier)));
    }

    /**
     * The answer to this question if it is still cached for the current corpus version, without asking the engine:
     * the bot gives such an answer without spending the member's allowance of questions.
     */
    public Optional<EmbedPlan> cached(String question) {
        return question.isBlank() ? Optional.empty() : Optional.ofNullable(cache.getIfPresent(askKey(question)));
    }

    /** As {@link #cached(String)}, for the question read after {@code earlier}. */
    public Optional<EmbedPlan> cached(String question, List<String> earlier) {
        if (!followsOn(question, earlier)) {
            return cached(question);
        }
        return Optional.ofNullable(cache.getIfPresent(followUpKey(question, earlier)));
    }

    private boolean followsOn(String question, List<String> earlier) {
        return !earlier.isEmpty() && !question.isBlank() && tally.followsOn(question);
    }

    private String followUpKey(String question, List<String> earlier) {
        StringBuilder key = new StringBuilder(askKey(question));
        earlier.forEach(e -> key.append("\n<").append(normalise(e)));
        return key.toString();
    }

    private String askKey(String question) {
        return tally.corpusVersion() + "\n?" + normalise(question);
    }

    public EmbedPlan summary() {
        return cache.get(tally.corpusVersion() + "\nsummary",
                key -> answers.render(SUMMARY_TITLE, tally.summary()));
    }

    /** @param typed the claimant as typed, read as a question names a source ({@code Tally#source}); null: everyone */
    public EmbedPlan figures(@Nullable Metric metric, @Nullable String typed, @Nullable LocalDate since) {
        Who who = typed == null ? null : tally.source(typed).orElse(null);
        if (typed != null && who == null) {
            String wanted = typed.strip().toLowerCase(java.util.Locale.ROOT);
            List<String> near = tally.claimants().stream().map(Claimant::id)
                    .filter(id -> id.contains(wanted) || EditDistance.between(id, wanted) <= 2).limit(3).toList();
            return EmbedPlan.problem("Unknown claimant", "Tally reads no source in '" + Markdown.quote(typed) + "'"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                    + ". Name it as a question would (an id of config/claimants.json, a name, or a party such as Seoul);"
                    + " a source it does not list can be asked about by name: /ask question:what does the Mossad say?");
        }
        FigureQuery query = new FigureQuery(metric == null ? Set.of() : Set.of(metric), null, since);
        List<Claim> claims = tally.figures(query, who);
        Map<Metric, List<String>> byMetric = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byMetric.computeIfAbsent(claim.metric(), m -> new ArrayList<>()).add(ClaimLines.line(claim));
        }
        List<Section> sections = byMetric.entrySet().stream()
                .map(e -> new Section(e.getKey().label(), e.getValue())).toList();
        String description = claims.isEmpty() ? "No claim matches this lookup. Try fewer options."
                : claims.size() + (claims.size() == 1 ? " claim." : " claims, newest first.");
        return paginator.paginate("Claims" + describe(metric, who == null ? null : who.label(), since), description, sections, CLAIMS_CAVEAT);
    }

    public EmbedPlan sources() {
        List<String> entries = tally.articles().stream().map(Replies::article).toList();
        String description = entries.isEmpty() ? "The corpus holds no article yet." : Plural.count(entries.size(), "article") + ". Use /source to see one article's claims.";
        return paginator.paginate("Articles in the corpus", description, List.of(new Section("Articles", entries)), CLAIMS_CAVEAT);
    }

    public EmbedPlan source(String file) {
        Optional<Tally.ArticleClaims> found = tally.article(file);
        if (found.isEmpty() && !file.endsWith(".txt")) {
            found = tally.article(file + ".txt"); // named as "article remove" takes it, without ".txt" (trial 7)
        }
        if (found.isEmpty()) {
            // the console offers no suggestions: an outlet's name or the start of a file name that fits one article
            // names it, and one that fits several lists them (trial 10: "/source al jazeera")
            List<ArticleInfo> fitting = fitting(file);
            if (fitting.size() == 1) {
                found = tally.article(fitting.get(0).file());
            } else if (fitting.size() > 1) {
                return EmbedPlan.problem("Several articles fit", Markdown.quote(file) + " fits " + fitting.size()
                        + " articles; give one of their files: " + fitting.stream().limit(10)
                        .map(a -> Markdown.quote(a.file())).collect(java.util.stream.Collectors.joining(", "))
                        + (fitting.size() > 10 ? ", ... (/sources lists them all)." : "."));
            }
        }
        if (found.isEmpty()) {
            return EmbedPlan.problem("No such article", "No article is called " + Markdown.quote(file)
                    + ". Pick one from the suggestions, or run /sources to list them.");
        }
        ArticleInfo info = found.get().article();
        // one section per measure, headed by what its figures count: a bare "nearly 8,000 — Budanov" did not say
        // whether it counted troops sent or lost (trial 7)
        java.util.Map<Metric, List<String>> byMetric = new java.util.EnumMap<>(Metric.class);
        for (Claim claim : found.get().claims()) {
            List<String> entries = byMetric.computeIfAbsent(claim.metric(), m -> new ArrayList<>());
            claim.sources().stream().filter(s -> s.file().equals(info.file())).findFirst()
                    .ifPresentOrElse(s -> entries.add(ClaimLines.lineWithQuote(claim, s)), () -> entries.add(ClaimLines.line(claim)));
        }
        List<Section> sections = new ArrayList<>();
        byMetric.forEach((metric, entries) -> sections.add(new Section(Wording.heading(metric), entries)));
        if (sections.isEmpty()) {
            sections.add(new Section("Claims in this article", List.of()));
        }
        String description = article(info) + (byMetric.isEmpty() ? "\nTally found no figure in this article." : "");
        return paginator.paginate(Markdown.quote(ArticleNames.articleHeading(info.title(), info.file())), description,
                sections, CLAIMS_CAVEAT);
    }

    /** The /timeline reply for one measure (and one claimant, or everyone): a page and the PNG to attach. */
    public TimelineReply timeline(Metric metric, @Nullable Who who) {
        return TimelineReply.of(tally, paginator, metric, who);
    }

    public EmbedPlan help() {
        return paginator.paginate("What Tally does", HelpText.ABOUT, HelpText.sections(), HELP_CAVEAT);
    }

    /**
     * /help where only {@code commands} run (the offline console has no /timeline or /article): the lines of other
     * commands are left out, so nothing it lists answers "Unknown command".
     */
    public EmbedPlan help(java.util.Set<String> commands) {
        List<Section> sections = HelpText.sections().stream().map(s -> new Section(s.heading(), s.entries().stream()
                .filter(line -> !line.startsWith("/") || commands.contains(line.substring(1).split("[ :]", 2)[0]))
                .toList())).toList();
        return paginator.paginate("What Tally does", HelpText.ABOUT, sections, HELP_CAVEAT);
    }

    static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The articles an outlet's name (case aside) or the start of a file name fits. */
    private List<ArticleInfo> fitting(String asked) {
        String want = asked.strip().toLowerCase(java.util.Locale.ROOT);
        if (want.isEmpty()) {
            return List.of();
        }
        return tally.articles().stream().filter(a -> a.file().toLowerCase(java.util.Locale.ROOT).startsWith(want)
                || a.outlet() != null && a.outlet().toLowerCase(java.util.Locale.ROOT).equals(want)).toList();
    }

    private static String article(ArticleInfo info) {
        String title = ArticleNames.articleHeading(info.title(), info.file());
        String label = info.url() != null ? Markdown.link(title, info.url()) : Markdown.quote(title);
        String outlet = info.outlet() != null ? Markdown.quote(info.outlet()) : "outlet unknown";
        String date = info.published() != null ? info.published().display() : "date unknown";
        // the file once: an article with no title was headed by its file name and then named by it again (trial 10)
        String file = title.equals(info.file()) ? "" : " · file " + Markdown.quote(info.file());
        return "• " + label + " — " + outlet + ", " + date + " · " + Plural.count(info.claimCount(), "claim") + file;
    }

    private static String describe(@Nullable Metric metric, @Nullable String source, @Nullable LocalDate since) {
        StringBuilder text = new StringBuilder();
        if (metric != null) {
            text.append(" · ").append(metric.label());
        }
        if (source != null) {
            text.append(" · by ").append(Markdown.quote(source));
        }
        if (since != null) {
            text.append(" · since ").append(since);
        }
        return text.toString();
    }
}
