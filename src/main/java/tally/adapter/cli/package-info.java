/** The command line: {@code ask} and {@code figures}, as readable text or as the JSON contract. */
@NullMarked
package tally.adapter.cli;

import org.jspecify.annotations.NullMarked;
