package io.omharness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.poll.Poll;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A standalone Selenium Grid on a free loopback port, in its own JVM: the grid needs Netty 4.2, which
 * the build keeps off the test classpath (the Genesys SDK runs on Netty 4.1). Its one node drives the
 * Debian chromedriver and Chromium; Selenium Manager is off.
 */
final class LocalGrid implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE = """
            [server]
            host = "127.0.0.1"
            port = %d

            [node]
            detect-drivers = false
            selenium-manager = false
            max-sessions = 1

            [[node.driver-configuration]]
            display-name = "Debian Chromium"
            webdriver-executable = "/usr/bin/chromedriver"
            max-sessions = 1
            stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium"}}'
            """;

    private final Process process;
    private final URI url;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalGrid(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts the grid and returns once /status says it is ready to create sessions. */
    static LocalGrid start(Duration timeout) {
        try {
            Path dir = Files.createTempDirectory("omh-grid-");
            int port = freePort();
            Path config = Files.writeString(dir.resolve("node.toml"), NODE.formatted(port));
            Path log = dir.resolve("grid.log");
            Process process = new ProcessBuilder(command(config)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            LocalGrid grid = new LocalGrid(process, URI.create("http://127.0.0.1:" + port), log);
            try {
                Poll.until("the Selenium Grid to be ready (log: " + log + ")", timeout, grid::ready);
            } catch (RuntimeException notReady) {
                process.destroyForcibly();
                throw notReady;
            }
            return grid;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URL url() {
        try {
            return url.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the sessions that hold a slot on the grid right now. */
    List<String> busySessions() {
        return StreamSupport.stream(status().path("value").path("nodes").spliterator(), false)
                .flatMap(node -> StreamSupport.stream(node.path("slots").spliterator(), false))
                .map(slot -> slot.path("session").path("sessionId").asText(""))
                .filter(id -> !id.isEmpty())
                .toList();
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The Selenium Grid exited with " + process.exitValue() + ": " + tail());
        }
        try {
            return status().path("value").path("ready").asBoolean(false);
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private JsonNode status() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/status"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(Path config) {
        Path netty = Path.of(System.getProperty("grid.netty.dir", "target/grid-netty"));
        String classpath;
        try (Stream<Path> jars = Files.list(netty)) {
            classpath = Stream.concat(jars.map(Path::toString), Stream.of(System.getProperty("java.class.path")
                            .split(File.pathSeparator)).filter(entry -> !entry.contains("/io/netty/")))
                    .collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("No Netty 4.2 jars for the grid in " + netty + " (mvn generate-test-resources copies them)", e);
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                "org.openqa.selenium.grid.Main", "standalone", "--config", config.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the grid and whatever it started (chromedriver, Chromium). */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        Optional.ofNullable(log.getParent()).ifPresent(LocalGrid::deleteQuietly);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: best effort
        }
    }
}
