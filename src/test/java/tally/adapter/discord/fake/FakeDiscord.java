package tally.adapter.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Discord on 127.0.0.1: the REST API under /api/v10/ (the routes JDA calls for login, command
 * registration, interaction callbacks, messages and pins) plus {@link FakeGateway}. Every request is recorded; a
 * route it does not know answers 404 and is listed in {@link #problems()}, which the tests assert is empty.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String TOKEN = "fake-token.not-a-secret";
    private static final String PREFIX = "/api/v10/";

    private final HttpServer http;
    private final java.util.concurrent.ExecutorService httpPool = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "fake-discord-http");
        t.setDaemon(true);
        return t;
    });
    private final FakeGateway gateway;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1600000000000000000L);
    /** The channel's pins, oldest first: pinned_at and the message as stored. */
    private final List<ObjectNode> pins = new CopyOnWriteArrayList<>();
    private final AtomicLong pinClock = new AtomicLong(java.time.Instant.now().minusSeconds(86_400).getEpochSecond());
    private volatile boolean pinsFull;
    private final Map<Recorded, ObjectNode> stored = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** The server as GUILD_CREATE describes it; threads created later are added to it. */
    private final ObjectNode guild;
    private volatile boolean commandScopeWithheld;

    public FakeDiscord() throws IOException, InterruptedException {
        this(true);
    }

    /** @param botMayPin whether Tally's role has Pin Messages in the server */
    public FakeDiscord(boolean botMayPin) throws IOException, InterruptedException {
        guild = Payloads.guildCreate(botMayPin);
        gateway = new FakeGateway(() -> {
            synchronized (guild) {
                return guild.deepCopy();
            }
        });
        gateway.start();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        // Discord serves requests in parallel; a single-threaded stand-in would make the bot look slow under a burst.
        http.setExecutor(httpPool);
        http.start();
        // The gateway binds on its own thread. On a loaded machine (a benchmark beside the build) two seconds were not
        // always enough, and JDA was then handed an address with no port ("The host part is empty"): wait as long as
        // a test would wait for JDA itself, and say so plainly if the socket never binds.
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (gateway.getPort() <= 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (gateway.getPort() <= 0) {
            throw new IllegalStateException("the stand-in gateway did not bind a port on 127.0.0.1 within 15 s");
        }
    }

    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + PREFIX;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public Map<String, String> environment() {
        return Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_REST_URL", restUrl(), "DISCORD_GATEWAY_URL", gatewayUrl());
    }

    /** Unknown routes, bad gateway traffic: anything a test must fail on. */
    public List<String> problems() {
        List<String> all = new java.util.ArrayList<>(problems);
        all.addAll(gateway.errors);
        return all;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The intents JDA asked for in its IDENTIFY. */
    public long identifiedIntents() {
        return gateway.identify().path("intents").asLong(-1);
    }

    public int identifies() {
        return gateway.identifies.get();
    }

    public int resumes() {
        return gateway.resumes.get();
    }

    public boolean gatewayConnected() {
        return gateway.connected();
    }

    /**
     * As when Message Content Intent is switched off in the developer portal: an IDENTIFY asking for it is closed
     * with 4014 (disallowed intents).
     */
    public void refuseMessageContentIntent() {
        gateway.refuseMessageContent = true;
    }

    /** As when the token was reset after the REST API accepted it: IDENTIFY is closed with 4004. */
    public void rejectTokenAtGateway() {
        gateway.rejectToken = true;
    }

    /** As when Tally was invited without the applications.commands scope: registering commands answers Missing Access. */
    public void withholdCommandScope() {
        commandScopeWithheld = true;
    }

    /** A thread (or forum post) created while Tally runs: added to the server and announced with THREAD_CREATE. */
    public void createThread(ObjectNode thread) {
        synchronized (guild) {
            ((ArrayNode) guild.get("threads")).add(thread.deepCopy());
        }
        gateway.dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
    }

    /**
     * Takes a permission from Tally in a channel on Discord's side only, without the CHANNEL_UPDATE that would tell
     * JDA: as when the change and a question cross on the wire. Tally's next request there fails as Discord fails it.
     */
    public void revokeQuietly(long channelId, long permission) {
        synchronized (guild) {
            for (com.fasterxml.jackson.databind.JsonNode channel : guild.get("channels")) {
                if (channel.path("id").asLong() == channelId) {
                    ((ArrayNode) channel.get("permission_overwrites")).add(Payloads.overwrite(Payloads.BOT_ID, 1, 0, permission));
                }
            }
        }
    }

    /** Tally's permissions in a channel or thread, as Discord works them out from roles and overwrites. */
    public long botPermissions(long channelId) {
        synchronized (guild) {
            return FakePermissions.of(guild, Payloads.BOT_ID, channelId);
        }
    }

    /** From now on pinning answers Discord's "maximum number of pins reached" error. */
    public void refusePins() {
        pinsFull = true;
    }

    /** Pins {@code count} members' messages, as a busy channel would have. */
    public void pinOthers(int count) {
        ObjectNode author = Payloads.user(Payloads.MEMBER_ID, "member", false);
        for (int i = 0; i < count; i++) {
            addPin(Payloads.message(nextId(), author, "pinned note " + i, Payloads.JSON.createArrayNode()));
        }
    }

    /** Ids of the messages pinned now, oldest first. */
    public List<String> pinnedIds() {
        return pins.stream().map(p -> p.path("message").path("id").asText()).toList();
    }

    private void addPin(ObjectNode message) {
        ObjectNode pin = Payloads.object().put("pinned_at",
                java.time.Instant.ofEpochSecond(pinClock.incrementAndGet()).atOffset(java.time.ZoneOffset.UTC).toString());
        pin.set("message", message.deepCopy().put("pinned", true));
        pins.add(pin);
    }

    public void dispatch(String type, ObjectNode data) {
        gateway.dispatch(type, data);
    }

    /** The message Discord answered a create or edit request with, as a client would later see it. */
    public ObjectNode messageFrom(Recorded request) throws InterruptedException {
        // The request is recorded before it is answered: wait for the answer.
        for (int i = 0; i < 2000; i++) {
            ObjectNode message = stored.get(request);
            if (message != null) {
                return message.deepCopy();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no message was created by " + request);
    }

    public void dropGateway() {
        gateway.drop();
    }

    /** From now on the message is gone, as if a member deleted it: editing it answers Discord's "Unknown Message". */
    public void deleteMessage(String messageId) {
        deleted.add(messageId);
    }

    public long nextId() {
        return ids.incrementAndGet();
    }

    /** Waits for a request JDA makes; polls because JDA sends from its own threads. */
    public Recorded await(String what, Predicate<Recorded> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (Recorded request : requests) {
                if (wanted.test(request)) {
                    return request;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("Discord stand-in never received " + what + "; got " + requests + "; problems " + problems());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String fullPath = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        try {
            if (!fullPath.startsWith(PREFIX)) {
                notFound(exchange, method + " " + fullPath);
                return;
            }
            if (!("Bot " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && !fullPath.startsWith(PREFIX + "interactions/") && !fullPath.startsWith(PREFIX + "webhooks/")) {
                reply(exchange, 401, Payloads.object().put("message", "401: Unauthorized").put("code", 0));
                return;
            }
            Recorded request = new Recorded(method, fullPath.substring(PREFIX.length()), query, body(exchange, raw));
            route(exchange, request);
            // Recorded once answered, so a test that saw a request never closes the server under its response.
            requests.add(request);
        } catch (RuntimeException e) {
            problems.add("stand-in failed on " + method + " " + fullPath + ": " + e);
            reply(exchange, 500, Payloads.object().put("message", e.toString()));
        }
    }

    private void route(HttpExchange exchange, Recorded r) throws IOException {
        String app = Long.toString(Payloads.APP_ID);
        if (r.is("GET", "users/@me")) {
            reply(exchange, 200, Payloads.selfUser());
        } else if (r.is("GET", "gateway/bot")) {
            reply(exchange, 200, Payloads.gatewayBot(gateway.url()));
        } else if (r.is("PUT", "applications/" + app + "(/guilds/\\d+)?/commands")) {
            if (commandScopeWithheld && r.path().contains("/guilds/")) {
                reply(exchange, 403, error(50001, "Missing Access"));
            } else {
                reply(exchange, 200, registered((ArrayNode) r.body()));
            }
        } else if (r.is("POST", "interactions/\\d+/[^/]+/callback")) {
            callback(exchange, r);
        } else if (r.is("PATCH", "webhooks/" + app + "/[^/]+/messages/@original") || r.is("POST", "webhooks/" + app + "/[^/]+")) {
            ObjectNode message = sentMessage(r.body(), nextId());
            message.put("webhook_id", app).put("application_id", app).put("type", 20);
            stored.put(r, message);
            reply(exchange, 200, message);
        } else if (r.is("DELETE", "webhooks/" + app + "/[^/]+/messages/@original")) {
            empty(exchange);
        } else if (r.is("POST", "channels/\\d+/messages")) {
            post(exchange, r);
        } else if (r.is("PATCH", "channels/\\d+/messages/\\d+")) {
            if (deleted.contains(last(r.path()))) {
                reply(exchange, 404, error(10008, "Unknown Message"));
                return;
            }
            reply(exchange, 200, sentMessage(r.body(), Long.parseLong(last(r.path()))).put("channel_id", Long.toString(channelOf(r))));
        } else if (r.is("GET", "channels/\\d+/messages/pins")) {
            reply(exchange, 200, pinPage(r.query()));
        } else if (r.is("PUT", "channels/\\d+/messages/pins/\\d+")) {
            pin(exchange, last(r.path()));
        } else if (r.is("DELETE", "channels/\\d+/messages/pins/\\d+")) {
            pins.removeIf(p -> p.path("message").path("id").asText().equals(last(r.path())));
            empty(exchange);
        } else if (r.is("PUT", "channels/\\d+/messages/\\d+/reactions/[^/]+/@me")) {
            long permissions = botPermissions(channelOf(r));
            if ((permissions & Payloads.ADD_REACTIONS) == 0 || (permissions & Payloads.READ_MESSAGE_HISTORY) == 0) {
                reply(exchange, 403, error(50013, "Missing Permissions"));
            } else {
                empty(exchange);
            }
        } else if (r.is("DELETE", "channels/\\d+/messages/\\d+/reactions/[^/]+/@me")) {
            empty(exchange);
        } else {
            notFound(exchange, r.method() + " " + r.path());
        }
    }

    /**
     * POST /channels/{id}/messages, checked as Discord checks it: Send Messages (Send Messages in Threads in a thread),
     * Read Message History for a reply. Without Embed Links the message is accepted but its embeds are not shown, so
     * what is stored is what members see.
     */
    private void post(HttpExchange exchange, Recorded r) throws IOException {
        long channel = channelOf(r);
        long permissions = botPermissions(channel);
        boolean thread;
        synchronized (guild) {
            thread = FakePermissions.isThread(guild, channel);
        }
        long send = thread ? Payloads.SEND_MESSAGES_IN_THREADS : Payloads.SEND_MESSAGES;
        if ((permissions & send) == 0) {
            reply(exchange, 403, error(50013, "Missing Permissions"));
            return;
        }
        if (r.body().has("message_reference") && (permissions & Payloads.READ_MESSAGE_HISTORY) == 0) {
            reply(exchange, 400, error(160002, "Cannot reply without permission to read message history"));
            return;
        }
        ObjectNode message = sentMessage(r.body(), nextId());
        message.put("channel_id", Long.toString(channel));
        if ((permissions & Payloads.EMBED_LINKS) == 0) {
            message.putArray("embeds");
        }
        stored.put(r, message);
        reply(exchange, 200, message);
    }

    private static long channelOf(Recorded r) {
        Matcher channel = Pattern.compile("channels/(\\d+)/").matcher(r.path());
        if (!channel.find()) {
            throw new IllegalArgumentException("no channel in " + r.path());
        }
        return Long.parseLong(channel.group(1));
    }

    private static ObjectNode error(int code, String message) {
        return Payloads.object().put("code", code).put("message", message);
    }

    private void pin(HttpExchange exchange, String messageId) throws IOException {
        ObjectNode message = null;
        for (ObjectNode candidate : stored.values()) {
            if (candidate.path("id").asText().equals(messageId)) {
                message = candidate;
            }
        }
        if (pinsFull || pins.size() >= 250) {
            reply(exchange, 400, Payloads.object().put("code", 30003).put("message", "Maximum number of pins reached (250)"));
        } else if (message == null) {
            reply(exchange, 404, Payloads.object().put("code", 10008).put("message", "Unknown Message"));
        } else {
            addPin(message);
            empty(exchange);
        }
    }

    /** GET /channels/{id}/messages/pins?before=ISO&limit=N: newest first, as Discord pages them. */
    private JsonNode pinPage(String query) {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        int limit = Integer.parseInt(params.getOrDefault("limit", "50"));
        java.time.OffsetDateTime before = params.containsKey("before") ? java.time.OffsetDateTime.parse(params.get("before")) : null;
        List<ObjectNode> newestFirst = new java.util.ArrayList<>(pins);
        java.util.Collections.reverse(newestFirst);
        List<ObjectNode> page = newestFirst.stream()
                .filter(p -> before == null || java.time.OffsetDateTime.parse(p.path("pinned_at").asText()).isBefore(before))
                .toList();
        ObjectNode body = Payloads.object().put("has_more", page.size() > limit);
        page.stream().limit(limit).forEach(body.putArray("items")::add);
        if (!body.has("items")) {
            body.putArray("items");
        }
        return body;
    }

    private void callback(HttpExchange exchange, Recorded r) throws IOException {
        int type = r.body().path("type").asInt();
        Matcher ids = Pattern.compile("interactions/(\\d+)/").matcher(r.path());
        ids.find();
        ObjectNode response = Payloads.object();
        ObjectNode interaction = response.putObject("interaction").put("id", ids.group(1)).put("type", 2);
        ObjectNode resource = response.putObject("resource").put("type", type);
        if (type == 4 || type == 7) {
            ObjectNode message = sentMessage(r.body().path("data"), nextId());
            message.put("webhook_id", Long.toString(Payloads.APP_ID)).put("type", 20);
            resource.set("message", message);
            interaction.put("response_message_id", message.path("id").asText())
                    .put("response_message_loading", false)
                    .put("response_message_ephemeral", (r.body().path("data").path("flags").asInt() & 64) != 0);
        }
        reply(exchange, 200, response);
    }

    private static ArrayNode registered(ArrayNode commands) {
        ArrayNode result = Payloads.JSON.createArrayNode();
        long id = 1700000000000000000L;
        for (JsonNode command : commands) {
            ObjectNode copy = command.deepCopy();
            copy.put("id", Long.toString(++id)).put("application_id", Long.toString(Payloads.APP_ID))
                    .put("version", Long.toString(id));
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            result.add(copy);
        }
        return result;
    }

    /** The message Discord would store for a create/edit body: the body's content, embeds and components. */
    private static ObjectNode sentMessage(JsonNode body, long id) {
        ObjectNode message = Payloads.message(id, Payloads.user(Payloads.BOT_ID, "Tally", true),
                body.path("content").asText(""), Payloads.JSON.createArrayNode());
        if (body.has("components")) {
            message.set("components", body.get("components"));
        }
        ArrayNode embeds = message.putArray("embeds");
        // Discord stores what the bot sent and adds the embed type.
        body.path("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
        message.put("flags", body.path("flags").asInt(0));
        return message;
    }

    private static JsonNode body(HttpExchange exchange, byte[] raw) throws IOException {
        if (raw.length == 0) {
            return MissingNode.getInstance();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String text = new String(raw, StandardCharsets.UTF_8);
        if (type.startsWith("multipart/form-data")) {
            Matcher json = Pattern.compile("name=\"payload_json\"\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(.*?)\\r\\n--", Pattern.DOTALL).matcher(text);
            return json.find() ? Payloads.JSON.readTree(json.group(1)) : MissingNode.getInstance();
        }
        return Payloads.JSON.readTree(text);
    }

    private void notFound(HttpExchange exchange, String route) throws IOException {
        problems.add("unknown route " + route);
        reply(exchange, 404, Payloads.object().put("message", "404: Not Found").put("code", 0));
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void empty(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        http.stop(0);
        httpPool.shutdownNow();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
