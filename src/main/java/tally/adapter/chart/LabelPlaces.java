package tally.adapter.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import tally.app.Timeline;

/**
 * Where each point's label goes so that no two labels are drawn over each other. Claimants often give nearly the same
 * number on the same day (Zelensky's "more than 3,000" and a relayed "nearly 3,000"), and JFreeChart puts every label
 * of a series in one place; points that would collide (same day, numbers within {@link #NEAR} of the tallest figure)
 * take the next free place around the point: right, left, then below and above on each side.
 */
final class LabelPlaces {

    /** Two points closer than this share of the chart's tallest number are one crowd. */
    static final double NEAR = 0.04;

    static final List<ItemLabelPosition> PLACES = List.of(
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT),
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT),
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE4, TextAnchor.TOP_LEFT),
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE8, TextAnchor.TOP_RIGHT),
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE2, TextAnchor.BOTTOM_LEFT),
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE10, TextAnchor.BOTTOM_RIGHT));

    private final Map<Long, Integer> placeOf = new HashMap<>();

    /** @param series the points of each series, in drawing order (series index, then item index) */
    LabelPlaces(List<List<Timeline.Point>> series) {
        double tallest = series.stream().flatMap(List::stream).mapToDouble(Timeline.Point::value).max().orElse(1);
        List<Timeline.Point> placed = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < series.get(s).size(); i++) {
                Timeline.Point point = series.get(s).get(i);
                boolean[] taken = new boolean[PLACES.size()];
                for (int k = 0; k < placed.size(); k++) {
                    Timeline.Point other = placed.get(k);
                    if (other.date().equals(point.date())
                            && Math.abs(other.value() - point.value()) <= NEAR * Math.max(tallest, 1)) {
                        taken[places.get(k)] = true;
                    }
                }
                int place = firstFree(taken, placed.size());
                placed.add(point);
                places.add(place);
                placeOf.put(key(s, i), place);
            }
        }
    }

    /** The place of item {@code item} of series {@code series}: an index into {@link #PLACES}. */
    int place(int series, int item) {
        return placeOf.getOrDefault(key(series, item), 0);
    }

    ItemLabelPosition position(int series, int item) {
        return PLACES.get(place(series, item));
    }

    /** A crowd larger than the places available reuses them in turn rather than failing. */
    private static int firstFree(boolean[] taken, int seen) {
        for (int p = 0; p < taken.length; p++) {
            if (!taken[p]) {
                return p;
            }
        }
        return seen % taken.length;
    }

    private static long key(int series, int item) {
        return ((long) series << 32) | item;
    }
}
