package io.omharness.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValueFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Loads config/application.conf, the chosen profile, config/local.conf and -D overrides,
 * then validates and binds them into a {@link HarnessConfig}. Every problem is reported at once,
 * each naming the key, where its value came from and how to fix it.
 */
public final class ConfigLoader {
    public static final String PROFILE_PROPERTY = "harness.profile";
    public static final String PROFILE_ENV = "HARNESS_PROFILE";
    public static final String DEFAULT_PROFILE = "sandbox";

    private final Path configDir;
    private final Properties systemProperties;
    private final Map<String, String> environment;

    public ConfigLoader(Path configDir, Properties systemProperties, Map<String, String> environment) {
        this.configDir = configDir;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The loader for this JVM: ./config (or -Dharness.configDir), real system properties and environment. */
    public static ConfigLoader forThisProcess() {
        Path dir = Path.of(System.getProperty("harness.configDir", "config"));
        return new ConfigLoader(dir, System.getProperties(), System.getenv());
    }

    /** The loader for this JVM with the command line's -D values on top of the system properties. */
    public static ConfigLoader forThisProcess(Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        properties.putAll(overrides);
        return new ConfigLoader(Path.of(properties.getProperty("harness.configDir", "config")), properties, System.getenv());
    }

    public HarnessConfig load() {
        String profile = chosenProfile();
        Config resolved = layered(profile);
        refuseUnknownKeys(profile);
        return new ConfigBinder(profile, resolved.getConfig("harness")).bind();
    }

    private void refuseUnknownKeys(String profile) {
        List<String> unknown;
        try {
            unknown = KnownKeys.of(configDir).problems(systemProperties, configDir.resolve(profile + ".conf"),
                    configDir.resolve("local.conf"), environment);
        } catch (ConfigException e) {
            throw new ConfigProblem("Cannot read the configuration: " + e.getMessage() + ". Fix the file it names.");
        }
        if (!unknown.isEmpty()) {
            throw new ConfigProblem("Unknown configuration key" + (unknown.size() > 1 ? "s" : "") + " (profile '"
                    + profile + "'):\n  - " + String.join("\n  - ", unknown));
        }
    }

    String chosenProfile() {
        String fromProperty = systemProperties.getProperty(PROFILE_PROPERTY, "").trim();
        if (!fromProperty.isEmpty()) {
            return fromProperty;
        }
        String fromEnv = environment.getOrDefault(PROFILE_ENV, "").trim();
        return fromEnv.isEmpty() ? DEFAULT_PROFILE : fromEnv;
    }

    private Config layered(String profile) {
        Path profileFile = configDir.resolve(profile + ".conf");
        if (!Files.isRegularFile(profileFile)) {
            throw new ConfigProblem("Unknown profile '" + profile + "' (from " + profileSource() + "): there is no "
                    + profileFile + ". Known profiles: " + knownProfiles()
                    + ". Fix: pass --profile with one of them, or add " + profileFile + ".");
        }
        ConfigParseOptions strict = ConfigParseOptions.defaults().setAllowMissing(false);
        try {
            Config overrides = ConfigFactory.parseProperties(harnessProperties(), ConfigParseOptions.defaults()
                    .setOriginDescription("system property (-D)"));
            Config local = ConfigFactory.parseFile(configDir.resolve("local.conf").toFile(),
                    ConfigParseOptions.defaults().setAllowMissing(true));
            Config env = ConfigValueFactory.fromMap(environment, "environment variable").toConfig();
            return overrides
                    .withFallback(local)
                    .withFallback(ConfigFactory.parseFile(profileFile.toFile(), strict))
                    .withFallback(env)
                    .resolve(ConfigResolveOptions.defaults().setUseSystemEnvironment(false));
        } catch (ConfigException e) {
            throw new ConfigProblem("Cannot read the configuration: " + e.getMessage()
                    + ". Fix the file or -D value it names.");
        }
    }

    private Properties harnessProperties() {
        Properties only = new Properties();
        systemProperties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("harness.") && !k.equals(PROFILE_PROPERTY) && !k.equals("harness.configDir"))
                .forEach(k -> only.setProperty(k, systemProperties.getProperty(k)));
        return only;
    }

    private String profileSource() {
        return systemProperties.getProperty(PROFILE_PROPERTY, "").isBlank()
                ? (environment.containsKey(PROFILE_ENV) ? "environment variable " + PROFILE_ENV : "the default")
                : "--profile (-D" + PROFILE_PROPERTY + ")";
    }

    List<String> knownProfiles() {
        try (Stream<Path> files = Files.list(configDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".conf") && !n.equals("application.conf") && !n.equals("local.conf"))
                    .map(n -> n.substring(0, n.length() - ".conf".length()))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
