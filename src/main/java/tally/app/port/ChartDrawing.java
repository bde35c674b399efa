package tally.app.port;

import tally.app.Timeline;

/**
 * Port: draws a {@link Timeline} as a PNG picture. Implemented by the chart adapter; the core only hands it claims it
 * has selected, so the picture can show no figure that is not a claim.
 */
public interface ChartDrawing {

    /**
     * @return the PNG bytes of the chart, {@code width} x {@code height} pixels
     * @throws IllegalArgumentException when the timeline has no point to draw
     */
    byte[] png(Timeline timeline, int width, int height);
}
