package tally.adapter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import tally.app.Timeline;
import tally.model.Certainty;
import tally.model.Claim;

import tally.model.Metric;
import tally.model.Scope;

/** The picture shows the claims and nothing else: one series per claimant, points at the claim dates. */
class TimelineChartTest {

    /** Zelensky's two totals (a revision), the NIS's total and a range, an incident, a doubt, a vague and an undated claim. */
    static final Claim RANGE = claim(Metric.KILLED_OR_WOUNDED, fig(1000L, 1200L, "1,000-1,200"), "nis", null,
            day(2025, 1, 20), AL_JAZEERA, 0);
    static final Claim INCIDENT = claim(Metric.KILLED_OR_WOUNDED, fig(30L, null, "at least 30"), "hur", null,
            day(2024, 12, 16), AL_JAZEERA, 0).withScope(Scope.INCIDENT);
    static final Claim DOUBT = claim(Metric.KILLED_OR_WOUNDED, fig(5000L, 5000L, "5,000"), "budanov", null,
            day(2025, 1, 25), AL_JAZEERA, 0).withCertainty(Certainty.CERTAIN.withClaimant(
            Certainty.Field.doubt("claimant from a previous sentence", "he")));
    static final Claim NIS_DEC = claim(Metric.KILLED_OR_WOUNDED, fig(1100L, 1100L, "approximately 1,100"), "nis", null,
            day(2024, 12, 23), AL_JAZEERA, 0);
    static final List<Claim> CLAIMS = List.of(ZELENSKY_DEC, ZELENSKY_JAN, ZELENSKY_UNDATED, US_HUNDREDS, RANGE,
            INCIDENT, DOUBT, NIS_DEC, BUDANOV_DEPLOYED);

    private final TimelineChart drawing = new TimelineChart();

