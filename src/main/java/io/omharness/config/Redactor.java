package io.omharness.config;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret the harness learns is registered here, and every text that leaves the process
 * (console, attachments, page sources, environment.properties) passes through {@link #redact}.
 */
public final class Redactor {
    public static final String MASK = "******";
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private Redactor() {
    }

    public static void register(String secret) {
        if (secret != null && secret.length() >= 4) {
            SECRETS.add(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || SECRETS.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** Every secret registered so far (for the secret scan). */
    public static Set<String> registered() {
        return Set.copyOf(SECRETS);
    }

    /** True when the text holds any registered secret: used by the secret scan. */
    public static boolean leaks(String text) {
        return text != null && SECRETS.stream().anyMatch(text::contains);
    }
}
