package org.cpatlas.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpatlas.testing.Patience;

/**
 * The real program ({@code org.cpatlas.app.Launcher}, as {@code java -jar atlas.jar} runs it) in a JVM of its own,
 * with the main classes and their libraries but not the test classes (so not the tests' logging configuration), an
 * environment of the test's choosing and its own home folder: what a user's shell would see on stdout and stderr.
 */
final class ProgramProcess {

    /** What one run printed, and how it ended. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String stdoutText() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private ProgramProcess() {
    }

    /** The class path of the program: this JVM's, less the test classes. */
    static String programClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes")
                        && !entry.replace('\\', '/').endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Starts the program; the caller reads or kills it. */
    static Process start(Path workingDir, Path home, Map<String, String> environment, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Duser.home=" + home, "-cp", programClassPath(), "org.cpatlas.app.Launcher"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("XDG_") || key.equals("JAVA_TOOL_OPTIONS")
                || key.equals("_JAVA_OPTIONS"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs the program to its end (a hang check of {@link Patience#WARM_UP}). */
    static Result run(Path workingDir, Path home, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Process process = start(workingDir, home, environment, List.of(args));
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process, true));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process, false));
        if (!process.waitFor(Patience.WARM_UP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("atlas " + String.join(" ", args) + " hung");
        }
        return new Result(process.exitValue(), out.join(),
                new String(err.join(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process process, boolean stdout) {
        try {
            return (stdout ? process.getInputStream() : process.getErrorStream()).readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
