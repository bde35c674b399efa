/** The answer to a question: competing figures grouped by metric, with their spread and revisions. */
@NullMarked
package tally.app.answer;

import org.jspecify.annotations.NullMarked;
