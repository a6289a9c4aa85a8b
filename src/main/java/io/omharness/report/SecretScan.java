package io.omharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Looks for secret values in files (reports, logs): the proof that nothing leaked. */
public final class SecretScan {
    private SecretScan() {
    }

    /** "file: secret #n" for every file under {@code dir} that holds one of the secrets (as bytes, so PNGs count too). */
    public static List<String> leaks(Path dir, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                int n = 0;
                for (String secret : secrets) {
                    n++;
                    if (content.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        found.add(dir.relativize(file) + ": secret #" + n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
