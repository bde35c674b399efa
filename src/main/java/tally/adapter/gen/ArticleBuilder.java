package tally.adapter.gen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tally.model.Metric;

/**
 * Composes one article: header (full, partial or none), paragraphs of claims mixed with background, numbers about
 * other things and boilerplate. About a quarter of the claims re-report a recent claim from an earlier article, in new
 * words, as outlets do; so the same claim reaches the corpus through several sources.
 */
final class ArticleBuilder {

    /** A claim someone made on a day; articles published afterwards may report it. */
    private record Event(Speaker speaker, Metric metric, FigureWords.Worded figure, LocalDate when) {
    }

    private static final Metric[] METRICS = Metric.values();
    private static final int REPORT_WINDOW_DAYS = 60;

    private final Random random;
    private final FigureWords figures;
    private final DatePhrases dates;
    private final ClaimSentences sentences;
    /** Events in the order they were made; those before {@code firstRecent} are too old to be reported again. */
    private final List<Event> recent = new ArrayList<>();
    private int firstRecent;
    /** Events this article already reports: an article states a claim once. */
    private final java.util.Set<Event> reported = new java.util.HashSet<>();

    ArticleBuilder(Random random) {
        this.random = random;
        this.figures = new FigureWords(random);
        this.dates = new DatePhrases(random);
        this.sentences = new ClaimSentences(random);
    }

