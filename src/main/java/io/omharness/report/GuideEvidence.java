package io.omharness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the last whole-guide (@e2e) scenario left in the Allure results: the screenshots it took at
 * the guide's steps, the objects it created, and the run's facts. Screenshots are named after the
 * guide's step ("4. Transfer to ACD with my queue"); the Gherkin step that took one tells the
 * section, because the features that mirror a section of the guide use that section's title.
 */
public record GuideEvidence(String status, long start, long stop, Map<String, String> facts, List<Shot> shots,
                            List<CreatedObjects.CreatedObject> created) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s*(.*)$");
    private static final Pattern STEP_LINE = Pattern.compile("^\\s*(?:Given|When|Then|And|But|\\*)\\s+(.*)$");

    /** A screenshot at step {@code step} of section {@code section} (index in the guide). */
    public record Shot(int section, int step, String caption, Path file, String mimeType) {
    }

    /** The evidence of the newest @e2e result under {@code results}, if there is one. */
    public static Optional<GuideEvidence> read(Path results, Path features, GuideText guide) {
        Optional<JsonNode> e2e = newestE2e(results);
        if (e2e.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> sectionOfStep = sectionsByStepText(features, guide);
        List<Shot> shots = new ArrayList<>();
        int section = 0;
        for (JsonNode step : e2e.get().path("steps")) {
            String text = withoutKeyword(step.path("name").asText());
            section = sectionOfStep.getOrDefault(text, section);
            for (JsonNode a : step.path("attachments")) {
                Matcher m = NUMBERED.matcher(a.path("name").asText());
                String type = a.path("type").asText();
                if (type.startsWith("image/") && m.matches()) {
                    shots.add(new Shot(section, Integer.parseInt(m.group(1)), m.group(2), results.resolve(a.path("source").asText()), type));
                }
            }
        }
        JsonNode r = e2e.get();
        return Optional.of(new GuideEvidence(r.path("status").asText(), r.path("start").asLong(), r.path("stop").asLong(),
                facts(results), shots, created(results, r.path("uuid").asText())));
    }

    private static Optional<JsonNode> newestE2e(Path results) {
        return jsons(results, "-result.json")
                .filter(r -> {
                    for (JsonNode label : r.path("labels")) {
                        if (label.path("name").asText().equals("tag") && label.path("value").asText().replace("@", "").equals("e2e")) {
                            return true;
                        }
                    }
                    return false;
                })
                .max(Comparator.comparingLong(r -> r.path("stop").asLong()));
    }

    /** Gherkin step text → the guide section whose feature uses it. */
    static Map<String, Integer> sectionsByStepText(Path features, GuideText guide) {
        Map<String, Integer> bySection = new HashMap<>();
        if (!Files.isDirectory(features)) {
            return bySection;
        }
        try (Stream<Path> files = Files.list(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int section = lines.stream().filter(l -> l.trim().startsWith("Feature:"))
                        .map(l -> l.trim().substring(8).trim()).findFirst()
                        .map(title -> indexOf(guide, title)).orElse(-1);
                if (section < 0) {
                    continue;
                }
                for (String line : lines) {
                    Matcher m = STEP_LINE.matcher(line);
                    if (m.matches()) {
                        bySection.putIfAbsent(m.group(1).trim(), section);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySection;
    }

    private static int indexOf(GuideText guide, String title) {
        for (int i = 0; i < guide.sections().size(); i++) {
            if (guide.sections().get(i).title().equalsIgnoreCase(title)) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutKeyword(String stepName) {
        Matcher m = STEP_LINE.matcher(stepName);
        return m.matches() ? m.group(1).trim() : stepName.trim();
    }

    /** The "Created objects" attachment of the scenario's @After hooks (Allure keeps hooks in a container). */
    private static List<CreatedObjects.CreatedObject> created(Path results, String uuid) {
        return jsons(results, "-container.json")
                .filter(c -> {
                    for (JsonNode child : c.path("children")) {
                        if (child.asText().equals(uuid)) {
                            return true;
                        }
                    }
                    return false;
                })
                .flatMap(c -> Stream.concat(stream(c.path("afters")), stream(c.path("befores"))))
                .flatMap(f -> stream(f.path("attachments")))
                .filter(a -> a.path("name").asText().equals(CreatedObjects.ATTACHMENT))
                .findFirst()
                .map(a -> {
                    try {
                        return CreatedObjects.parse(Files.readString(results.resolve(a.path("source").asText())));
                    } catch (IOException e) {
                        return List.<CreatedObjects.CreatedObject>of();
                    }
                })
                .orElse(List.of());
    }

    private static Map<String, String> facts(Path results) {
        Map<String, String> facts = new LinkedHashMap<>();
        Path env = results.resolve("environment.properties");
        if (Files.isRegularFile(env)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(env, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                return facts;
            }
            for (String key : List.of("Run.id", "Profile", "Target", "Browser", "Sandbox.seed")) {
                if (p.getProperty(key) != null) {
                    facts.put(key, p.getProperty(key));
                }
            }
        }
        return facts;
    }

    private static Stream<JsonNode> jsons(Path results, String suffix) {
        if (!Files.isDirectory(results)) {
            return Stream.empty();
        }
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                try {
                    nodes.add(JSON.readTree(f.toFile()));
                } catch (IOException unreadable) {
                    // a result still being written by another process: not evidence of this run
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes.stream();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
