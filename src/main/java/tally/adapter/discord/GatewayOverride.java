package tally.adapter.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA at another Discord-compatible gateway (DISCORD_GATEWAY_URL). Shard counts still come from the REST API's
 * /gateway/bot, so only the URL is replaced.
 */
final class GatewayOverride extends SessionControllerAdapter {
    private final String gatewayUrl;

    GatewayOverride(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway fromApi = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, fromApi.getShardTotal(), fromApi.getConcurrency());
    }
}
