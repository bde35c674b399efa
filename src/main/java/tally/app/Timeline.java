package tally.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.DatePrecision;
import tally.model.Metric;
import tally.model.Scope;

/**
 * The figures of one metric over time, as a chart draws them: one series per claimant of its comparable totals (a
 * point per dated claim, in the source's wording, a range as a bar from low to high), and apart from them the figures
 * that are not comparable totals (one incident, one period, part of the force, a forecast) or were read with doubt.
 * Only claims become points: a vague figure ("hundreds") has no number and an undated claim no place in time, so both
 * are counted in {@code notDrawn} and left out, never estimated.
 */
public record Timeline(Metric metric, List<Series> series, List<Point> apart, int notDrawn) {

    public Timeline {
        Objects.requireNonNull(metric, "metric");
        series = List.copyOf(series);
        apart = List.copyOf(apart);
    }

    /** One claimant's comparable totals, oldest first. {@code label} is the claimant's short name. */
    public record Series(String claimantId, String label, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One claim: its date (the first day of a month or week it is only known to), its bounds ({@code low} or
     * {@code high} may be open: "more than 3,000"), the source's wording, and the claim itself.
     */
    public record Point(LocalDate date, DatePrecision precision, @Nullable Long low, @Nullable Long high,
                        String wording, String claimant, Scope scope, boolean certain, Claim claim) {
        public Point {
            Objects.requireNonNull(date, "date");
            if (low == null && high == null) {
                throw new IllegalArgumentException("a point needs a number");
            }
        }

        /** Where the point sits: its low bound, else its high one ("up to 500" sits at 500). */
        public long value() {
            return low != null ? low : Objects.requireNonNull(high);
        }

        /** A range claimed as such ("10,000-12,000"), drawn as a bar. */
        public boolean range() {
            return low != null && high != null && !low.equals(high);
        }
    }

    /** The timeline of one metric's claims; claims of other metrics are ignored. */
    public static Timeline of(Metric metric, List<Claim> claims) {
        Map<String, List<Point>> byClaimant = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<Point> apart = new ArrayList<>();
        int notDrawn = 0;
        List<Claim> oldestFirst = claims.stream().filter(c -> c.metric() == metric)
                .sorted(Comparator.comparing((Claim c) -> c.claimDate().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Claim c : oldestFirst) {
            LocalDate date = c.claimDate().date();
            if (date == null || c.figure().vague()) {
                notDrawn++;
                continue;
            }
            Point point = new Point(date, c.claimDate().precision(), c.figure().low(), c.figure().high(),
                    c.figure().text(), label(c), c.scope(), c.certainty().allCertain(), c);
            if (c.comparable() && c.claimant().known()) {
                byClaimant.computeIfAbsent(c.claimant().id(), k -> new ArrayList<>()).add(point);
                labels.putIfAbsent(c.claimant().id(), label(c));
            } else {
                apart.add(point);
            }
        }
        List<Series> series = new ArrayList<>();
        byClaimant.forEach((id, points) -> series.add(new Series(id, labels.get(id), points)));
        return new Timeline(metric, series, apart, notDrawn);
    }

    /**
     * Whether claimants disagree over time: at least two claimants and two dates among the comparable, dated, numeric
     * claims, with at least two different numbers. Answers offer the chart only then.
     */
    public static boolean disagreement(List<Claim> claims) {
        Set<String> claimants = new LinkedHashSet<>();
        Set<LocalDate> dates = new LinkedHashSet<>();
        Set<Long> values = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.comparable() && c.claimant().known() && c.claimDate().known() && !c.figure().vague()) {
                claimants.add(c.claimant().id());
                dates.add(c.claimDate().date());
                values.add(c.figure().pivot());
            }
        }
        return claimants.size() >= 2 && dates.size() >= 2 && values.size() >= 2;
    }

    /** Every point drawn, in series and apart. */
    public List<Point> points() {
        List<Point> all = new ArrayList<>();
        series.forEach(s -> all.addAll(s.points()));
        all.addAll(apart);
        return all;
    }

    public boolean isEmpty() {
        return series.isEmpty() && apart.isEmpty();
    }

    private static String label(Claim c) {
        if (!c.certainty().claimant().certain()) {
            return c.certainty().claimant().asWorded() != null ? "'" + c.certainty().claimant().asWorded() + "' (uncertain)"
                    : "claimant uncertain";
        }
        if (!c.claimant().known()) {
            return "claimant unknown";
        }
        // A listed name is "Volodymyr Zelensky, President of Ukraine": the part before its comma names him. A source's
        // own words are not cut there: "US, South Korean and Ukrainian officials" was drawn as a series called "US".
        String name = c.claimant().name();
        int comma = name.indexOf(',');
        if (c.claimant().listed()) {
            return comma > 0 ? name.substring(0, comma) : name;
        }
        return tally.model.PlainText.cutAtWord(name, LABEL_CHARS);
    }

    /** A source's own words longer than this are shortened in a legend, at a word, and marked so. */
    private static final int LABEL_CHARS = 48;
}
