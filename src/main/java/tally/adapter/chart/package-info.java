/** Pictures of the disagreement: a metric's competing figures over time, drawn with JFreeChart, and `tally chart`. */
@NullMarked
package tally.adapter.chart;

import org.jspecify.annotations.NullMarked;
