package tally.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.Claim;
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
        LocalDate latest = null;
        for (Sentence sentence : SentenceSplitter.split(article.body())) {
            for (DateMention d : dates.find(sentence.text())) {
                LocalDate date = fullDate(d, reference);
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
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

    /** The latest date fixed by a claim that another, dated article also reports with a full date. */
    @Nullable Published fromOtherReports(List<ArticleExtractor.Extracted> pending, List<Claim> dated) {
        LocalDate latest = null;
        String from = null;
        for (ArticleExtractor.Extracted e : pending) {
            DateMention when = e.pending();
            if (when == null || when.kind() != DateMention.Kind.WEEKDAY) {
                continue;
            }
            for (Claim other : dated) {
                LocalDate date = other.claimDate().date();
                if (date != null && other.claimDate().precision() == DatePrecision.DAY && sameClaim(e.claim(), other)
                        && date.getDayOfWeek() == when.weekday() && (latest == null || date.isAfter(latest))) {
                    latest = date;
                    from = other.sources().get(0).outletOrFile();
                }
            }
        }
        return latest == null ? null
                : new Published(latest, true, "a claim it reports on a weekday is dated " + latest + " by " + from);
    }

    private static boolean sameClaim(Claim a, Claim b) {
        boolean sameParty = a.claimant().equals(b.claimant())
                || a.relayedBy() != null && a.relayedBy().equals(b.claimant())
                || b.relayedBy() != null && b.relayedBy().equals(a.claimant());
        return sameParty && a.claimant().known() && a.metric() == b.metric()
                && a.figure().pivot() != null && Objects.equals(a.figure().pivot(), b.figure().pivot());
    }
}
