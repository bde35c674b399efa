package tally.adapter.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * The gateway: HELLO on connect, READY and GUILD_CREATE after IDENTIFY, RESUMED after RESUME, heartbeat ACKs, and
 * dispatches the test asks for. Opcodes and payloads as in Discord's gateway documentation.
 */
final class FakeGateway extends WebSocketServer {
    static final String SESSION_ID = "fake-session-1";

    private final AtomicInteger sequence = new AtomicInteger();
    private volatile @Nullable WebSocket current;
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final AtomicInteger identifies = new AtomicInteger();
    final AtomicInteger resumes = new AtomicInteger();

    private static final long MESSAGE_CONTENT_INTENT = 1L << 15;

    private final java.util.function.Supplier<ObjectNode> guild;
    /** The portal's Message Content Intent switch is off: an IDENTIFY asking for it is refused. */
    volatile boolean refuseMessageContent;
    /** The token is no longer valid: IDENTIFY is refused whatever it carries. */
    volatile boolean rejectToken;

    FakeGateway(java.util.function.Supplier<ObjectNode> guild) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.guild = guild;
        setReuseAddr(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (!handshake.getResourceDescriptor().contains("encoding=json")) {
            errors.add("gateway opened without encoding=json: " + handshake.getResourceDescriptor());
        }
        if (handshake.getResourceDescriptor().contains("compress=")) {
            errors.add("gateway asked for compression; the stand-in speaks plain JSON: " + handshake.getResourceDescriptor());
        }
        current = conn;
        ObjectNode hello = Payloads.object().put("op", 10).putNull("s").putNull("t");
        hello.putObject("d").put("heartbeat_interval", 41250);
        conn.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket conn, String text) {
        JsonNode payload;
        try {
            payload = Payloads.JSON.readTree(text);
        } catch (Exception e) {
            errors.add("unparsable gateway payload: " + text);
            return;
        }
        received.add(payload);
        if (!conn.isOpen()) {
            return; // closed by the stand-in (a refused IDENTIFY); JDA may still be sending its heartbeat
        }
        switch (payload.path("op").asInt(-1)) {
            case 1 -> conn.send(Payloads.object().put("op", 11).toString());
            case 2 -> identify(conn, payload.path("d"));
            case 6 -> resume(conn, payload.path("d"));
            case 3 -> { } // presence update: nothing to answer
            default -> errors.add("unexpected gateway opcode: " + text);
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        identifies.incrementAndGet();
        // Close codes and reasons as in Discord's gateway documentation (Opcodes and Status Codes).
        if (rejectToken || !d.path("token").asText().equals(FakeDiscord.TOKEN)) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if (refuseMessageContent && (d.path("intents").asLong() & MESSAGE_CONTENT_INTENT) != 0) {
            conn.close(4014, "Disallowed intent(s).");
            return;
        }
        send(conn, "READY", Payloads.ready(SESSION_ID, url()));
        send(conn, "GUILD_CREATE", guild.get());
    }

    private void resume(WebSocket conn, JsonNode d) {
        resumes.incrementAndGet();
        if (!d.path("session_id").asText().equals(SESSION_ID)) {
            errors.add("RESUME with unknown session: " + d);
            conn.send(Payloads.object().put("op", 9).put("d", false).toString());
            return;
        }
        send(conn, "RESUMED", Payloads.object());
    }

    /** The d of the first IDENTIFY, or a missing node. */
    JsonNode identify() {
        return received.stream().filter(p -> p.path("op").asInt() == 2).findFirst()
                .map(p -> p.path("d")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    void dispatch(String type, ObjectNode data) {
        WebSocket conn = current;
        if (conn == null || !conn.isOpen()) {
            throw new IllegalStateException("no gateway connection to dispatch " + type + " on");
        }
        send(conn, type, data);
    }

    private void send(WebSocket conn, String type, ObjectNode data) {
        ObjectNode event = Payloads.object().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type);
        event.set("d", data);
        conn.send(event.toString());
    }

    /** Drops the connection without a close handshake, as a network failure would. */
    void drop() {
        WebSocket conn = current;
        if (conn != null) {
            conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
        }
    }

    boolean connected() {
        WebSocket conn = current;
        return conn != null && conn.isOpen();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(@Nullable WebSocket conn, Exception ex) {
        errors.add("gateway error: " + ex);
    }

    @Override
    public void onStart() {
    }
}
