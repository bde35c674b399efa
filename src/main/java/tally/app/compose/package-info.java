/** Composing an answer: the claims a question asks for, grouped by metric, with their spread and revisions. */
@NullMarked
package tally.app.compose;

import org.jspecify.annotations.NullMarked;
