package io.omharness.browser;

import io.omharness.poll.Poll;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Selenium Grid on loopback, each part in its own JVM: a standalone grid, or a hub (router,
 * distributor, session map, queue) with N nodes as separate processes, the nodes configured from
 * config/grid/node.toml (Debian chromedriver and Chromium, Selenium Manager off). Separate JVMs
 * because the grid needs Netty 4.2, which the build keeps off the test classpath (the Genesys SDK
 * runs on Netty 4.1). {@code main} keeps one running for a person or a measurement.
 */
public final class LocalGrid implements AutoCloseable {
    private static final Path NODE_TOML = Path.of("config", "grid", "node.toml");
    private static final Path HUB_TOML = Path.of("config", "grid", "hub.toml");

    private final Path dir;
    private final URI url;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final GridStatus status;

    private LocalGrid(Path dir, URI url) {
        this.dir = dir;
        this.url = url;
        this.status = new GridStatus(url);
    }

    /** One process that is router, distributor and node at once, with this many Chromium slots. */
    public static LocalGrid standalone(int sessions, Duration timeout) {
        LocalGrid grid = create();
        List<String> args = new ArrayList<>(List.of("standalone", "--config", NODE_TOML.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(grid.url.getPort())));
        args.addAll(sessionFlags(sessions));
        return grid.starting(timeout, 1, sessions, () -> grid.launch("standalone", args.toArray(String[]::new)));
    }

    /** A hub and {@code nodes} node processes with {@code sessionsPerNode} slots each; returns when all are registered. */
    public static LocalGrid hubAndNodes(int nodes, int sessionsPerNode, Duration timeout) {
        LocalGrid grid = create();
        return grid.starting(timeout, nodes, sessionsPerNode, () -> {
            String publish = "tcp://127.0.0.1:" + freePort();
            String subscribe = "tcp://127.0.0.1:" + freePort();
            grid.launch("hub", "hub", "--config", HUB_TOML.toString(), "--host", "127.0.0.1",
                    "--port", Integer.toString(grid.url.getPort()), "--publish-events", publish, "--subscribe-events", subscribe);
            for (int i = 1; i <= nodes; i++) {
                List<String> node = new ArrayList<>(List.of("node", "--config", NODE_TOML.toString(), "--host", "127.0.0.1",
                        "--port", Integer.toString(freePort()), "--grid-url", grid.url.toString(),
                        "--publish-events", publish, "--subscribe-events", subscribe));
                node.addAll(sessionFlags(sessionsPerNode));
                grid.launch("node-" + i, node.toArray(String[]::new));
            }
            return null;
        });
    }

    public URL url() {
        try {
            return url.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the grid's /status says now: its nodes, their slots and the sessions in them. */
    public GridStatus status() {
        return status;
    }

    /** The ids of the sessions that hold a slot on any node right now. */
    public List<String> busySessions() {
        return status.nodes().stream().flatMap(n -> n.sessions().stream()).toList();
    }

    private static LocalGrid create() {
        try {
            return new LocalGrid(Files.createTempDirectory("omh-grid-"), URI.create("http://127.0.0.1:" + freePort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalGrid starting(Duration timeout, int nodes, int slotsPerNode, java.util.function.Supplier<?> launchAll) {
        try {
            launchAll.get();
            Poll.until("the Selenium Grid at " + url + " to have " + nodes + " node(s) with " + slotsPerNode
                    + " slot(s) each (logs: " + dir + ")", timeout, () -> ready(nodes, slotsPerNode));
            return this;
        } catch (RuntimeException notReady) {
            close();
            throw notReady;
        }
    }

    private boolean ready(int nodes, int slotsPerNode) {
        for (int i = 0; i < processes.size(); i++) {
            if (!processes.get(i).isAlive()) {
                throw new IllegalStateException(logs.get(i).getFileName() + " exited with " + processes.get(i).exitValue()
                        + ":\n" + tail(logs.get(i)));
            }
        }
        try {
            List<GridStatus.Node> up = status.nodes().stream().filter(n -> n.availability().equals("UP")).toList();
            return status.ready() && up.size() == nodes && up.stream().allMatch(n -> n.slots() == slotsPerNode);
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private Process launch(String name, String... args) {
        try {
            Path log = dir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", classpath(), "org.openqa.selenium.grid.Main"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            processes.add(process);
            logs.add(log);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sessionFlags(int sessions) {
        List<String> flags = new ArrayList<>(List.of("--max-sessions", Integer.toString(sessions)));
        if (sessions > Runtime.getRuntime().availableProcessors()) {
            flags.addAll(List.of("--override-max-sessions", "true"));
        }
        return flags;
    }

    private static String classpath() {
        Path netty = Path.of(System.getProperty("grid.netty.dir", "target/grid-netty"));
        try (Stream<Path> jars = Files.list(netty)) {
            return Stream.concat(jars.map(Path::toString), Stream.of(System.getProperty("java.class.path")
                            .split(File.pathSeparator)).filter(entry -> !entry.contains("/io/netty/")))
                    .collect(Collectors.joining(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("No Netty 4.2 jars for the grid in " + netty + " (mvn generate-test-resources copies them)", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the nodes, then the hub, and whatever they started (chromedriver, Chromium). */
    @Override
    public void close() {
        List<ProcessHandle> children = processes.stream().flatMap(Process::descendants).toList();
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: best effort
        }
    }

    /**
     * Runs a grid until the process is stopped: {@code standalone SESSIONS} or {@code hub NODES SESSIONS_PER_NODE}.
     * Prints the URL to give the harness as -Dharness.browser.gridUrl.
     */
    public static void main(String[] args) throws InterruptedException {
        boolean hub = args.length > 0 && args[0].equals("hub");
        LocalGrid grid = hub ? hubAndNodes(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(90))
                : standalone(args.length > 1 ? Integer.parseInt(args[1]) : 2, Duration.ofSeconds(60));
        Runtime.getRuntime().addShutdownHook(new Thread(grid::close, "local-grid-stop"));
        System.out.println("Selenium Grid ready: " + grid.url() + " (" + grid.status().nodes().size() + " node(s))");
        new CountDownLatch(1).await();
    }
}
