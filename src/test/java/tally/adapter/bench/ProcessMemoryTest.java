package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsResidentSizeFromProcStatusInMegabytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmRSS:\t  524288 kB", "Threads:\t30");
        assertEquals(512.0, ProcessMemory.rssMB(status));
    }

    @Test
    void missingResidentSizeIsMinusOne() {
        assertEquals(-1.0, ProcessMemory.rssMB(List.of("Name:\tjava")));
    }
}
