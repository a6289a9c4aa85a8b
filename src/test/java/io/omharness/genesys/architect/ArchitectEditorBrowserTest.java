package io.omharness.genesys.architect;

import com.fasterxml.jackson.databind.JsonNode;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.genesys.GenesysLogin;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flow editor: mouse drag and drop, the async queue picker, validation and publish. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchitectEditorBrowserTest {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final String TYPE = "inboundshortmessage";
    private static final String FLOW = "omh-test-editor";
    private static final Locator PROPERTIES = Locator.role("region", "Properties");
    private static final Locator QUEUE = Locator.field("Queue").within(PROPERTIES);
    private static final Locator QUEUE_OPTIONS = Locator.anyOf("option").within(PROPERTIES);
    private TwinFixture twin;
    private FlowEditor editor;

    @BeforeAll
    void start() {
        twin = TwinFixture.withBrowser("architect-editor", System.nanoTime(), TenantOptions.defaults());
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        ArchitectPage architect = new ArchitectPage(twin.ui(), PUBLISH_TIMEOUT).open(twin.genesys().appsUrl());
        architect.openFlowType("Inbound Message");
        editor = architect.addFlow(FLOW, "");
    }

    @AfterAll
    void stop() {
        twin.close();
    }

    @Test
    @Order(1)
    void dragsTransferToAcdUnderStartWithTheMouse() {
        twin.shot("04-editor-before-drop");
        editor.dragTransferToAcdUnderStart();
        twin.shot("05-editor-after-drop");

        assertThat(editor.actionNames()).containsExactly("Transfer to ACD");
        assertThat(twin.ui().find(Locator.field("Name").within(PROPERTIES)).getDomProperty("value")).isEqualTo("Transfer to ACD");
    }

    @Test
    @Order(2)
    void queuePickerLoadsQueuesAsynchronouslyAndFilters() {
        twin.ui().click(QUEUE);
        twin.ui().find(Locator.text("Loading queues…").within(PROPERTIES));
        twin.ui().all(QUEUE_OPTIONS, 3);
        assertThat(twin.ui().names(QUEUE_OPTIONS)).contains("Support", "Sales", "Billing");

        twin.ui().fill(QUEUE, "Bil");
        twin.ui().await("only Billing offered", d -> twin.ui().names(QUEUE_OPTIONS).equals(List.of("Billing")) ? true : null);
        twin.shot("06-queue-picker");
        twin.ui().fill(QUEUE, "");
    }

    @Test
    @Order(3)
    void publishingWithoutAQueueShowsTheErrorAndDoesNotPublish() {
        assertThat(editor.publishExpectingErrors()).containsExactly("Transfer to ACD: a queue is required.");
        twin.shot("07-validation-errors");

        assertThat(editor.status()).isEqualTo("Not published");
        assertThat(twin.api().flowNamed(TYPE, FLOW).path("publishedVersion").isNull()).isTrue();
    }

    @Test
    @Order(4)
    void preferredAgentsSitBesideTheQueueAndAreValidated() {
        Locator preferred = Locator.role("group", "Preferred Agents").within(PROPERTIES);
        twin.ui().click(Locator.button("Add Preferred Agent").within(preferred));
        Locator agent = Locator.field("Agent").within(Locator.role("group", "Preferred agent 1"));
        twin.ui().fill(agent, "Sandbox");
        twin.ui().click(Locator.option("Sandbox Admin").within(Locator.role("listbox", "Users")));
        Locator score = Locator.field("Score").within(preferred);
        twin.ui().fill(score, "150");
        // the agent picker is a second combobox in the panel: the queue still goes into the Queue field
        editor.chooseQueue("Support");
        twin.shot("08-preferred-agents");
        assertThat(editor.validate()).containsExactly("Transfer to ACD: the score of preferred agent 1 must be from 0 to 100.");
        twin.ui().fill(score, "90");
    }

    @Test
    @Order(5)
    void publishesWithAQueueAndTheApiShowsIt() {
        editor.chooseQueue("Support");
        assertThat(editor.validate()).isEmpty();

        editor.publish();
        twin.shot("09-published");

        JsonNode flow = twin.api().flowNamed(TYPE, FLOW);
        JsonNode support = twin.api().getJson("/api/v2/routing/queues?name=Support").path("entities").get(0);
        assertThat(editor.status()).isEqualTo("Published");
        assertThat(flow.path("publishedVersion").isObject()).isTrue();
        assertThat(flow.path("locked").asBoolean()).isFalse();
        // what the UI published is what Architect dependency tracking reports for that version
        JsonNode consumed = twin.api().getJson("/api/v2/architect/dependencytracking/consumedresources?id=" + flow.path("id").asText()
                + "&version=" + flow.path("publishedVersion").path("id").asText() + "&objectType=INBOUNDSHORTMESSAGEFLOW")
                .path("entities");
        assertThat(consumed).hasSize(1);
        assertThat(consumed.get(0).path("type").asText()).isEqualTo("QUEUE");
        assertThat(consumed.get(0).path("id").asText()).isEqualTo(support.path("id").asText());
    }
}
