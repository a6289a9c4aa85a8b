package io.omharness.genesys;

import io.omharness.fixture.TwinFixture;
import io.omharness.control.TenantOptions;
import com.fasterxml.jackson.databind.JsonNode;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueuesBrowserTest {
    private static TwinFixture twin;
    private static AdminNavigation navigation;
    private static QueuesPage queues;

    @BeforeAll
    static void logIn() {
        twin = TwinFixture.withBrowser("queues", 11, TenantOptions.defaults());
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        navigation = new AdminNavigation(twin.ui(), twin.genesys().appsUrl());
        queues = new QueuesPage(twin.ui());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void createsAQueueAndAddsTheAdminAsMember() {
        navigation.openQueues();
        twin.ui().find(Locator.link("Support"));
        twin.shot("queues");
        queues.createQueue("Harness Messaging");
        queues.openQueue("Harness Messaging");
        queues.openMembersTab();
        assertThat(queues.memberNames()).isEmpty();

        twin.ui().click(Locator.button("Add Member"));
        twin.ui().fill(Locator.field("Search by name"), "a");
        twin.ui().find(Locator.option("Avery Agent"));
        twin.shot("members-search");
        twin.ui().click(Locator.button("Cancel").within(Locator.role("group", "Add Member")));
        queues.addMember("Sandbox Admin");

        assertThat(queues.memberNames()).containsExactly("Sandbox Admin");
        String email = twin.genesys().email();
        assertThat(queues.members()).containsExactly(new QueuesPage.Member("Sandbox Admin", email));
        assertThat(queues.hasMember(email.toUpperCase(java.util.Locale.ROOT))).isTrue();
        assertThat(queues.hasMember("Sandbox")).as("a part of a name is not a member").isFalse();
        assertThat(queues.hasMember("avery.agent@example.com")).isFalse();
        twin.ui().waitUntilGone(Locator.role("status", "Member added"));
        twin.shot("members");
        JsonNode queue = twin.api().getJson("/api/v2/routing/queues?name=Harness%20Messaging").path("entities").path(0);
        JsonNode members = twin.api().getJson("/api/v2/routing/queues/" + queue.path("id").asText() + "/members").path("entities");
        assertThat(members.findValuesAsText("name")).contains("Sandbox Admin");
    }

    @Test
    void theToastReallyCoversTheButtonUnderItButUiClickWaitsItOut() {
        navigation.openQueues();
        queues.createQueue("Toast Check");
        WebElement covered = twin.ui().find(Locator.button("Create Queue"));
        // the toast goes after 2.5 s: nothing slow (a screenshot) between its showing and the click
        twin.ui().find(Locator.role("status", "Queue created"));

        assertThatThrownBy(covered::click).isInstanceOf(ElementClickInterceptedException.class);
        twin.shot("toast");
        twin.ui().click(Locator.button("Create Queue"));
        assertThat(twin.ui().isShown(Locator.dialog("Create Queue"))).isTrue();
        twin.ui().click(Locator.button("Cancel").within(Locator.dialog("Create Queue")));
    }

    @Test
    void theListReRendersAfterItsFirstPaintAndPageObjectsSurviveIt() {
        navigation.openQueues();
        WebElement firstPaint = twin.ui().find(Locator.link("Billing"));
        List<String> idsSeen = new ArrayList<>();
        idsSeen.add(firstPaint.getAttribute("id"));

        twin.ui().await("the list to re-render", d -> {
            try {
                firstPaint.isDisplayed();
                return null;
            } catch (StaleElementReferenceException stale) {
                return true;
            }
        });
        idsSeen.add(twin.ui().find(Locator.link("Billing")).getAttribute("id"));

        assertThat(idsSeen).allMatch(id -> id.matches("ember\\d+")).doesNotHaveDuplicates();
        queues.openQueue("Billing");
        assertThat(twin.ui().isShown(Locator.tab("General"))).isTrue();
    }
}
