/**
 * Synthetic corpus generator: realistic articles about North Korean troops in Russia with a truth file of the claims
 * each holds, for measuring Tally at scale and checking extraction against known answers.
 */
@NullMarked
package tally.adapter.gen;

import org.jspecify.annotations.NullMarked;
