package io.omharness.twin.core;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Randomises element ids and CSS class names per start, as the real front ends regenerate theirs.
 * Page resources write {@code @@name@@} wherever an id or class goes; each name maps to a random
 * identifier derived from the seed, the same in HTML, CSS and JS served during one start.
 */
public final class DomSeed {
    private static final Pattern TOKEN = Pattern.compile("@@([A-Za-z0-9_-]+)@@");
    private final long seed;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public DomSeed(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public String rewrite(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, nameFor(m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String nameFor(String token) {
        return names.computeIfAbsent(token, t -> {
            Random random = new Random(seed * 31 + t.hashCode());
            StringBuilder id = new StringBuilder("x");
            for (int i = 0; i < 7; i++) {
                id.append(Character.forDigit(random.nextInt(36), 36));
            }
            return id.toString();
        });
    }
}
