package tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.ClaimDate;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Source;

/**
 * Makes the same claim reported by several articles one claim with several sources. "The same claim" is the same
 * claimant, metric, scope and stated number(s): "at least 100" in one outlet and "approximately 100" in another both
 * state 100, so they are one claim (vague figures: the same wording). Each source keeps its own wording of the figure
 * and its own date of the claim ({@link Source#wording()}, {@link Source#claimDate()}); the claim shows the most
 * cautious wording and the earliest date its reports support. A claim read with doubt (any uncertain field) or from
 * an unnamed source never merges with another article's: a merge would lend it the other reports' certainty.
 */
public final class ClaimMerger {

    private ClaimMerger() {
    }

    /**
     * Reports of one claimant's figure join when their dates agree (the same day, a day within a stated month or week,
     * or one of them undated); the same figure stated again months later is a claim of its own, so no merged claim
     * ever carries a date that one of its reports could not have known.
     */
    public static List<Claim> merge(List<Claim> claims) {
        return sameClaims(claims, c -> c).stream().map(ClaimMerger::combine).toList();
    }

    /** Groups items whose claims are the same claim (same key, compatible dates), in first-seen order. */
    static <T> List<List<T>> sameClaims(List<T> items, Function<T, Claim> claimOf) {
        Map<String, List<List<T>>> groups = new LinkedHashMap<>();
        for (T item : items) {
            Claim c = claimOf.apply(item);
            List<List<T>> clusters = groups.computeIfAbsent(key(c), k -> new ArrayList<>());
            List<T> home = clusters.stream()
                    .filter(cluster -> compatible(claimOf.apply(cluster.get(0)).claimDate(), c.claimDate())
                            && cluster.stream().map(claimOf).allMatch(other -> knownBy(c, other) && knownBy(other, c)))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(item);
        }
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** Dates that can name the same act of claiming. Only two stated dates can disagree. */
    static boolean compatible(ClaimDate a, ClaimDate b) {
        if (a.basis() != DateBasis.STATED || b.basis() != DateBasis.STATED || a.date() == null || b.date() == null) {
            return true;
        }
        return contains(a, b.date()) || contains(b, a.date());
    }

    /**
     * Trial 15: a stated date of {@code a} that begins after an article reporting {@code b} was published names a later
     * act of claiming than the one that article reported ("nearly 11,000", reported on 21 November, and "11,000",
     * stated on 19 December, had merged and shown 19 December as the date of both).
     */
    private static boolean knownBy(Claim a, Claim b) {
        ClaimDate d = a.claimDate();
        if (d.basis() != DateBasis.STATED || d.date() == null) {
            return true;
        }
        return b.sources().stream().noneMatch(s -> s.published() != null && d.date().isAfter(s.published().date()));
    }

    private static boolean contains(ClaimDate span, LocalDate day) {
        return switch (span.precision()) {
            case DAY -> span.date().equals(day);
            case WEEK -> !day.isBefore(span.date()) && day.isBefore(span.date().plusDays(7));
            case MONTH -> span.date().getYear() == day.getYear() && span.date().getMonth() == day.getMonth();
            case UNKNOWN -> true;
        };
    }

    static String key(Claim c) {
        String key = c.metric().id() + "|" + c.claimant().id() + "|" + c.scope().id() + "|" + stated(c.figure());
        if (!c.certainty().allCertain()) {
            // A claim read with doubt never joins another: a merge would lend it the other reports' certainty.
            return key + "|" + c.sources().get(0).file() + "|" + c.sources().get(0).quote();
        }
        // Two unnamed sources are not one party; within one article, the same unnamed figure is one claim.
        return c.claimant().known() ? key : key + "|" + c.sources().get(0).file();
    }

    /** The numbers a figure states, whatever its qualifier: "at least 100" and "approximately 100" both state 100. */
    static String stated(Figure f) {
        if (f.vague()) {
            return "~" + f.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
        if (f.low() == null || f.high() == null || f.low().equals(f.high())) {
            return String.valueOf(f.low() != null ? f.low() : f.high());
        }
        return f.low() + ".." + f.high();
    }

    /**
     * One claim from reports of the same claim: every distinct sentence kept with its own wording and date, the most
     * cautious wording shown, and the earliest date the reports support ({@link #better}).
     */
    static Claim combine(List<Claim> same) {
        Claim first = same.get(0);
        Map<String, Source> sources = new LinkedHashMap<>();
        Figure figure = first.figure();
        Claimant relay = first.relayedBy();
        ClaimDate date = first.claimDate();
        for (Claim c : same) {
            c.sources().forEach(s -> sources.putIfAbsent(s.file() + "\n" + s.quote(),
                    s.withOwnClaim(c.figure().text(), c.claimDate())));
            if (figure.qualifier() == null && c.figure().qualifier() != null) {
                figure = c.figure();
            }
            relay = relay != null ? relay : c.relayedBy();
            date = better(date, c.claimDate());
        }
        List<Source> ordered = new ArrayList<>(sources.values());
        ordered.sort(Comparator.comparing((Source s) -> s.published() == null ? null : s.published().date(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Source::file));
        return new Claim(first.metric(), figure, first.claimant(), relay, firstReported(date, ordered), ordered,
                first.scope(), first.certainty());
    }

    /**
     * A claim dated only by a report is claimed by the first report of it: one article that gives it no date of its own
     * still reported it first ("claimed 2 Sep 2025 (date of the report)" beside a report of 22 August, trial 11).
     */
    private static ClaimDate firstReported(ClaimDate date, List<Source> byPublication) {
        LocalDate first = byPublication.isEmpty() || byPublication.get(0).published() == null ? null
                : byPublication.get(0).published().date();
        return date.basis() == DateBasis.REPORT_DATE && date.date() != null && first != null && first.isBefore(date.date())
                ? ClaimDate.day(first, DateBasis.REPORT_DATE) : date;
    }

    /** A stated date beats the report's date, which beats none; a more precise one beats a vaguer; then the earlier. */
    static ClaimDate better(ClaimDate a, ClaimDate b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra < rb ? a : b;
        }
        if (a.date() == null || b.date() == null) {
            return a;
        }
        return b.date().isBefore(a.date()) ? b : a;
    }

    private static int rank(ClaimDate d) {
        if (d.basis() == DateBasis.UNKNOWN) {
            return 9;
        }
        int precision = d.precision().ordinal();
        return d.basis() == DateBasis.STATED ? precision : 5 + precision;
    }
}
