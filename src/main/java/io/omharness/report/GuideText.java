package io.omharness.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide the harness follows (src/main/resources/guide/procedure.md, the user's own text): its
 * title, introduction, and sections of numbered steps with their notes and pictures.
 */
public record GuideText(String title, List<String> intro, List<Section> sections) {
    private static final Pattern STEP = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
    private static final Pattern NOTE = Pattern.compile("^\\s+-\\s+(.*)$");
    private static final Pattern PICTURE = Pattern.compile("^\\s*!\\[([^]]*)]\\(([^)]*)\\)\\s*$");

    private static final class Shipped {
        static final GuideText GUIDE = load();
    }

    public record Section(String title, List<Step> steps) {
    }

    public record Step(int number, String text, List<String> notes, List<String> pictures) {
    }

    /** The guide shipped with the harness. */
    public static GuideText load() {
        try (InputStream in = GuideText.class.getResourceAsStream("/guide/procedure.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GuideText parse(String markdown) {
        String title = "";
        List<String> intro = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> lines = List.of(markdown.split("\\R"));
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).trim().equals("---"); i++) {
                if (lines.get(i).startsWith("title:")) {
                    title = lines.get(i).substring(6).trim().replaceAll("^\"|\"$", "");
                }
            }
            i++;
        }
        Step step = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.startsWith("## ")) {
                sections.add(new Section(line.substring(3).trim(), new ArrayList<>()));
                step = null;
            } else if (!sections.isEmpty() && (m = STEP.matcher(line)).matches()) {
                step = new Step(Integer.parseInt(m.group(1)), m.group(2).trim(), new ArrayList<>(), new ArrayList<>());
                sections.get(sections.size() - 1).steps().add(step);
            } else if ((m = PICTURE.matcher(line)).matches()) {
                if (step != null) {
                    step.pictures().add(m.group(1));
                }
            } else if (step != null && (m = NOTE.matcher(line)).matches()) {
                step.notes().add(m.group(1).trim());
            } else if (sections.isEmpty() && !line.isBlank()) {
                intro.add(line.trim());
            }
        }
        return new GuideText(title, intro, sections);
    }

    /** The section whose title is this text (the features are named after the guide's sections). */
    public static Optional<String> sectionTitled(String title) {
        return Shipped.GUIDE.sections().stream().map(Section::title).filter(t -> t.equalsIgnoreCase(title.trim())).findFirst();
    }

    /** The id of a step (0: the section itself) in reports/guide.html. */
    public static String anchor(String section, int step) {
        String slug = section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return step > 0 ? slug + "-step-" + step : slug;
    }
}
