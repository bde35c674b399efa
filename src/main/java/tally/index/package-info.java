/** Implementations of the CorpusIndex port: in memory (reference, tests) and Lucene (what Tally runs on). */
@NullMarked
package tally.index;

import org.jspecify.annotations.NullMarked;
