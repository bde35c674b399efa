/** Ports out: what the core needs from outside, implemented by the extractor and the index. */
@NullMarked
package tally.app.port;

import org.jspecify.annotations.NullMarked;
