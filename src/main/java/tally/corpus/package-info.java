/** Reads a corpus folder: one article per {@code *.txt} file, bad files reported and skipped, never fatal. */
@NullMarked
package tally.corpus;

import org.jspecify.annotations.NullMarked;
