package tally.index;

/** How to give Tally more memory, said wherever it runs out. */
public final class HeapAdvice {

    /** The ways to raise the heap, in the words an operator types. */
    public static final String HOW = "run java with -Xmx (for example java -Xmx1g -jar tally.jar ...), or set "
            + "JAVA_TOOL_OPTIONS=-Xmx1g (Docker: -e JAVA_TOOL_OPTIONS=-Xmx1g, or a larger container memory limit)";

    private HeapAdvice() {
    }
}