    @Test
    void oneSeriesPerClaimantOfComparableTotalsAndTheRestDrawnApart() {
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, CLAIMS);
        YIntervalSeriesCollection data = dataset(drawing.chart(timeline));
        List<String> names = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            names.add(String.valueOf(data.getSeriesKey(s)));
        }
        assertEquals(List.of("Volodymyr Zelensky", "South Korea's National Intelligence Service (NIS)", TimelineChart.APART),
                names, "one series per claimant, in order of their first claim, then the rest apart");
        assertEquals(2, data.getItemCount(0), "Zelensky: more than 3,000 then 4,000; the undated one is not drawn");
        assertEquals(2, data.getItemCount(1), "the NIS: approximately 1,100 and 1,000-1,200");
        assertEquals(2, data.getItemCount(2), "apart: the incident and the claim read with doubt");
        assertEquals(2, timeline.notDrawn(), "the vague 'Hundreds' and Zelensky's undated claim");
    }

    /** Trial 9: "US, South Korean and Ukrainian officials" was a series called "US", beside the US's own. */
    @Test
    void aSourcesOwnWordsAreNotCutAtTheirFirstCommaAsAListedNameIs() {
        Claim joint = saidBy("US, South Korean and Ukrainian officials", 11000L, day(2025, 1, 10));
        Claim long_ = saidBy("U.S., Ukrainian and South Korean military and intelligence officials speaking on"
                + " condition of anonymity", 12000L, day(2025, 2, 10));
        List<String> labels = Timeline.of(Metric.DEPLOYED, List.of(joint, long_, BUDANOV_DEPLOYED)).series().stream()
                .map(Timeline.Series::label).toList();
        assertTrue(labels.contains("US, South Korean and Ukrainian officials"), labels.toString());
        assertTrue(labels.contains("U.S., Ukrainian and South Korean military and\u2026"), labels.toString());
        assertTrue(labels.contains("Kyrylo Budanov"), "a listed name is still cut at its comma: " + labels);
    }

    /** Trial 10: a ninth claimant was drawn in the first one's colour and marker, so its figure read as the NIS's. */
    @Test
    void noTwoClaimantsAreDrawnAlikePastThePalettesColours() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            claims.add(saidBy("source number " + (char) ('a' + i), 1000L + i, day(2025, 1, 1 + i)));
        }
        JFreeChart chart = drawing.chart(Timeline.of(Metric.DEPLOYED, claims));
        org.jfree.chart.renderer.xy.XYItemRenderer renderer = ((XYPlot) chart.getPlot()).getRenderer();
        Set<String> looks = new HashSet<>();
        for (int s = 0; s < 20; s++) {
            java.awt.geom.Rectangle2D box = renderer.getSeriesShape(s).getBounds2D();
            String look = renderer.getSeriesPaint(s) + "|" + renderer.getSeriesShape(s).getClass().getSimpleName()
                    + box.getWidth() + "x" + box.getHeight() + "@" + (int) box.getY();
            assertTrue(looks.add(look), "series " + s + " looks like an earlier one: " + look);
        }
    }

    @Test
    void everyPointSitsAtItsClaimDateWithinItsClaimsBoundsAndIsLabelledInItsWords() {
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, CLAIMS);
        JFreeChart chart = drawing.chart(timeline);
        YIntervalSeriesCollection data = dataset(chart);
        XYItemLabelGenerator labels = ((XYPlot) chart.getPlot()).getRenderer().getDefaultItemLabelGenerator();
        Set<Claim> drawn = new HashSet<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                Claim claim = claimAt(timeline, s, i);
                drawn.add(claim);
                LocalDate date = claim.claimDate().date();
                assertEquals(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), data.getXValue(s, i), 0.0,
                        "a claim dated to the day sits on its day");
                double low = claim.figure().low() != null ? claim.figure().low() : claim.figure().high();
                double high = claim.figure().high() != null ? claim.figure().high() : claim.figure().low();
                assertEquals(low, data.getStartYValue(s, i), 0.0, "a range is a bar from its low bound");
                assertEquals(high, data.getEndYValue(s, i), 0.0, "... to its high bound");
                assertTrue(data.getYValue(s, i) == low || data.getYValue(s, i) == high, "no number that is not claimed");
                assertTrue(labels.generateLabel(data, s, i).startsWith(claim.figure().text()));
            }
        }
        assertEquals(Set.of(NIS_DEC, RANGE, ZELENSKY_DEC, ZELENSKY_JAN, INCIDENT, DOUBT), drawn,
                "every dated numeric claim of the metric, and no other");
    }

    /**
     * Trial 7: a claim known only to its month sat on the first of it, read as claimed that day. It sits mid-month and
     * its label says the day is unknown; near-miss: a claim dated to the day sits on it, its label its words alone.
     */
    @Test
    void aClaimKnownOnlyToItsMonthSitsMidMonthAndSaysItsDayIsUnknown() {
        Claim october = claim(Metric.DEPLOYED, fig(10000L, 10000L, "some 10,000"), "pentagon", null,
                tally.model.ClaimDate.month(LocalDate.of(2024, 10, 1)), AL_JAZEERA, 0);
        Claim day = claim(Metric.DEPLOYED, fig(11000L, 11000L, "11,000"), "pentagon", null, day(2024, 11, 4),
                AL_JAZEERA, 0);
        Timeline timeline = Timeline.of(Metric.DEPLOYED, List.of(day, october));
        JFreeChart chart = drawing.chart(timeline);
        YIntervalSeriesCollection data = dataset(chart);
        XYItemLabelGenerator labels = ((XYPlot) chart.getPlot()).getRenderer().getDefaultItemLabelGenerator();
        for (int i = 0; i < data.getItemCount(0); i++) {
            Claim claim = claimAt(timeline, 0, i);
            LocalDate expected = claim == october ? LocalDate.of(2024, 10, 15) : LocalDate.of(2024, 11, 4);
            assertEquals(expected.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), data.getXValue(0, i), 0.0);
            assertEquals(claim == october ? "some 10,000 (Oct 2024, day unknown)" : "11,000",
                    labels.generateLabel(data, 0, i));
        }
    }

    @Test
    void labelsOfPointsThatWouldCollideTakeDifferentPlacesAndALonePointKeepsTheRightSide() {
        Claim relayed = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, null, "nearly 3,000"), "zelensky", null,
                ZELENSKY_DEC.claimDate(), AL_JAZEERA, 0).withCertainty(Certainty.CERTAIN.withClaimant(
                Certainty.Field.doubt("claimant from a previous sentence", "According to him")));
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, List.of(ZELENSKY_DEC, relayed, NIS_DEC, RANGE));
        XYPlot plot = (XYPlot) drawing.chart(timeline).getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        List<org.jfree.chart.labels.ItemLabelPosition> crowd = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                Claim claim = claimAt(timeline, s, i);
                var position = plot.getRenderer().getPositiveItemLabelPosition(s, i);
                if (claim == ZELENSKY_DEC || claim == relayed) {
                    crowd.add(position);
                } else {
                    assertEquals(LabelPlaces.PLACES.get(0), position, "alone on its day and height: " + claim.figure().text());
                }
            }
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            assertEquals(((java.awt.Color) plot.getRenderer().getSeriesPaint(s)).darker(),
                    plot.getRenderer().getItemLabelPaint(s, 0), "a label is drawn in its claimant's colour");
        }
        assertEquals(2, crowd.size());
        assertFalse(crowd.get(0).getItemLabelAnchor() == crowd.get(1).getItemLabelAnchor()
                && crowd.get(0).getTextAnchor() == crowd.get(1).getTextAnchor(),
                "'more than 3,000' and 'nearly 3,000' on the same day are labelled on different sides");
    }

    @Test
    void itRendersAHeadlessPngOfTheAskedSize() throws IOException {
        assertTrue(GraphicsEnvironment.isHeadless(), "no display is needed");
        byte[] png = drawing.png(Timeline.of(Metric.KILLED_OR_WOUNDED, CLAIMS), 800, 500);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        if (Boolean.getBoolean("tally.keepCharts")) {
            java.nio.file.Files.write(java.nio.file.Path.of("target/timeline-fixture.png"), png);
        }
    }

    @Test
    void theEngineDrawsTheTimelineOfTheClaimsItServes() throws IOException {
        tally.app.TallyEngine engine = new tally.app.TallyEngine(tally.app.port.IndexAccess.of(() -> index(CLAIMS)),
                tally.app.question.TestConfig.DIRECTORY, tally.app.question.TestConfig.LEXICON,
                java.time.Clock.systemUTC(), drawing, java.util.Optional::empty);
        tally.app.Tally.Picture picture = engine.timeline(Metric.KILLED_OR_WOUNDED, engine.source("nis").orElseThrow()).orElseThrow();
        assertEquals(List.of(NIS_DEC, RANGE), picture.timeline().points().stream().map(Timeline.Point::claim).toList());
        assertTrue(ImageIO.read(new ByteArrayInputStream(picture.png())).getWidth() > 0);
        assertTrue(engine.timeline(Metric.CAPTURED, null).isEmpty(), "nothing to draw: no picture");
    }

    @Test
    void nothingToDrawIsAnErrorNotAnEmptyPicture() {
        Timeline none = Timeline.of(Metric.CAPTURED, CLAIMS);
        assertTrue(none.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> drawing.png(none, 800, 500));
    }

    @Test
    void disagreementNeedsTwoClaimantsTwoDatesAndTwoNumbers() {
        assertTrue(Timeline.disagreement(List.of(ZELENSKY_DEC, NIS_DEC, ZELENSKY_JAN)));
        assertFalse(Timeline.disagreement(List.of(ZELENSKY_DEC, ZELENSKY_JAN)), "one claimant");
        assertFalse(Timeline.disagreement(List.of(ZELENSKY_DEC, NIS_DEC)), "one date");
        assertFalse(Timeline.disagreement(List.of(ZELENSKY_DEC, INCIDENT, DOUBT)), "only one comparable total");
    }

    private static YIntervalSeriesCollection dataset(JFreeChart chart) {
        return (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
    }

    private static Claim saidBy(String words, long value, tally.model.ClaimDate date) {
        Claim any = claim(Metric.DEPLOYED, fig(value, value, String.format("%,d", value)), null, null, date, AL_JAZEERA, 0);
        return new Claim(any.metric(), any.figure(), tally.model.Claimant.unlisted(words, tally.model.Claimant.Kind.PERSON),
                null, date, any.sources());
    }

    private static Claim claimAt(Timeline timeline, int series, int item) {
        List<Timeline.Point> points = series < timeline.series().size() ? timeline.series().get(series).points()
                : timeline.apart();
        return points.get(item).claim();
    }


    /**
     * Trial 15: a point at the same spot as another's (South Korea's "1,100" and the JCS's) was hidden behind it. The
     * second is set a little to the right (a hundredth of the time span, here at least 30 days' worth) and the subtitle
     * says so; near-miss: a point alone on its day keeps its day exactly.
     */
    @Test
    void aPointAtTheSameSpotAsAnothersIsSetALittleApartAndEveryOtherKeepsItsDay() {
        Claim same = claim(Metric.KILLED_OR_WOUNDED, fig(1100L, 1100L, "1,100"), "jcs", null, day(2024, 12, 23),
                AL_JAZEERA, 0);
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, List.of(NIS_DEC, same, ZELENSKY_DEC));
        JFreeChart chart = drawing.chart(timeline);
        YIntervalSeriesCollection data = dataset(chart);
        java.util.Map<Claim, Double> x = new java.util.HashMap<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                x.put(claimAt(timeline, s, i), data.getXValue(s, i));
            }
        }
        double day = java.time.Duration.ofDays(1).toMillis();
        double nisDay = day(2024, 12, 23).date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertEquals(nisDay, x.get(NIS_DEC), 0.0, "the first at the spot keeps its day");
        assertTrue(x.get(same) > nisDay && x.get(same) < nisDay + day, "the second is set apart, within its day: "
                + (x.get(same) - nisDay) / day);
        assertEquals(ZELENSKY_DEC.claimDate().date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                x.get(ZELENSKY_DEC), 0.0, "alone on its day and height: on its day");
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle tt
                && tt.getText().contains("Points at the same spot are set a little apart")));
    }

    /** Trial 15: the chart never marked a claim a moderator corrected; near-miss: an uncorrected one says nothing. */
    @Test
    void aPointAModeratorCorrectedIsLabelledCorrected() {
        Claim fixed = NIS_DEC.withModeration(new tally.model.Moderation(null, java.util.Set.of(
                tally.model.ClaimField.CLAIMANT)));
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, List.of(fixed, ZELENSKY_DEC));
        assertEquals("approximately 1,100 (corrected by a moderator)", TimelineChart.label(
                timeline.points().stream().filter(p -> p.claim() == fixed).findFirst().orElseThrow(), false));
        assertEquals(ZELENSKY_DEC.figure().text(), TimelineChart.label(
                timeline.points().stream().filter(p -> p.claim() == ZELENSKY_DEC).findFirst().orElseThrow(), false));
    }

    /**
     * Trial 15: on a corpus of some hundred claims, labels of the small figures piled on each other near the x-axis.
     * Labels that would overlap are not drawn (the point is; the subtitle counts them); no two drawn labels overlap, and
     * a series' latest point keeps its label.
     */
    @Test
    void onACrowdedChartNoTwoDrawnLabelsOverlapAndTheRestAreCounted() {
        List<Claim> many = new ArrayList<>();
        String[] who = {"nis", "zelensky", "budanov", "jcs", "hur"};
        for (int k = 0; k < 60; k++) {
            many.add(claim(Metric.KILLED_OR_WOUNDED, fig(50L + 7 * k, 50L + 7 * k, "at least " + (50 + 7 * k)),
                    who[k % who.length], null, day(2024, 12, 1 + k / 2),
                    AL_JAZEERA, 0));
        }
        many.add(claim(Metric.KILLED_OR_WOUNDED, fig(9000L, 9000L, "9,000"), "nis", null, day(2025, 3, 1),
                AL_JAZEERA, 0));
        Timeline timeline = Timeline.of(Metric.KILLED_OR_WOUNDED, many);
        JFreeChart chart = drawing.chart(timeline);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        var renderer = plot.getRenderer();
        int hidden = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                hidden += renderer.isItemLabelVisible(s, i) ? 0 : 1;
            }
        }
        // the same points laid out on a plot of 800 x 400 pixels: no two labels the places keep overlap
        List<List<Timeline.Point>> points = new ArrayList<>();
        timeline.series().forEach(x -> points.add(x.points()));
        points.add(timeline.apart());
        long first = LocalDate.of(2024, 12, 1).toEpochDay();
        LabelPlaces places = new LabelPlaces(points, (x, i) -> points.get(x).get(i).wording(),
                new LabelPlaces.Layout(800, 400, (x, i) -> new double[] {
                    (points.get(x).get(i).date().toEpochDay() - first) * 7.0, 400 - points.get(x).get(i).value() / 25.0}));
        List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
        for (int x = 0; x < points.size(); x++) {
            for (int i = 0; i < points.get(x).size(); i++) {
                if (places.labelled(x, i)) {
                    Timeline.Point p = points.get(x).get(i);
                    java.awt.geom.Rectangle2D box = LabelPlaces.box(places.place(x, i),
                            (p.date().toEpochDay() - first) * 7.0, 400 - p.value() / 25.0,
                            p.wording().length() * LabelPlaces.CHAR_WIDTH);
                    assertTrue(boxes.stream().noneMatch(o -> o.intersects(box)), "two labels overlap: " + p.wording());
                    boxes.add(box);
                }
            }
        }
        assertTrue(places.unlabelled() > 0 && boxes.size() >= 3, places.unlabelled() + " " + boxes.size());
        assertTrue(hidden > 10, "a crowd of 60 small figures cannot all be labelled: " + hidden);
        int unlabelled = hidden;
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle tt
                && tt.getText().contains(unlabelled + " points are not labelled")), "the subtitle counts them");
        int nis = 0;
        assertTrue(renderer.isItemLabelVisible(nis, data.getItemCount(nis) - 1), "the NIS's latest, 9,000, is labelled");
    }

    /**
     * Trial 15: the last date label was cut at the right edge, and point labels touched each other or an axis. On the
     * chart as drawn (its data area, each point where the axes put it, each label measured in its font), no label box
     * leaves the picture or the data area, none meets another, and no date label of the x-axis is cut: for one point,
     * a few, one claimant, long claimant names, every measure, and a crowd.
     */
    @Test
    void noLabelBoxLeavesThePictureAndNoTwoMeet() {
        List<Claim> crowd = new ArrayList<>();
        String[] who = {"nis", "zelensky", "budanov", "jcs", "hur", "pentagon", "lloyd_austin", "sabrina_singh"};
        for (int k = 0; k < 80; k++) {
            crowd.add(claim(Metric.KILLED_OR_WOUNDED, fig(40L + 11 * k, 40L + 11 * k, "more than " + (40 + 11 * k)),
                    who[k % who.length], null, day(2024, 10 + k / 40, 1 + k % 28), AL_JAZEERA, 0));
        }
        List<Claim> longNames = new ArrayList<>();
        for (int k = 0; k < who.length; k++) {
            longNames.add(claim(Metric.DEPLOYED, fig(10_000L + 500 * k, 10_000L + 500 * k,
                    "an estimated total of some " + (10_000 + 500 * k) + " soldiers"), who[k], null,
                    day(2024, 11, 1 + 3 * k), AL_JAZEERA, 0));
        }
        List<Timeline> timelines = new ArrayList<>(List.of(
                Timeline.of(Metric.KILLED_OR_WOUNDED, CLAIMS),
                Timeline.of(Metric.KILLED_OR_WOUNDED, List.of(ZELENSKY_DEC)),
                Timeline.of(Metric.KILLED_OR_WOUNDED, List.of(ZELENSKY_DEC, ZELENSKY_JAN)),
                Timeline.of(Metric.KILLED_OR_WOUNDED, crowd),
                Timeline.of(Metric.DEPLOYED, longNames)));
        for (Metric m : Metric.values()) {
            List<Claim> each = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                each.add(claim(m, fig(100L * (k + 1), 100L * (k + 1), "about " + 100 * (k + 1)), who[k], null,
                        day(2025, 1 + k, 28), AL_JAZEERA, 0));
            }
            timelines.add(Timeline.of(m, each));
        }
        for (Timeline timeline : timelines) {
            assertLabelsFit(timeline, TimelineChart.WIDTH, TimelineChart.HEIGHT);
            assertLabelsFit(timeline, 700, 450);
        }
    }

    private void assertLabelsFit(Timeline timeline, int width, int height) {
        JFreeChart chart = drawing.chart(timeline, width, height);
        XYPlot plot = (XYPlot) chart.getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        var renderer = plot.getRenderer();
        java.awt.geom.Rectangle2D area = TimelineChart.dataArea(chart, width, height);
        LabelPlaces.Layout drawn = TimelineChart.drawn(plot, area);
        java.awt.geom.Rectangle2D picture = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
        String name = timeline.metric().id() + " " + width + "x" + height;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                if (!renderer.isItemLabelVisible(s, i)) {
                    continue;
                }
                String text = renderer.getItemLabelGenerator(s, i).generateLabel(data, s, i);
                double[] p = drawn.pixel().apply(s, i);
                int place = LabelPlaces.PLACES.indexOf(renderer.getPositiveItemLabelPosition(s, i));
                java.awt.geom.Rectangle2D inArea = LabelPlaces.box(place, p[0], p[1],
                        drawn.textWidth().applyAsDouble(text));
                java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(inArea.getX() + area.getX(),
                        inArea.getY() + area.getY(), inArea.getWidth(), inArea.getHeight());
                assertTrue(picture.contains(box), name + ": a label leaves the picture: " + text + " " + box);
                assertTrue(area.contains(box), name + ": a label leaves the plot or meets an axis: " + text);
                assertTrue(boxes.stream().noneMatch(b -> b.intersects(box)), name + ": two labels meet: " + text);
                boxes.add(box);
            }
        }
        assertFalse(boxes.isEmpty(), name + ": some label is drawn");
        // the x-axis's date labels, each centred on its tick
        org.jfree.chart.axis.DateAxis time = (org.jfree.chart.axis.DateAxis) plot.getDomainAxis();
        java.awt.Graphics2D g2 = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB).createGraphics();
        var ticks = time.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area,
                org.jfree.chart.ui.RectangleEdge.BOTTOM);
        java.awt.FontMetrics metrics = g2.getFontMetrics(time.getTickLabelFont());
        for (Object t : ticks) {
            org.jfree.chart.axis.ValueTick tick = (org.jfree.chart.axis.ValueTick) t;
            double x = time.valueToJava2D(tick.getValue(), area, org.jfree.chart.ui.RectangleEdge.BOTTOM);
            double half = metrics.stringWidth(tick.getText()) / 2.0;
            assertTrue(x - half >= 0 && x + half <= width, name + ": the date label is cut: " + tick.getText());
        }
    }
}
