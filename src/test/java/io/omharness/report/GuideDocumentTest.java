package io.omharness.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class GuideDocumentTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void theShippedGuideHasTwoSectionsOfNumberedSteps() {
        GuideText guide = GuideText.load();
        assertThat(guide.title()).isEqualTo("Creating a Message Flow and Open Messaging Integration");
        assertThat(guide.sections()).extracting(GuideText.Section::title).containsExactly(
                "Creating a Message Flow and Open Messaging Integration", "Syncing your Changes over to Salesforce");
        assertThat(guide.sections().get(0).steps()).hasSize(11);
        assertThat(guide.sections().get(1).steps()).hasSize(4);
        assertThat(guide.sections().get(0).steps().get(2).pictures()).containsExactly("Create Inbound Flow");
        assertThat(guide.sections().get(0).steps().get(2).notes()).hasSize(1);
    }

    @Test
    void putsEachScreenshotAtItsSectionsStepAndTheIdsOfWhatWasCreated(@TempDir Path dir) throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Path features = Files.createDirectories(dir.resolve("features"));
        Files.writeString(features.resolve("01.feature"), """
                Feature: Creating a Message Flow and Open Messaging Integration
                  Scenario: 2-5. flow
                    When I click Add to create a new flow and give it a descriptive name
                """);
        Files.writeString(features.resolve("02.feature"), """
                Feature: Syncing your Changes over to Salesforce
                  Scenario: 1-4. retrieve
                    When I click on Setup
                """);
        Files.write(results.resolve("a-attachment.png"), PNG);
        Files.write(results.resolve("b-attachment.jpg"), PNG); // the bytes do not matter: the type says how to show them
        Files.writeString(results.resolve("c-attachment.json"), "[{\"kind\":\"Inbound Message flow\",\"name\":\"omh-r1-flow\","
                + "\"id\":\"f-123\",\"url\":\"https://apps.example/architect/#/x\",\"guideSection\":0,\"guideStep\":3}]");
        Files.writeString(results.resolve("t-result.json"), """
                {"uuid":"t","name":"Build","status":"passed","start":1700000000000,"stop":1700000031000,
                 "labels":[{"name":"tag","value":"e2e"}],
                 "steps":[{"name":"And I click Add to create a new flow and give it a descriptive name",
                           "attachments":[{"name":"3. Create Flow","source":"a-attachment.png","type":"image/png"}]},
                          {"name":"And I click on Setup",
                           "attachments":[{"name":"1. Salesforce Setup","source":"b-attachment.jpg","type":"image/jpeg"}]}]}
                """);
        Files.writeString(results.resolve("k-container.json"), """
                {"uuid":"k","children":["t"],"afters":[{"name":"ReportHooks",
                  "attachments":[{"name":"Created objects","source":"c-attachment.json","type":"application/json"}]}]}
                """);
        Files.writeString(results.resolve("environment.properties"), "Run.id=r1\nProfile=sandbox\n");

        Path out = GuideDocument.write(results, features, dir.resolve("guide.html")).orElseThrow();

        String html = Files.readString(out);
        String png = Base64.getEncoder().encodeToString(PNG);
        assertThat(html).contains("Illustrated by the harness run r1", "passed", "Click Add to create a new flow");
        String step3 = section(html, "creating-a-message-flow-and-open-messaging-integration-step-3");
        assertThat(step3).contains("data:image/png;base64," + png, "Create Flow", "in place of the guide's picture", "Create Inbound Flow",
                "omh-r1-flow", "f-123");
        String salesforce1 = section(html, "syncing-your-changes-over-to-salesforce-step-1");
        assertThat(salesforce1).contains("data:image/jpeg;base64," + png, "Salesforce Setup");
        assertThat(section(html, "creating-a-message-flow-and-open-messaging-integration-step-1")).doesNotContain(png);
    }

    @Test
    void noWholeGuideRunWritesNothing(@TempDir Path dir) {
        assertThat(GuideDocument.write(dir, dir, dir.resolve("guide.html"))).isEmpty();
        assertThat(dir.resolve("guide.html")).doesNotExist();
    }

    /** The html of the step with that id, up to the next step. */
    private static String section(String html, String id) {
        int from = html.indexOf("id=\"" + id + "\"");
        assertThat(from).as("step %s", id).isPositive();
        int to = html.indexOf("<li value=", from + 1);
        return html.substring(from, to < 0 ? html.length() : to);
    }
}
