/** Replies as plain values (pages of embed-like text within Discord's limits), free of JDA so they can be tested and shown in a terminal. */
@NullMarked
package tally.adapter.discord.reply;

import org.jspecify.annotations.NullMarked;
