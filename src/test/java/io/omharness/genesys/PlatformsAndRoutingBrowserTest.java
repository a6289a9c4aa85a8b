package io.omharness.genesys;

import io.omharness.fixture.TwinFixture;
import io.omharness.control.TenantOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class PlatformsAndRoutingBrowserTest {
    private static final String TOKEN = "a-long-enough-signing-token";
    private static TwinFixture twin;
    private static AdminNavigation navigation;
    private static PlatformsPage platforms;
    private static MessageRoutingPage routing;

    @BeforeAll
    static void logIn() {
        twin = TwinFixture.withBrowser("platforms-and-routing", 12, TenantOptions.defaults().latency(java.time.Duration.ofMillis(60)).jitter(java.time.Duration.ofMillis(60)).transientErrorRate(0.1));
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        navigation = new AdminNavigation(twin.ui(), twin.genesys().appsUrl());
        platforms = new PlatformsPage(twin.ui());
        routing = new MessageRoutingPage(twin.ui());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void showsInlineErrorsForAShortTokenAndAnHttpWebhookOnACustomPort() {
        navigation.openPlatforms();
        platforms.addOpenMessagingPlatform("Too Weak", "http://hooks.example.com:8443/om", "123");
        twin.shot("platform-form-errors");

        assertThat(platforms.fieldErrors()).containsExactlyInAnyOrder(
                "The outbound notification webhook URL must use https and must not use a custom port.",
                "The outbound notification webhook signature secret token must be longer than 15 characters.");
        // the listing has no name filter (as the real API): look for the name among all of them
        assertThat(twin.api().getJson("/api/v2/conversations/messaging/integrations/open?pageSize=100").path("entities")
                .findValuesAsText("name")).doesNotContain("Too Weak");
    }

    @Test
    void addsAnOpenMessagingPlatformThenRoutesItToAnInboundMessageFlow() {
        navigation.openPlatforms();
        platforms.addOpenMessagingPlatform("Harness Channel", "https://hooks.example.com/om", TOKEN);
        assertThat(platforms.statusOf("Harness Channel")).isIn("Initiated…", "Active");
        platforms.waitUntilActive("Harness Channel");
        twin.ui().waitUntilGone(Locator.role("status", "Platform saved"));
        twin.shot("platforms");

        navigation.openMessageRouting();
        String list = twin.ui().currentUrl();
        routing.startNewRoute();
        // Add opens the Message Routing page, its own route in the app, not a dialog over the list
        assertThat(twin.ui().currentUrl()).endsWith("/directory/#/admin/routing/message-routing/new");
        assertThat(twin.ui().isShown(Locator.anyOf("dialog"))).isFalse();
        twin.ui().click(Locator.field("Inbound Message Flow"));
        twin.ui().find(Locator.option("Customer Care Messaging"));
        twin.shot("message-routing-add");
        twin.ui().click(Locator.button("Cancel"));
        twin.ui().find(Locator.field("Filter by flow name"));
        assertThat(twin.ui().currentUrl()).isEqualTo(list);
        routing.addRoute("Customer Care Messaging", "Harness Channel");
        assertThat(routing.flowRoutedTo("Harness Channel")).contains("Customer Care Messaging");
        twin.ui().waitUntilGone(Locator.anyOf("status"));
        twin.shot("message-routing");
        assertThat(routing.filterByFlowName("customer care")).containsOnly("Customer Care Messaging");
        assertThat(routing.filterByFlowName("no such flow")).isEmpty();
        JsonNode recipient = twin.api().getJson("/api/v2/routing/message/recipients?messengerType=open&name=Harness%20Channel")
                .path("entities").path(0);
        assertThat(recipient.path("flow").path("name").asText()).isEqualTo("Customer Care Messaging");
    }
}
