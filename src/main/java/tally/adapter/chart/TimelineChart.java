package tally.adapter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import tally.app.Timeline;
import tally.app.port.ChartDrawing;
import tally.app.render.Wording;
import tally.model.Scope;

/**
 * Draws a {@link Timeline} with JFreeChart: time across, the claimed number up; one series per claimant (points joined
 * in date order, so a revision shows as a step), a claimed range as a vertical bar from its low to its high bound, each
 * point labelled with the source's own wording; figures that are not comparable totals (one incident, one period, part
 * of the force, a forecast) or were read with doubt are drawn apart, as hollow grey points never joined to a series.
 * Headless: sets {@code java.awt.headless=true} unless the JVM was started with a value, so it needs no display.
 * Thread-safe (each call builds its own chart).
 */
public final class TimelineChart implements ChartDrawing {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The name of the series of figures drawn apart from the claimants' totals. */
    public static final String APART = "Not comparable totals (one incident, period, part of the force, forecast) or read with doubt";
    private static final Color APART_COLOUR = new Color(0x8C, 0x8C, 0x8C);
    /** Colours that read on white and apart from each other (no pale yellow). */
    /** A series' marker, by how many times the palette has gone round: circle, square, triangle, diamond, ... */
    static java.awt.Shape marker(int round) {
        return switch (round % 4) {
            case 0 -> new Ellipse2D.Double(-5, -5, 10, 10);
            case 1 -> new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9);
            case 2 -> new java.awt.Polygon(new int[] {0, 6, -6}, new int[] {-6, 5, 5}, 3);
            default -> new java.awt.Polygon(new int[] {0, 6, 0, -6}, new int[] {-6, 0, 6, 0}, 4);
        };
    }

    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
        new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF)};
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    @Override
    public byte[] png(Timeline timeline, int width, int height) {
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw: no dated claim with a number for " + timeline.metric().id());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart(timeline, width, height), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** The size the engine draws at, for tests that check what the chart holds. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    /** The chart itself, for tests that check what it holds. */
    JFreeChart chart(Timeline timeline) {
        return chart(timeline, WIDTH, HEIGHT);
    }

    JFreeChart chart(Timeline timeline, int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<List<Timeline.Point>> pointsBySeries = new ArrayList<>();
        for (Timeline.Series s : timeline.series()) {
            pointsBySeries.add(s.points());
        }
        if (!timeline.apart().isEmpty()) {
            pointsBySeries.add(timeline.apart());
        }
        Shifts shifts = new Shifts(pointsBySeries);
        for (int s = 0; s < pointsBySeries.size(); s++) {
            data.addSeries(series(s < timeline.series().size() ? timeline.series().get(s).label() : APART,
                    pointsBySeries.get(s), shifts, s));
        }
        java.util.function.BiFunction<Integer, Integer, String> text = (series, item) ->
                label(pointsBySeries.get(series).get(item), series == timeline.series().size());
        // first from an estimate of the layout, then (below) from the plot as JFreeChart lays it out
        LabelPlaces[] places = {new LabelPlaces(pointsBySeries, text, layout(data, timeline, width, height))};
        XYErrorRenderer renderer = new XYErrorRenderer() {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                return places[0].position(series, item);
            }

            @Override
            public boolean isItemLabelVisible(int series, int item) {
                return places[0].labelled(series, item);
            }
        };
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setErrorStroke(new BasicStroke(3f));
        renderer.setCapLength(8);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> text.apply(series, item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setItemLabelAnchorOffset(9);
        renderer.setDefaultItemLabelFont(LABEL_FONT);
        // Beside the point, not above it, so the label never hides a range's bar; crowded points take turns (LabelPlaces).
        for (int i = 0; i < timeline.series().size(); i++) {
            renderer.setSeriesLinesVisible(i, true);
            // Past the palette's eight colours the marker changes: two claimants never look alike (trial 10 took a
            // ninth series, "South Korean", for the first one's, the NIS).
            renderer.setSeriesShape(i, marker(i / PALETTE.length));
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            // In the series' colour: when two claimants' points coincide, the labels still say whose figure is whose.
            renderer.setSeriesItemLabelPaint(i, PALETTE[i % PALETTE.length].darker());
        }
        if (!timeline.apart().isEmpty()) {
            int apart = timeline.series().size();
            renderer.setSeriesLinesVisible(apart, false);
            renderer.setSeriesShapesFilled(apart, false);
            renderer.setSeriesPaint(apart, APART_COLOUR);
            renderer.setSeriesItemLabelPaint(apart, APART_COLOUR.darker());
            renderer.setSeriesShape(apart, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        DateAxis time = new DateAxis("Date of the claim");
        SimpleDateFormat format = new SimpleDateFormat("d MMM yyyy", Locale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setStandardTickUnits(dayTicks(format));
        time.setLowerMargin(0.12);
        time.setUpperMargin(0.22);
        NumberAxis count = new NumberAxis("Figure claimed (North Korean troops)");
        count.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
        count.setUpperMargin(0.15);
        XYPlot plot = new XYPlot(data, time, count, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        JFreeChart chart = new JFreeChart(Wording.heading(timeline.metric()) + ": competing claims over time",
                new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right for the last date label, centred on the axis's end (trial 15: "Jun 202" was cut)
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, RIGHT_PADDING));
        TextTitle subtitle = new TextTitle(subtitle(timeline, places[0].unlabelled(), shifts.any()),
                new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.addSubtitle(subtitle);
        // The estimate is good to a few pixels, and labels still touched each other or an axis (trial 15): the labels
        // are placed again on the plot's data area as drawn, each measured in its font.
        Rectangle2D area = dataArea(chart, width, height);
        places[0] = new LabelPlaces(pointsBySeries, text, drawn(plot, area));
        subtitle.setText(subtitle(timeline, places[0].unlabelled(), shifts.any()));
        return chart;
    }

    /** Half the widest date label and a little more: the last tick's label is centred on the axis's end. */
    static final int RIGHT_PADDING = 40;

    /** The data area of the plot as the chart is drawn at this size (drawn once, off screen). */
    static Rectangle2D dataArea(JFreeChart chart, int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
            return (Rectangle2D) info.getPlotInfo().getDataArea().clone();
        } finally {
            g2.dispose();
        }
    }

    /** Where each point is drawn inside the data area, and each label's width in the label font. */
    static LabelPlaces.Layout drawn(XYPlot plot, Rectangle2D area) {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        java.awt.FontMetrics metrics = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(LABEL_FONT);
        return new LabelPlaces.Layout(area.getWidth(), area.getHeight(), (s, i) -> new double[] {
            plot.getDomainAxis().valueToJava2D(data.getXValue(s, i), area, org.jfree.chart.ui.RectangleEdge.BOTTOM)
                    - area.getX(),
            plot.getRangeAxis().valueToJava2D(data.getYValue(s, i), area, org.jfree.chart.ui.RectangleEdge.LEFT)
                    - area.getY()}, metrics::stringWidth);
    }

    /** Claims are dated to the day at best: no tick finer than a day, so no date label repeats. */
    private static TickUnits dayTicks(SimpleDateFormat format) {
        TickUnits units = new TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format));
        }
        SimpleDateFormat month = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        month.setTimeZone(format.getTimeZone());
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, month));
        }
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, new SimpleDateFormat("yyyy", Locale.ENGLISH)));
        return units;
    }

    private static YIntervalSeries series(String name, List<Timeline.Point> points, Shifts shifts, int s) {
        // Not sorted by the series itself: item i stays point i, so the labels find their wording.
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        for (int i = 0; i < points.size(); i++) {
            Timeline.Point p = points.get(i);
            long x = millis(p) + shifts.of(s, i);
            double low = p.low() != null ? p.low() : p.value();
            double high = p.high() != null ? p.high() : p.value();
            series.add(x, p.value(), low, high);
        }
        return series;
    }

    private static long millis(Timeline.Point p) {
        return placed(p).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * Points at the same spot (the same day, numbers within {@link LabelPlaces#NEAR} of the tallest) would hide each
     * other (trial 15: South Korea's "1,100" behind the JCS's): the second and later are set a little to the right,
     * each by a hundredth of the chart's time span (at least 30 days' worth), so every one shows; the subtitle says so.
     */
    static final class Shifts {
        static final double STEP = 0.01;
        private final Map<Long, Long> shift = new HashMap<>();

        Shifts(List<List<Timeline.Point>> series) {
            List<Timeline.Point> all = series.stream().flatMap(List::stream).toList();
            if (all.isEmpty()) {
                return;
            }
            long first = all.stream().mapToLong(TimelineChart::millis).min().orElse(0);
            long last = all.stream().mapToLong(TimelineChart::millis).max().orElse(0);
            long step = (long) (Math.max(last - first, java.time.Duration.ofDays(30).toMillis()) * STEP);
            double tallest = all.stream().mapToDouble(Timeline.Point::value).max().orElse(1);
            List<Timeline.Point> seen = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                for (int i = 0; i < series.get(s).size(); i++) {
                    Timeline.Point p = series.get(s).get(i);
                    long same = seen.stream().filter(o -> placed(o).equals(placed(p))
                            && Math.abs(o.value() - p.value()) <= LabelPlaces.NEAR * Math.max(tallest, 1)).count();
                    if (same > 0) {
                        shift.put(((long) s << 32) | i, same * step);
                    }
                    seen.add(p);
                }
            }
        }

        long of(int series, int item) {
            return shift.getOrDefault(((long) series << 32) | item, 0L);
        }

        boolean any() {
            return !shift.isEmpty();
        }
    }

    /**
     * Where the points will fall in pixels, as JFreeChart lays the chart out: the plot's share of the picture (less the
     * titles, the legend's rows and the axes), the time axis with its margins, the count axis from zero with its upper
     * margin. An estimate good to a few pixels, which is what keeping labels apart needs.
     */
    private static LabelPlaces.Layout layout(YIntervalSeriesCollection data, Timeline timeline, int width, int height) {
        double legendWidth = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            legendWidth += String.valueOf(data.getSeriesKey(s)).length() * 6.2 + 28;
        }
        int legendRows = (int) Math.ceil(legendWidth / Math.max(1, width - 20));
        double plotWidth = Math.max(100, width - 100);
        double plotHeight = Math.max(100, height - 125 - legendRows * 16);
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMax = 1;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                xMin = Math.min(xMin, data.getXValue(s, i));
                xMax = Math.max(xMax, data.getXValue(s, i));
                yMax = Math.max(yMax, data.getEndYValue(s, i));
            }
        }
        double span = xMax - xMin;
        double left = span == 0 ? xMin - 1 : xMin - 0.12 * span;
        double right = span == 0 ? xMax + 1 : xMax + 0.22 * span;
        double top = yMax * 1.15;
        double w = plotWidth;
        double h = plotHeight;
        return new LabelPlaces.Layout(w, h, (s, i) -> new double[] {
            (data.getXValue(s, i) - left) / (right - left) * w,
            h - data.getYValue(s, i) / top * h});
    }

    /**
     * Where a point sits in time: its day; the middle of its month or week when it is known only to that. At the first
     * of the month, "in late October" was drawn three weeks early and read as claimed on 1 October (trial 7).
     */
    static java.time.LocalDate placed(Timeline.Point p) {
        return switch (p.precision()) {
            case MONTH -> p.date().withDayOfMonth(15);
            case WEEK -> p.date().plusDays(3);
            default -> p.date();
        };
    }

    private static final java.time.format.DateTimeFormatter MONTH_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter DAY_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * The source's own wording; apart, also what it covers or that it was read with doubt; and for a point known only
     * to its month or week, that its day is unknown.
     */
    static String label(Timeline.Point p, boolean apart) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (!p.claim().moderation().corrected().isEmpty()) {
            // trial 15: a moderator's correction never showed on the chart
            notes.add("corrected by a moderator");
        }
        if (apart) {
            notes.add(!p.certain() ? "read with doubt" : p.scope() == Scope.TOTAL ? "unnamed source" : p.scope().label());
        }
        switch (p.precision()) {
            case MONTH -> notes.add(p.date().format(MONTH_TEXT) + ", day unknown");
            case WEEK -> notes.add("week of " + p.date().format(DAY_TEXT) + ", day unknown");
            default -> { }
        }
        return notes.isEmpty() ? p.wording() : p.wording() + " (" + String.join("; ", notes) + ")";
    }

    private static String subtitle(Timeline timeline, int unlabelled, boolean shifted) {
        String text = "Unverified claims as reported; each point is one claim in its source's words, a bar a claimed range;"
                + " a claim known only to its month sits mid-month.";
        if (timeline.notDrawn() > 0) {
            text += " " + timeline.notDrawn() + (timeline.notDrawn() == 1 ? " claim is" : " claims are")
                    + " not drawn: vague or undated.";
        }
        if (shifted) {
            text += " Points at the same spot are set a little apart to the right.";
        }
        if (unlabelled > 0) {
            text += " " + unlabelled + (unlabelled == 1 ? " point is" : " points are") + " not labelled, for lack of"
                    + " room: `tally figures` lists every claim.";
        }
        return text;
    }
}
