package tally.adapter.discord.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.discord.reply.Replies;

class ConsoleSessionTest {

    /** Corrections made by another process meanwhile are picked up before each line is answered, as the bot does. */
    @Test
    void eachLineIsAnsweredAfterPickingUpOtherProcessesChanges() {
        List<String> events = new ArrayList<>();
        ConsoleSession session = new ConsoleSession(new Replies(ConsoleTally.create(), 10, Ticker.systemTicker()),
                () -> events.add("refresh"));
        session.handle("how many were killed?");
        events.add("answered");
        session.handle("/summary");
        events.add("answered");
        assertEquals(List.of("refresh", "answered", "refresh", "answered"), events);
    }
}
