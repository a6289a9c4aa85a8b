package io.omharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries Allure's history (trend charts, retries, flaky markers) from one report to the next. A
 * single-file report writes no history/ folder but embeds those files in index.html; they are taken
 * out of it into {@code results/history}, which Allure reads at the next generation (and which the
 * clearing of the results before a run leaves in place).
 */
public final class AllureHistory {
    private static final Pattern EMBEDDED = Pattern.compile("d\\('history/([\\w.-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

    private AllureHistory() {
    }

    /** Writes the history embedded in a single-file report to {@code historyDir}; returns how many files. */
    public static int extract(Path reportIndex, Path historyDir) {
        if (!Files.isRegularFile(reportIndex)) {
            return 0;
        }
        try {
            Matcher m = EMBEDDED.matcher(Files.readString(reportIndex, StandardCharsets.UTF_8));
            int n = 0;
            while (m.find()) {
                Files.createDirectories(historyDir);
                Files.write(historyDir.resolve(m.group(1)), Base64.getDecoder().decode(m.group(2)));
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many runs the history trend holds (the next run's build number is one more). */
    public static int runsRecorded(Path historyDir) {
        Path trend = historyDir.resolve("history-trend.json");
        if (!Files.isRegularFile(trend)) {
            return 0;
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(trend.toFile()).size();
        } catch (IOException e) {
            return 0;
        }
    }
}
