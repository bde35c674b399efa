/** A local stand-in for Discord (gateway WebSocket and REST API) that the real JDA client is pointed at in tests. */
@NullMarked
package tally.adapter.discord.fake;

import org.jspecify.annotations.NullMarked;
