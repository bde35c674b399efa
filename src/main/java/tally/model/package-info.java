/** Domain values of Tally: claims, their sources, dates and claimants. No I/O, no frameworks. */
@NullMarked
package tally.model;

import org.jspecify.annotations.NullMarked;
