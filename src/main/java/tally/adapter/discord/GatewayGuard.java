package tally.adapter.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.jspecify.annotations.Nullable;

/**
 * Notices when Discord closes the gateway for good (a close code JDA will not reconnect after) and says, in one line,
 * what the operator must switch on or fix. A bot left running without a connection would look alive to Docker and
 * systemd; with this line the process exits non-zero instead (see {@link TallyBot#serveUntilStopped()}).
 */
final class GatewayGuard extends ListenerAdapter {
    private final CompletableFuture<String> fatal = new CompletableFuture<>();
    private final boolean asksMessageContent;

    /** @param asksMessageContent whether Tally asked for Message Content (because listenChannelIds is set) */
    GatewayGuard(boolean asksMessageContent) {
        this.asksMessageContent = asksMessageContent;
    }

    /** Completes with the operator's line when the gateway is closed for good. */
    CompletableFuture<String> fatal() {
        return fatal;
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code != null && !code.isReconnect()) {
            fatal.complete(explain(code, event.getCode(), asksMessageContent));
        }
    }

    /** The one line for a close code Discord will not accept a reconnection after. */
    static String explain(@Nullable CloseCode code, int raw, boolean asksMessageContent) {
        if (code == CloseCode.DISALLOWED_INTENTS) {
            return asksMessageContent
                    ? "Discord refused the Message Content intent (gateway close code 4014). listenChannelIds in "
                    + "config/discord.json needs it: switch on Message Content Intent in the developer portal "
                    + "(Bot > Privileged Gateway Intents), or empty listenChannelIds."
                    : "Discord refused the requested intents (gateway close code 4014). Check the privileged intents "
                    + "in the developer portal (Bot > Privileged Gateway Intents).";
        }
        if (code == CloseCode.AUTHENTICATION_FAILED) {
            return "Discord rejected DISCORD_TOKEN (gateway close code 4004). Copy a fresh token from the developer "
                    + "portal (Bot > Reset Token) and set DISCORD_TOKEN to it.";
        }
        if (code == CloseCode.SHARDING_REQUIRED || code == CloseCode.INVALID_SHARD) {
            return "Discord refused the shard settings (gateway close code " + raw + ": " + code.getMeaning()
                    + "). Raise shardTotal in config/discord.json and give each process its shardFrom..shardTo.";
        }
        String meaning = code == null ? "unknown" : code.getMeaning();
        return "Discord closed the gateway connection for good (close code " + raw + ": " + meaning + ").";
    }
}
