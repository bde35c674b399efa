/** Plain-text rendering of answers, shared by the command line, the offline console and the JSON output. */
@NullMarked
package tally.app.render;

import org.jspecify.annotations.NullMarked;