    /** Articles must be built in publication order: the pool of reportable events only moves forward. */
    GeneratedArticle build(int index, LocalDate published) {
        LocalDate oldest = published.minusDays(REPORT_WINDOW_DAYS);
        while (firstRecent < recent.size() && recent.get(firstRecent).when().isBefore(oldest)) {
            firstRecent++;
        }
        reported.clear();
        NoiseText.Outlet outlet = NoiseText.outlet(random);
        int headerRoll = random.nextInt(100);
        String header = headerRoll < 8 ? "none" : headerRoll < 13 ? "partial" : "full";
        List<String> paragraphs = new ArrayList<>();
        List<TruthFile.Claim> claims = new ArrayList<>();
        if (!header.equals("full")) {
            paragraphs.add(dateline(published));
        }
        int claimCount = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < claimCount; i++) {
            paragraphs.add(claimParagraph(published, claims));
        }
        int noise = 3 + random.nextInt(8);
        for (int i = 0; i < noise; i++) {
            paragraphs.add(insertAt(paragraphs, header), noiseParagraph());
        }
        if (random.nextInt(3) > 0) {
            paragraphs.add(random.nextBoolean() ? Math.min(paragraphs.size(), header.equals("full") ? 0 : 1)
                    : paragraphs.size(), NoiseText.boilerplate(random));
        }
        String separator = random.nextInt(5) == 0 ? "\n" : "\n\n";
        String title = NoiseText.title(random);
        String body = String.join(separator, paragraphs) + "\n";
        String file = fileName(index, header, outlet, published);
        String text = headerText(header, title, outlet, published, index) + body;
        return new GeneratedArticle(file, text, new TruthFile.Article(file, header,
                header.equals("full") ? outlet.name() : null, published.toString(), claims));
    }

    private String claimParagraph(LocalDate published, List<TruthFile.Claim> claims) {
        List<String> parts = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            parts.add(NoiseText.background(random));
        }
        Event event = nextEvent(published);
        DatePhrases.Phrase phrase = dates.phrase(event.when(), published);
        ClaimSentences.Spec spec = new ClaimSentences.Spec(event.speaker(), event.metric(), event.figure(), phrase);
        String name = event.speaker().name(random);
        ClaimSentences.Written written;
        if (random.nextInt(10) == 0) {
            ClaimSentences.Spec killed = new ClaimSentences.Spec(event.speaker(), Metric.KILLED, figures.numeric(Metric.KILLED), phrase);
            ClaimSentences.Spec wounded = new ClaimSentences.Spec(event.speaker(), Metric.WOUNDED, figures.numeric(Metric.WOUNDED), phrase);
            written = sentences.killedAndWounded(killed, wounded, name);
        } else if (event.speaker().id().equals("nis") && random.nextInt(3) == 0) {
            Speaker relay = Speaker.LAWMAKERS.get(random.nextInt(Speaker.LAWMAKERS.size()));
            spec = new ClaimSentences.Spec(event.speaker(), event.metric(), event.figure(), phrase, relay);
            written = sentences.relayed(spec, name, relay.name(random));
        } else {
            written = sentences.attributed(spec, name);
        }
        add(written, parts, claims);
        if (event.speaker().pronoun() != null && random.nextInt(3) == 0) {
            Metric metric = otherMetric(event.metric());
            FigureWords.Worded figure = figures.any(metric);
            Event followed = new Event(event.speaker(), metric, figure, event.when());
            recent.add(followed);
            reported.add(followed);
            add(this.sentences.followUp(new ClaimSentences.Spec(event.speaker(), metric, figure, phrase)), parts, claims);
        }
        if (random.nextInt(3) == 0) {
            parts.add(random.nextBoolean() ? NoiseText.background(random) : NoiseText.numbers(random));
        }
        return String.join(" ", parts);
    }

    /** Two to four sentences of background, sometimes with a number about something else. */
    private String noiseParagraph() {
        int count = 2 + random.nextInt(3);
        List<String> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(random.nextInt(3) == 0 ? NoiseText.numbers(random) : NoiseText.background(random));
        }
        return String.join(" ", parts);
    }

    private static void add(ClaimSentences.Written written, List<String> sentences, List<TruthFile.Claim> claims) {
        sentences.add(written.sentence());
        claims.addAll(written.claims());
    }

    /**
     * A new claim made in the six weeks before publication, or a recent one reported again. Every recent event
     * precedes this article, because articles come in publication order and events predate their first article.
     */
    private Event nextEvent(LocalDate published) {
        int available = recent.size() - firstRecent;
        if (available > 0 && random.nextInt(4) == 0) {
            Event again = recent.get(firstRecent + random.nextInt(available));
            if (reported.add(again)) {
                return again;
            }
        }
        int daysBefore = random.nextInt(10) < 4 ? 1 + random.nextInt(6) : 7 + random.nextInt(39);
        Metric metric = METRICS[random.nextInt(METRICS.length)];
        Event event = new Event(Speaker.pick(random), metric, figures.any(metric), published.minusDays(daysBefore));
        recent.add(event);
        reported.add(event);
        return event;
    }

    private Metric otherMetric(Metric not) {
        Metric m = METRICS[random.nextInt(METRICS.length)];
        return m == not ? METRICS[(m.ordinal() + 1) % METRICS.length] : m;
    }

    /** Noise goes anywhere after the dateline. */
    private int insertAt(List<String> paragraphs, String header) {
        int first = header.equals("full") ? 0 : 1;
        return first + random.nextInt(paragraphs.size() - first + 1);
    }

    private String dateline(LocalDate published) {
        return switch (random.nextInt(3)) {
            case 0 -> "date " + published;
            case 1 -> "Published " + published.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            default -> published.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
        };
    }

    private String headerText(String header, String title, NoiseText.Outlet outlet, LocalDate published, int index) {
        if (header.equals("none")) {
            return "";
        }
        StringBuilder h = new StringBuilder("title: ").append(title).append('\n');
        if (header.equals("full")) {
            h.append("outlet: ").append(outlet.name()).append('\n');
            h.append("published: ").append(published).append('\n');
            if (random.nextInt(10) < 7) {
                h.append("url: https://www.").append(outlet.domain()).append('/').append(published.toString().replace('-', '/'))
                        .append("/north-korean-troops-").append(index).append('\n');
            }
        }
        if (random.nextInt(10) < 6) {
            h.append("language: en\n");
        }
        return h.append("---\n").toString();
    }

    private static String fileName(int index, String header, NoiseText.Outlet outlet, LocalDate published) {
        String slug = header.equals("full") ? outlet.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + "_" + published : "article";
        return String.format(Locale.ROOT, "%05d_%s.txt", index, slug);
    }
}
