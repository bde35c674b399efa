package tally.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.ClaimDate;
import tally.model.DatePrecision;
import tally.model.Published;

/**
 * Works out when an article without a {@code published:} header was written, and says how, so a reader sees the
 * date is inferred. An article is written on or after every date it mentions, so the latest full date in its text
 * is a lower bound ("Monday, December 23" pins its year by the weekday). Failing that, a claim it reports with a
 * weekday ("on Monday") that another article reports with a full date fixes that weekday.
 */
final class PublishedDateInference {

    private final DateFinder dates = new DateFinder();

    /** The latest date the text states in full, or null. Years of weekday dates are sought up to {@code reference}. */
    @Nullable Published fromText(Article article, @Nullable LocalDate reference) {
        return latest(dayMentions(article), reference);
    }

    /**
     * Every mention of a day and month in the text ("December 23", "Monday, December 23, 2024"): what {@link #latest}
     * needs, found once per article. It does not depend on the rest of the corpus, so it can be kept while other
     * articles come and go (the corpus's newest date, which pins a weekday's year, is applied afterwards).
     */
    List<DateMention> dayMentions(Article article) {
        List<DateMention> days = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(article.body())) {
            for (DateMention d : dates.find(sentence.text())) {
                if (d.kind() == DateMention.Kind.DAY && d.month() != null && d.day() != null) {
                    days.add(d);
                }
            }
        }
        return List.copyOf(days);
    }

    /** The latest full date among {@code days} (from {@link #dayMentions}), weekday years sought up to {@code reference}. */
    @Nullable Published latest(List<DateMention> days, @Nullable LocalDate reference) {
        LocalDate latest = null;
        for (DateMention d : days) {
            LocalDate date = fullDate(d, reference);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest == null ? null : new Published(latest, true, "latest date stated in the text");
    }

    private static @Nullable LocalDate fullDate(DateMention d, @Nullable LocalDate reference) {
        if (d.kind() != DateMention.Kind.DAY || d.month() == null || d.day() == null) {
            return null;
        }
        if (d.year() != null) {
            ClaimDate resolved = d.resolve(null);
            return resolved == null ? null : resolved.date();
        }
        return d.weekday() != null && reference != null ? d.yearFittingWeekday(reference) : null;
    }

    /**
     * The latest full day on which each claim was made, per claimant (or relay), metric, value and weekday, from the
     * dated articles. A thousand reports of one claim are one entry, so a look-up costs the same however many.
     */
    static final class DatedClaims {
        private record When(LocalDate date, String reportedBy) {
        }

        private final Map<String, When> latest = new HashMap<>();

        DatedClaims(List<Claim> claims) {
            for (Claim c : claims) {
                LocalDate date = c.claimDate().date();
                if (c.claimDate().precision() != DatePrecision.DAY || date == null || c.figure().pivot() == null) {
                    continue;
                }
                When when = new When(date, c.sources().get(0).outletOrFile());
                for (Claimant who : c.relayedBy() == null ? List.of(c.claimant()) : List.of(c.claimant(), c.relayedBy())) {
                    latest.merge(key(who, c, date.getDayOfWeek()), when, (a, b) -> b.date().isAfter(a.date()) ? b : a);
                }
            }
        }

        @Nullable When find(Claim c, DayOfWeek weekday) {
            When best = null;
            for (Claimant who : c.relayedBy() == null ? List.of(c.claimant()) : List.of(c.claimant(), c.relayedBy())) {
                When w = latest.get(key(who, c, weekday));
                if (w != null && (best == null || w.date().isAfter(best.date()))) {
                    best = w;
                }
            }
            return best;
        }

        private static String key(Claimant who, Claim c, DayOfWeek weekday) {
            return who.id() + "|" + c.metric().id() + "|" + c.figure().pivot() + "|" + weekday;
        }
    }

    /** The latest date fixed by a claim that another, dated article also reports with a full date. */
    @Nullable Published fromOtherReports(List<ArticleExtractor.Extracted> pending, DatedClaims dated) {
        DatedClaims.When latest = null;
        for (ArticleExtractor.Extracted e : pending) {
            DateMention when = e.pending();
            if (when == null || when.kind() != DateMention.Kind.WEEKDAY || !e.claim().claimant().known()
                    || e.claim().figure().pivot() == null) {
                continue;
            }
            DatedClaims.When found = dated.find(e.claim(), when.weekday());
            if (found != null && (latest == null || found.date().isAfter(latest.date()))) {
                latest = found;
            }
        }
        return latest == null ? null : new Published(latest.date(), true,
                "a claim it reports on a weekday is dated " + latest.date() + " by " + latest.reportedBy());
    }

}
