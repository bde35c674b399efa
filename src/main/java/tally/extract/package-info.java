/** Claim extraction: sentences, quantities, metrics, claimants and claim dates, from sentence structure and config lexicons. */
@NullMarked
package tally.extract;

import org.jspecify.annotations.NullMarked;
