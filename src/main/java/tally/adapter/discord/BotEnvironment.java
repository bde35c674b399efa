package tally.adapter.discord;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bot reads from the environment. The token is a secret: {@link #toString()} never shows it.
 *
 * @param restUrl another Discord-compatible REST API, such as a test server; null for Discord
 * @param gatewayUrl another Discord-compatible gateway; null for the one Discord names
 */
public record BotEnvironment(String token, @Nullable String restUrl, @Nullable String gatewayUrl) {
    public static final String TOKEN = "DISCORD_TOKEN";
    public static final String REST_URL = "DISCORD_REST_URL";
    public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";

    public BotEnvironment {
        Objects.requireNonNull(token, "token");
        if (restUrl != null && !restUrl.matches("https?://.+")) {
            throw new IllegalArgumentException(REST_URL + " must be an http(s) URL such as https://discord.com/api/v10/");
        }
        if (gatewayUrl != null && !gatewayUrl.matches("wss?://.+")) {
            throw new IllegalArgumentException(GATEWAY_URL + " must be a ws(s) URL such as wss://gateway.discord.gg");
        }
    }

    /** Reads the environment; throws with what to do when the token is missing. */
    public static BotEnvironment from(Map<String, String> env) {
        String token = blankToNull(env.get(TOKEN));
        if (token == null) {
            throw new IllegalArgumentException(TOKEN + " is not set. Create a bot at https://discord.com/developers/applications, "
                    + "copy its token (Bot > Reset Token) and run: export " + TOKEN + "=<your token>   "
                    + "(or try Tally offline without a token: java -jar target/tally.jar console)");
        }
        return new BotEnvironment(token, blankToNull(env.get(REST_URL)), blankToNull(env.get(GATEWAY_URL)));
    }

    @Override
    public String toString() {
        return "BotEnvironment[token=(hidden), restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
