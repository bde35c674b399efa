package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./tally script, run with bash on a copy of the project holding a stand-in jar (it prints its working folder and
 * arguments) and a stand-in mvn on the PATH (it records that it ran and writes the jar): relative paths keep meaning
 * the caller's folder, and the jar is rebuilt only when missing or older than the sources.
 */
class TallyScriptTest {

    @TempDir
    Path tmp;

    /** The stand-in jar's entry point. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println("cwd=" + Path.of("").toAbsolutePath());
            System.out.println("args=" + String.join("|", args));
            System.out.println("jvm=" + String.join("|",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
    }

    @Test
    void relativeFoldersAreTheCallersAndAFreshJarIsNotRebuilt() throws Exception {
        Path project = project();
        writeJar(project.resolve("target/tally.jar"));
        Path caller = Files.createDirectories(tmp.resolve("caller"));
        Result result = run(project, caller, "ask", "--corpus", "my-articles", "How many?");
        assertEquals(0, result.code, result.err);
        assertTrue(result.out.startsWith("cwd=" + caller.toRealPath() + "\nargs=ask|--corpus|my-articles|How many?\n"),
                result.out);
        assertEquals("", result.err, "nothing on stderr when the jar is fresh");
        assertTrue(Files.notExists(tmp.resolve("mvn-ran")));
    }

    /** The options README's Performance measured: C1 for every command, the serial collector for one-shot ones. */
    @Test
    void everyCommandCompilesWithC1AndOnlyOneShotCommandsTakeTheSerialCollector() throws Exception {
        Path project = project();
        writeJar(project.resolve("target/tally.jar"));
        for (String command : List.of("ask", "figures", "bot", "bench", "console")) {
            Result result = run(project, tmp, command);
            assertEquals(0, result.code, result.err);
            String jvm = result.out.lines().filter(l -> l.startsWith("jvm=")).findFirst().orElseThrow();
            assertTrue(jvm.contains("-XX:TieredStopAtLevel=1"), command + ": " + jvm);
            boolean longRunning = List.of("bot", "bench", "console").contains(command);
            assertEquals(!longRunning, jvm.contains("-XX:+UseSerialGC"), command + ": " + jvm);
        }
    }

    @Test
    void aStaleJarIsRebuiltQuietlyBeforeItRuns() throws Exception {
        Path project = project();
        Path jar = project.resolve("target/tally.jar");
        writeJar(jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Result result = run(project, tmp, "figures");
        assertEquals(0, result.code, result.err);
        assertEquals("args=figures", result.out.lines().toList().get(1));
        assertTrue(Files.exists(tmp.resolve("mvn-ran")), "mvn was run");
        assertEquals(project.toRealPath().toString(), Files.readString(tmp.resolve("mvn-ran")).strip(),
                "built in the project folder");
        assertEquals(List.of("tally: building target/tally.jar (the first build takes a minute or two)..."),
                result.err.lines().toList(), "one line, not Maven's output");
    }

    /** The README's two commands at once on a fresh clone: the tests' build makes the jar, and ./tally waits for it. */
    @Test
    void aMavenBuildAlreadyRunningInTheProjectIsWaitedForInsteadOfBuildingBesideIt() throws Exception {
        Path project = project();
        Path ready = tmp.resolve("ready.jar");
        writeJar(ready);
        Process tests = new ProcessBuilder("bash", "-c", "sleep 2; cp \"$1\" \"$2\"", "stand-in-maven",
                ready.toString(), project.resolve("target/tally.jar").toString(),
                "-Dmaven.multiModuleProjectDirectory=" + project.toRealPath()).start();
        try {
            Result result = run(project, tmp, "figures");
            assertEquals(0, result.code, result.err);
            assertEquals("args=figures", result.out.lines().toList().get(1));
            assertTrue(result.err.startsWith("tally: a Maven build of this project is running"), result.err);
            assertTrue(Files.notExists(tmp.resolve("mvn-ran")), "no second build beside the running one");
        } finally {
            tests.destroy();
        }
    }

    @Test
    void aFailedBuildShowsMavensOutputAndStops() throws Exception {
        Path project = project();
        Files.writeString(tmp.resolve("mvn-fails"), "");
        Result result = run(project, tmp, "figures");
        assertEquals(1, result.code);
        assertTrue(result.err.contains("[ERROR] compilation failed"), result.err);
        assertTrue(result.err.contains("tally: the build failed"), result.err);
        assertEquals("", result.out);
    }

    private Path project() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Files.copy(Path.of("tally"), project.resolve("tally"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/A.java"), "class A {}");
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(project.resolve("src/main/java/A.java"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.createDirectories(project.resolve("target"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        // Records the folder it ran in; fails with Maven-like output when asked to; else builds the stand-in jar.
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
                + "if [ -e '" + tmp.resolve("mvn-fails") + "' ]; then echo '[ERROR] compilation failed'; exit 1; fi\n"
                + "echo \"[INFO] lots of Maven output\"\n"
                + "pwd -P > '" + tmp.resolve("mvn-ran") + "'\n"
                + "touch target/tally.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return project;
    }

    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Path project, Path caller, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", project.resolve("tally").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(caller.toFile());
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", tmp.resolve("bin") + ":" + javaBin + ":" + System.getenv("PATH"));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
