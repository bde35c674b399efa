/** The Discord adapter: JDA wiring, slash commands, chat and pinned summaries over the Tally port. */
@NullMarked
package tally.adapter.discord;

import org.jspecify.annotations.NullMarked;
