/** The application core: the use cases Tally offers (ports in) and what it needs from outside (ports out). */
@NullMarked
package tally.app;

import org.jspecify.annotations.NullMarked;
