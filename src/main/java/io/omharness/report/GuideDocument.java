package io.omharness.report;

import io.omharness.config.Redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reports/guide.html: living documentation. The guide's own text, step by step, with the screenshots
 * of the last whole-guide run where the guide has its pictures, and the ids of what that run created.
 * One self-contained file (images inline), so it can be mailed or archived as it is.
 */
public final class GuideDocument {
    public static final Path FILE = Path.of("reports", "guide.html");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)]+");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private GuideDocument() {
    }

    /** Writes reports/guide.html from the results of the last @e2e run; empty when there is none. */
    public static Optional<Path> write(Path results, Path features, Path out) {
        GuideText guide = GuideText.load();
        Optional<GuideEvidence> evidence = GuideEvidence.read(results, features, guide);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, Redactor.redact(html(guide, evidence.get())));
            return Optional.of(out.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(GuideText guide, GuideEvidence run) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(guide.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>").append(esc(guide.title())).append("</h1>\n<p class=\"run ").append(esc(run.status().toLowerCase()))
                .append("\">Illustrated by the harness run ").append(esc(run.facts().getOrDefault("Run.id", "?")))
                .append(" on ").append(WHEN.format(Instant.ofEpochMilli(run.start()))).append(": ").append(esc(run.status()))
                .append(" in ").append((run.stop() - run.start()) / 1000).append(" s");
        run.facts().forEach((k, v) -> {
            if (!k.equals("Run.id")) {
                h.append(" · ").append(esc(k)).append(' ').append(esc(v));
            }
        });
        h.append(".</p></header>\n");
        guide.intro().forEach(p -> h.append("<p>").append(text(p)).append("</p>\n"));
        for (int s = 0; s < guide.sections().size(); s++) {
            GuideText.Section section = guide.sections().get(s);
            h.append("<section id=\"").append(GuideText.anchor(section.title(), 0)).append("\"><h2>")
                    .append(esc(section.title())).append("</h2>\n<ol>\n");
            for (GuideText.Step step : section.steps()) {
                step(h, run, s, section, step);
            }
            h.append("</ol></section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void step(StringBuilder h, GuideEvidence run, int s, GuideText.Section section, GuideText.Step step) {
        h.append("<li value=\"").append(step.number()).append("\" id=\"").append(GuideText.anchor(section.title(), step.number()))
                .append("\"><p>").append(text(step.text())).append("</p>\n");
        if (!step.notes().isEmpty()) {
            h.append("<ul>");
            step.notes().forEach(n -> h.append("<li>").append(text(n)).append("</li>"));
            h.append("</ul>\n");
        }
        List<CreatedObjects.CreatedObject> created = run.created().stream()
                .filter(o -> o.guideSection() == s && o.guideStep() == step.number()).toList();
        for (CreatedObjects.CreatedObject o : created) {
            h.append("<p class=\"created\">Created in this run: ").append(esc(o.kind())).append(" <b>").append(esc(o.name()))
                    .append("</b>, id <code>").append(esc(o.id())).append("</code>");
            if (o.url() != null) {
                h.append(" (<a href=\"").append(esc(o.url())).append("\">open</a>)");
            }
            h.append("</p>\n");
        }
        List<GuideEvidence.Shot> shots = run.shots().stream().filter(x -> x.section() == s && x.step() == step.number()).toList();
        for (int i = 0; i < shots.size(); i++) {
            GuideEvidence.Shot shot = shots.get(i);
            String replaces = i < step.pictures().size() ? " (in place of the guide's picture “" + step.pictures().get(i) + "”)" : "";
            h.append("<figure><img alt=\"").append(esc(shot.caption())).append("\" src=\"data:").append(shot.mimeType()).append(";base64,")
                    .append(base64(shot.file())).append("\"><figcaption>").append(esc(shot.caption())).append(esc(replaces))
                    .append("</figcaption></figure>\n");
        }
        if (shots.isEmpty()) {
            step.pictures().forEach(p -> h.append("<p class=\"missing\">The guide shows “").append(esc(p))
                    .append("” here; this run took no screenshot at this step.</p>\n"));
        }
        h.append("</li>\n");
    }

    private static String base64(Path file) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    /** Escaped text with its web addresses as links. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(raw);
        int at = 0;
        while (m.find()) {
            out.append(esc(raw.substring(at, m.start()))).append("<a href=\"").append(esc(m.group())).append("\">")
                    .append(esc(m.group())).append("</a>");
            at = m.end();
        }
        return out.append(esc(raw.substring(at))).toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1d2733}
            h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #ff4f1f;padding-bottom:.2em}
            .run{color:#555;font-size:.9em}.run.passed::before{content:"✔ ";color:#2e7d32}.run.failed::before,.run.broken::before{content:"✘ ";color:#c62828}
            ol>li{margin:1.4em 0}figure{margin:.6em 0}img{max-width:100%;border:1px solid #ccd;border-radius:4px;box-shadow:0 1px 4px #0002}
            figcaption{font-size:.85em;color:#555}.created{background:#eef6ee;border-left:4px solid #2e7d32;padding:.3em .6em}
            .missing{color:#8a6d3b;font-size:.9em}code{background:#f2f2f2;padding:0 .3em}
            """;
}
