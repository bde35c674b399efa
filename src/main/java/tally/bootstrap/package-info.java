/** The composition root: the one place that knows how the core and its adapters are put together. */
@NullMarked
package tally.bootstrap;

import org.jspecify.annotations.NullMarked;
