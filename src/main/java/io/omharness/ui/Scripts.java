package io.omharness.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JavaScript run in the browser lives in .js resources beside the class that runs it, read once. */
public final class Scripts {
    private Scripts() {
    }

    /** The resource {@code name} next to {@code owner}, e.g. {@code load(Ui.class, "finder.js")}. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No script " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
