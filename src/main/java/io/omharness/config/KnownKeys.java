package io.omharness.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys config/application.conf declares, so that a misspelt key (-Dharness.timeout.ui, a typo in
 * local.conf or a profile) is refused with the nearest real key instead of being silently ignored.
 */
final class KnownKeys {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{\\?([A-Z][A-Z0-9_]*)}");
    /** Read by the loader itself, not declared in application.conf. */
    private static final Set<String> LOADER_KEYS = Set.of(ConfigLoader.PROFILE_PROPERTY, "harness.configDir");

    private final Set<String> keys = new TreeSet<>();
    private final Set<String> envNames = new TreeSet<>();

    private KnownKeys(Config application, String text) {
        keys.addAll(leafKeys(application.root(), ""));
        Matcher m = ENV_REFERENCE.matcher(text);
        while (m.find()) {
            envNames.add(m.group(1));
        }
        envNames.add(ConfigLoader.PROFILE_ENV);
    }

    static KnownKeys of(Path configDir) {
        Path file = configDir.resolve("application.conf");
        try {
            String text = Files.readString(file);
            return new KnownKeys(resolvedAlone(ConfigFactory.parseString(text,
                    ConfigParseOptions.defaults().setOriginDescription(file.toString()))), text);
        } catch (IOException e) {
            throw new ConfigProblem("Cannot read " + file + " (" + e.getMessage() + "): it declares every key. "
                    + "Fix: run from the project folder or pass -Dharness.configDir=<folder with application.conf>.");
        }
    }

    /** Problems for every unknown key among the -D values, the profile, local.conf and HARNESS_* variables. */
    List<String> problems(Properties systemProperties, Path profileFile, Path localFile, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        systemProperties.stringPropertyNames().stream().filter(k -> k.startsWith("harness.")).sorted()
                .forEach(k -> unknown(k, "-D" + k).ifPresent(problems::add));
        for (Path file : List.of(profileFile, localFile)) {
            if (Files.isRegularFile(file)) {
                Config parsed = resolvedAlone(ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults()));
                leafKeys(parsed.root(), "").stream().sorted()
                        .forEach(k -> unknown(k, file.toString()).ifPresent(problems::add));
            }
        }
        environment.keySet().stream().filter(n -> n.startsWith("HARNESS_") && !envNames.contains(n)).sorted()
                .forEach(n -> misspeltEnv(n).ifPresent(problems::add));
        return problems;
    }

    private Optional<String> unknown(String key, String where) {
        if (keys.contains(key) || LOADER_KEYS.contains(key)) {
            return Optional.empty();
        }
        Optional<String> near = nearest(key, keys).or(() -> key.startsWith("harness.") ? Optional.empty()
                : nearest("harness." + key, keys));
        return Optional.of(key + " (in " + where + ") is not a configuration key. Fix: "
                + near.map(n -> "did you mean " + n + "?").orElse("see config/application.conf for the keys.")
                + (key.startsWith("harness.") ? "" : " Every key lives under harness { }."));
    }

    /** Other tools use HARNESS_* variables too: only a near miss of one of ours is refused. */
    private Optional<String> misspeltEnv(String name) {
        return nearest(name, envNames).filter(n -> distance(n, name) <= 2)
                .map(n -> "environment variable " + name + " is not read by the harness. Fix: did you mean " + n + "?");
    }

    static Optional<String> nearest(String key, Set<String> candidates) {
        String leafless = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : key;
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(c, key)).thenComparing(c -> c.startsWith(leafless) ? 0 : 1))
                .filter(c -> distance(c, key) <= Math.max(3, key.length() / 3));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Leaf paths, without asking unresolved values for their type (entrySet() would throw on them). */
    private static List<String> leafKeys(ConfigObject object, String prefix) {
        List<String> found = new ArrayList<>();
        object.forEach((name, value) -> {
            String path = prefix + name;
            if (value instanceof ConfigObject child) {
                found.addAll(leafKeys(child, path + "."));
            } else {
                found.add(path);
            }
        });
        return found;
    }

    /** A file's own keys: ${?VAR} without the variable keeps the earlier value, so nothing stays unresolved. */
    private static Config resolvedAlone(Config parsed) {
        try {
            return parsed.resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(false).setAllowUnresolved(true));
        } catch (ConfigException e) {
            return parsed;
        }
    }
}
