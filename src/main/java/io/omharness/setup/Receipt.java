package io.omharness.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * reports/setup-&lt;run id&gt;.json: what a setup run built or found, written after every object so that a
 * run killed halfway leaves what it had done. Teardown reads it to remove exactly those objects.
 */
public final class Receipt {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Path file;
    private final Content content;

    /** One object: its kind, name, id, where to see it, and what this run did with it. */
    public record Entry(SetupKind kind, String name, String id, String link, Outcome outcome, Instant at) {
    }

    /** The file's JSON shape. */
    record Content(String runId, String genesysApps, List<Entry> objects) {
    }

    private Receipt(Path file, Content content) {
        this.file = file;
        this.content = content;
    }

    public static Path fileFor(Path reportsDir, String runId) {
        return reportsDir.resolve("setup-" + runId + ".json");
    }

    /** The run's receipt, continued where an earlier run of the same id left it. */
    public static Receipt open(Path reportsDir, String runId, String genesysApps) {
        Path file = fileFor(reportsDir, runId);
        Content earlier = read(file).orElse(new Content(runId, genesysApps, List.of()));
        return new Receipt(file, new Content(runId, genesysApps, new ArrayList<>(earlier.objects())));
    }

    public static Optional<Receipt> existing(Path reportsDir, String runId) {
        Path file = fileFor(reportsDir, runId);
        return read(file).map(c -> new Receipt(file, c));
    }

    /** Records an object (replacing an earlier entry of the same kind) and writes the file at once. */
    public synchronized void record(SetupKind kind, String name, String id, Outcome outcome) {
        content.objects().removeIf(e -> e.kind() == kind);
        content.objects().add(new Entry(kind, name, id, kind.link(content.genesysApps()), outcome, Instant.now()));
        content.objects().sort(Comparator.comparing(Entry::kind));
        write();
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(content.objects());
    }

    public Path file() {
        return file;
    }

    /** A short table for the console: kind, name, id, outcome. */
    public synchronized String table() {
        StringBuilder out = new StringBuilder(String.format("  %-24s %-28s %-38s %s%n", "Object", "Name", "Id", "This run"));
        content.objects().forEach(e -> out.append(String.format("  %-24s %-28s %-38s %s%n",
                e.kind().label(), e.name(), e.id(), e.outcome().word())));
        return out.append("  Receipt: ").append(file.toAbsolutePath()).toString();
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the setup receipt " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Content> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Content.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The setup receipt " + file + " cannot be read (" + e.getMessage()
                    + "): fix or delete it; teardown then falls back to the run's name prefix", e);
        }
    }
}
