/**
 * The Discord replies offline: reads commands from stdin and prints the same reply pages as text. It lives inside the
 * Discord adapter because it is that adapter's replies, and adapters do not depend on each other.
 */
@NullMarked
package tally.adapter.discord.console;

import org.jspecify.annotations.NullMarked;
