package tally.adapter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    @Override
    public byte[] png(Timeline timeline, int width, int height) {
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw: no dated claim with a number for " + timeline.metric().id());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart(timeline), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** The chart itself, for tests that check what it holds. */
    JFreeChart chart(Timeline timeline) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<List<Timeline.Point>> pointsBySeries = new ArrayList<>();
        for (Timeline.Series s : timeline.series()) {
            data.addSeries(series(s.label(), s.points()));
            pointsBySeries.add(s.points());
        }
        if (!timeline.apart().isEmpty()) {
            data.addSeries(series(APART, timeline.apart()));
            pointsBySeries.add(timeline.apart());
        }
        LabelPlaces places = new LabelPlaces(pointsBySeries);
        XYErrorRenderer renderer = new XYErrorRenderer() {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                return places.position(series, item);
            }
        };
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setErrorStroke(new BasicStroke(3f));
        renderer.setCapLength(8);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> label(pointsBySeries.get(series).get(item),
                series == timeline.series().size()));
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
        chart.addSubtitle(new TextTitle(subtitle(timeline), new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
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

    private static YIntervalSeries series(String name, List<Timeline.Point> points) {
        // Not sorted by the series itself: item i stays point i, so the labels find their wording.
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        for (Timeline.Point p : points) {
            long x = placed(p).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            double low = p.low() != null ? p.low() : p.value();
            double high = p.high() != null ? p.high() : p.value();
            series.add(x, p.value(), low, high);
        }
        return series;
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

    private static String subtitle(Timeline timeline) {
        String text = "Unverified claims as reported; each point is one claim in its source's words, a bar a claimed range;"
                + " a claim known only to its month sits mid-month.";
        if (timeline.notDrawn() > 0) {
            text += " " + timeline.notDrawn() + (timeline.notDrawn() == 1 ? " claim is" : " claims are")
                    + " not drawn: vague or undated.";
        }
        return text;
    }
}
