package tally.adapter.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import tally.app.Timeline;

/**
 * Where each point's label goes so that no label is drawn over another label or over another point, and which points
 * go unlabelled because no place around them is free. JFreeChart puts every label of a series in one place and never
 * checks for overlap: on a corpus of some hundred claims the labels of the small figures piled on each other near the
 * x-axis (trial 15). Here the plot is laid out as the chart will draw it (its size, the axes' ranges and margins, a
 * label's width in its font), and labels are placed in order of importance: points a moderator corrected, each
 * series' latest and first points, the chart's highest and lowest figures, then the rest in drawing order. Each takes
 * the first free place around its point (right, left, then below and above on each side); a label with no free place
 * is not drawn, and the chart says how many are left out. The point itself is always drawn.
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

    /** A label's size in the chart's 10-point font, in pixels: average character width and line height. */
    static final double CHAR_WIDTH = 5.6;
    static final double LINE_HEIGHT = 12;
    private static final double GAP = 9;
    private static final double MARKER = 10;

    /**
     * Where the plot's points fall, in pixels: the plot's size and each point's place (x from the left, y from the top),
     * and a label's width (its length times {@link #CHAR_WIDTH} when not measured in its font).
     */
    record Layout(double width, double height, BiFunction<Integer, Integer, double[]> pixel,
                  java.util.function.ToDoubleFunction<String> textWidth) {
        Layout(double width, double height, BiFunction<Integer, Integer, double[]> pixel) {
            this(width, height, pixel, text -> text.length() * CHAR_WIDTH);
        }
    }

    /** Kept clear between a label and the plot's edges, where the axes are drawn (trial 15: labels touched them). */
    static final double EDGE = 3;

    private final Map<Long, Integer> placeOf = new HashMap<>();
    private int unlabelled;

    /**
     * @param series the points of each series, in drawing order (series index, then item index)
     * @param labels the label text of item i of series s
     */
    LabelPlaces(List<List<Timeline.Point>> series, BiFunction<Integer, Integer, String> labels, Layout layout) {
        List<long[]> order = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < series.get(s).size(); i++) {
                order.add(new long[] {s, i, rank(series, s, i)});
                double[] p = layout.pixel().apply(s, i);
                taken.add(new Rectangle2D.Double(p[0] - MARKER / 2, p[1] - MARKER / 2, MARKER, MARKER));
            }
        }
        order.sort(Comparator.comparingLong((long[] o) -> o[2]));
        Rectangle2D plot = new Rectangle2D.Double(EDGE, EDGE, layout.width() - 2 * EDGE, layout.height() - 2 * EDGE);
        for (long[] o : order) {
            int s = (int) o[0];
            int i = (int) o[1];
            double[] p = layout.pixel().apply(s, i);
            double w = layout.textWidth().applyAsDouble(labels.apply(s, i));
            int chosen = -1;
            for (int place = 0; place < PLACES.size() && chosen < 0; place++) {
                Rectangle2D box = box(place, p[0], p[1], w);
                if (plot.contains(box) && taken.stream().noneMatch(t -> t.intersects(box) && !ownMarker(t, p))) {
                    chosen = place;
                    taken.add(box);
                }
            }
            if (chosen < 0) {
                unlabelled++;
            } else {
                placeOf.put(key(s, i), chosen);
            }
        }
    }

    /** Lower comes first: corrected, a series' latest, its first, the chart's highest or lowest, the rest. */
    private static long rank(List<List<Timeline.Point>> series, int s, int i) {
        List<Timeline.Point> points = series.get(s);
        Timeline.Point point = points.get(i);
        long drawn = ((long) s << 20) + i;
        if (!point.claim().moderation().corrected().isEmpty()) {
            return drawn;
        }
        if (i == points.size() - 1) {
            return (1L << 40) + drawn;
        }
        if (i == 0) {
            return (2L << 40) + drawn;
        }
        double top = series.stream().flatMap(List::stream).mapToDouble(Timeline.Point::value).max().orElse(0);
        double bottom = series.stream().flatMap(List::stream).mapToDouble(Timeline.Point::value).min().orElse(0);
        if (point.value() == top || point.value() == bottom) {
            return (3L << 40) + drawn;
        }
        return (4L << 40) + drawn;
    }

    private static boolean ownMarker(Rectangle2D box, double[] p) {
        return Math.abs(box.getCenterX() - p[0]) < 1e-9 && Math.abs(box.getCenterY() - p[1]) < 1e-9
                && box.getWidth() == MARKER;
    }

    /** The box a label of width {@code w} takes at a place around the point (px, py), as JFreeChart anchors it. */
    static Rectangle2D box(int place, double px, double py, double w) {
        double h = LINE_HEIGHT;
        double d = GAP * 0.7;
        return switch (place) {
            case 0 -> new Rectangle2D.Double(px + GAP, py - h / 2, w, h);
            case 1 -> new Rectangle2D.Double(px - GAP - w, py - h / 2, w, h);
            case 2 -> new Rectangle2D.Double(px + d, py + d, w, h);
            case 3 -> new Rectangle2D.Double(px - d - w, py + d, w, h);
            case 4 -> new Rectangle2D.Double(px + d, py - d - h, w, h);
            default -> new Rectangle2D.Double(px - d - w, py - d - h, w, h);
        };
    }

    /** Whether item {@code item} of series {@code series} is labelled: false when no place around it was free. */
    boolean labelled(int series, int item) {
        return placeOf.containsKey(key(series, item));
    }

    /** The place of item {@code item} of series {@code series}: an index into {@link #PLACES}. */
    int place(int series, int item) {
        return placeOf.getOrDefault(key(series, item), 0);
    }

    ItemLabelPosition position(int series, int item) {
        return PLACES.get(place(series, item));
    }

    /** How many points are drawn without their label. */
    int unlabelled() {
        return unlabelled;
    }

    private static long key(int series, int item) {
        return ((long) series << 32) | item;
    }
}
