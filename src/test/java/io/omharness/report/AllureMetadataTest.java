package io.omharness.report;

import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.TestResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AllureMetadataTest {

    @Test
    void severityFollowsTheHarnessTags() {
        assertThat(AllureMetadata.severity(Set.of("smoke"))).isEqualTo("blocker");
        assertThat(AllureMetadata.severity(Set.of("e2e", "genesys"))).isEqualTo("critical");
        assertThat(AllureMetadata.severity(Set.of("genesys", "negative"))).isEqualTo("minor");
        assertThat(AllureMetadata.severity(Set.of("salesforce"))).isEqualTo("normal");
    }

    @Test
    void aSeverityTagWinsAndAGuideLinkPointsAtTheScenariosFirstStep() {
        TestResult result = new TestResult().setName("2-5. Create an Inbound Message flow that transfers to the queue")
                .setLabels(new ArrayList<>(List.of(new Label().setName("tag").setValue("@e2e"),
                        new Label().setName("severity").setValue("trivial"),
                        new Label().setName("feature").setValue("Creating a Message Flow and Open Messaging Integration"))))
                .setLinks(new ArrayList<>());

        new AllureMetadata().beforeTestStop(result);

        assertThat(result.getLabels()).filteredOn(l -> l.getName().equals("severity")).extracting(Label::getValue)
                .containsExactly("trivial");
        assertThat(result.getLinks()).extracting(Link::getName, Link::getUrl).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "Guide: Creating a Message Flow and Open Messaging Integration, steps 2-5",
                "../guide.html#creating-a-message-flow-and-open-messaging-integration-step-2"));
    }

    @Test
    void noSeverityTagMeansOneFromTheTags() {
        TestResult result = new TestResult().setName("The sandbox serves its home page")
                .setLabels(new ArrayList<>(List.of(new Label().setName("tag").setValue("smoke"),
                        new Label().setName("feature").setValue("The harness runs on the embedded sandbox"))))
                .setLinks(new ArrayList<>());

        new AllureMetadata().beforeTestStop(result);

        assertThat(result.getLabels()).filteredOn(l -> l.getName().equals("severity")).extracting(Label::getValue)
                .containsExactly("blocker");
        assertThat(result.getLinks()).isEmpty();
    }
}
