package io.omharness.genesys.architect;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.genesys.AdminNavigation;
import io.omharness.genesys.GenesysLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Architect's window, flow lists and Create Flow dialog, in one logged-in browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchitectFlowsBrowserTest {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(20);
    private static final String TYPE = "inboundshortmessage";
    private TwinFixture twin;
    private ArchitectPage architect;

    @BeforeAll
    void start() {
        twin = TwinFixture.withBrowser("architect-flows", System.nanoTime(), TenantOptions.defaults());
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        architect = new ArchitectPage(twin.ui(), PUBLISH_TIMEOUT);
    }

    @AfterAll
    void stop() {
        twin.close();
    }

    @Test
    @Order(1)
    void opensInASecondWindowFromTheAdminApp() {
        String adminWindow = twin.driver().getWindowHandle();

        String architectWindow = new AdminNavigation(twin.ui(), twin.genesys().appsUrl()).openArchitect();
        architect.openFlowType("Inbound Message");

        assertThat(architectWindow).isNotEqualTo(adminWindow);
        assertThat(twin.driver().getWindowHandles()).hasSize(2);
        assertThat(twin.ui().currentUrl()).endsWith("/architect/#/" + TYPE + "/flows");
        assertThat(architect.flowNames()).contains("Customer Care Messaging");
        twin.shot("01-flows-list");
    }

    @Test
    @Order(2)
    void refusesADuplicateNameInTheDialog() {
        String error = architect.tryAddFlow("customer care messaging", "same name, other case");
        twin.shot("02-create-flow-duplicate");
        architect.cancelCreateFlow();

        assertThat(error).isEqualTo("A flow with the name 'customer care messaging' already exists.");
    }

    @Test
    @Order(3)
    void refusesANameLongerThan200Characters() {
        String error = architect.tryAddFlow("x".repeat(201), "");
        architect.cancelCreateFlow();

        assertThat(error).contains("200");
    }

    @Test
    @Order(4)
    void createsAFlowCheckedOutInTheEditorAndChecksItIn() {
        FlowEditor editor = architect.addFlow("omh-test-created", "Created by the browser test");
        twin.shot("03-editor-new-flow");
        boolean lockedWhileEditing = twin.api().flowNamed(TYPE, "omh-test-created").path("locked").asBoolean();
        editor.checkIn();

        assertThat(twin.ui().currentUrl()).matches(".*/architect/#/" + TYPE + "/[0-9a-f-]+/edit");
        assertThat(lockedWhileEditing).isTrue();
        assertThat(twin.api().flowNamed(TYPE, "omh-test-created").path("locked").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void findsTheNewFlowBySearch() {
        architect.openFlowType("Inbound Message");

        assertThat(architect.searchFlow("omh-test")).containsExactly("omh-test-created");
        assertThat(architect.openFlow("omh-test-created").actionNames()).isEmpty();
    }

    @Test
    @Order(6)
    void opensAFlowLockedBySomeoneElseReadOnly() {
        twin.api().post("/api/v2/flows", Map.of("name", "omh-test-locked", "type", TYPE));
        architect.openFlowType("Inbound Message");

        FlowEditor editor = architect.openFlow("omh-test-locked");
        twin.shot("09-locked-by-someone-else");

        assertThat(editor.lockNotice()).hasValueSatisfying(n -> assertThat(n).startsWith("This flow is checked out by"));
        assertThat(twin.ui().isShown(io.omharness.ui.Locator.button("Check In"))).isFalse();
    }
}
