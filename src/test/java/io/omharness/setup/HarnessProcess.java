package io.omharness.setup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ./harness as a separate process, as a user runs it: its own JVM on this build's classpath, in a
 * working directory of its own (a copy of config/ and features/, reports/ its own), output in a log file.
 */
final class HarnessProcess {
    private final Process process;
    private final Path log;

    private HarnessProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Path workspace(Path root) {
        try {
            Files.createDirectories(root);
            for (String copied : List.of("config", "features")) {
                Files.createDirectories(root.resolve(copied));
                try (var files = Files.list(Path.of(copied))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, root.resolve(copied).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HarnessProcess start(Path workspace, String logName, Map<String, String> env, List<String> args) {
        return startMain(workspace, logName, "io.omharness.cli.HarnessCli", env, args);
    }

    /** Another entry point on the same classpath, e.g. Cucumber's own command line as an IDE runs it. */
    static HarnessProcess startMain(Path workspace, String logName, String mainClass, Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Path log = workspace.resolve(logName + ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workspace.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new HarnessProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("./harness did not finish within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, so the process's browsers are left behind as a real kill leaves them. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
