package tally.adapter.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** One REST request JDA made: method, path below /api/v10/, query and JSON body (a missing node when empty). */
public record Recorded(String method, String path, String query, JsonNode body) {
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }
}
