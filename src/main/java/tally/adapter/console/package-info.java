/** Tries the Discord replies offline: reads commands from stdin and prints the replies as text. */
@NullMarked
package tally.adapter.console;

import org.jspecify.annotations.NullMarked;
