package io.omharness;

import io.omharness.config.Redactor;
import io.omharness.report.SecretScan;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * Runs the whole guide with a known webhook token (and the sandbox's generated passwords and OAuth
 * secret, all registered as secrets), then proves none of them reached the console, the Allure
 * results (screenshots, page sources, environment.properties) or anything else under reports/.
 * It needs a run of its own (a token it knows), so it stays out of the way when someone runs only some
 * scenarios (cucumber.filter.tags, cucumber.filter.name, cucumber.features): they get exactly those.
 */
class SecretLeakIT {

    @Test
    void noSecretReachesTheConsoleOrTheReports() {
        // the pom hands every run the default tag expression; anything else is someone's selection
        assumeTrue(System.getProperty("cucumber.filter.tags", "not @wip").equals("not @wip"),
                "skipped: scenarios were selected with cucumber.filter.tags, and this check runs the whole guide again");
        for (String selection : new String[] {"cucumber.filter.name", "cucumber.features"}) {
            assumeTrue(System.getProperty(selection, "").isBlank(),
                    "skipped: scenarios were selected with " + selection + ", and this check runs the whole guide again");
        }
        String token = "known-webhook-token-" + UUID.randomUUID();
        System.setProperty("harness.openMessaging.webhookToken", token);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectDirectory(Path.of("features").toFile()))
                    .configurationParameter("cucumber.filter.tags", "@e2e")
                    .build(), summary);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            System.clearProperty("harness.openMessaging.webhookToken");
        }

        assertThat(summary.getSummary().getTestsSucceededCount()).as("e2e scenarios that passed").isPositive();
        assertThat(summary.getSummary().getTotalFailureCount()).as("failed e2e scenarios").isZero();
        Set<String> secrets = Redactor.registered();
        assertThat(secrets).as("secrets the run registered").contains(token).hasSizeGreaterThanOrEqualTo(4);
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(secrets.stream().filter(printed::contains).count()).as("secrets printed on the console").isZero();
        assertThat(SecretScan.leaks(Path.of("reports"), secrets)).as("files under reports/ holding a secret").isEmpty();
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) {
            try {
                a.write(c);
                b.write(c);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            try {
                a.write(buf, off, len);
                b.write(buf, off, len);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
