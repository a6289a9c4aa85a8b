package io.omharness.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class AllureHistoryTest {

    @Test
    void takesTheHistoryOutOfASingleFileReport(@TempDir Path dir) throws Exception {
        String trend = "[{\"buildOrder\":2,\"data\":{\"passed\":1}},{\"buildOrder\":1,\"data\":{\"passed\":1}}]";
        Files.writeString(dir.resolve("index.html"), "<script>\n d('data/suites.json','e30='),\n"
                + " d('history/history-trend.json','" + b64(trend) + "'),\n d('history/history.json','" + b64("{}") + "')\n</script>");
        Path history = dir.resolve("results/history");

        assertThat(AllureHistory.extract(dir.resolve("index.html"), history)).isEqualTo(2);

        assertThat(Files.readString(history.resolve("history-trend.json"))).isEqualTo(trend);
        assertThat(history.resolve("suites.json")).doesNotExist();
        assertThat(AllureHistory.runsRecorded(history)).isEqualTo(2);
    }

    @Test
    void noReportYetMeansNoHistory(@TempDir Path dir) {
        assertThat(AllureHistory.extract(dir.resolve("index.html"), dir.resolve("history"))).isZero();
        assertThat(AllureHistory.runsRecorded(dir.resolve("history"))).isZero();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
