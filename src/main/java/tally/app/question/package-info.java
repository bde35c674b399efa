/** Reading a free-text question: which metrics, which claimant or party, which period, and whether it is on topic. */
@NullMarked
package tally.app.question;

import org.jspecify.annotations.NullMarked;
