package io.omharness.steps;

import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.Recipient;
import io.cucumber.java.en.Then;
import io.omharness.genesys.MessageRoutingPage;
import io.omharness.genesys.PlatformsPage;

import static org.assertj.core.api.Assertions.assertThat;

/** Then steps for the Genesys side: what the UI shows, confirmed through the Platform API. */
public class GenesysChecks {
    private final World world;
    private final GuideObjects built;
    private final Arrange arrange;

    public GenesysChecks(World world, GuideObjects built, Arrange arrange) {
        this.world = world;
        this.built = built;
        this.arrange = arrange;
    }

    @Then("my user is a member of the queue")
    public void myUserIsMember() {
        built.queueId(arrange.api().awaitQueue(built.queueName()).getId());
        assertThat(arrange.api().awaitMember(built.queueId(), arrange.myUserName()))
                .as("members of queue %s (API)", built.queueName()).contains(arrange.myUserName());
    }

    /** What the published version transfers to comes from Architect dependency tracking (its consumed QUEUE). */
    @Then("the flow is published and its Transfer to ACD targets my queue")
    public void flowPublishedToQueue() {
        var flows = arrange.api().flows();
        built.flowId(flows.await(built.flowName()).getId());
        Flow published = flows.waitUntilPublished(built.flowId(), world.config().timeouts().publish());
        assertThat(published.getPublishedVersion()).as("published version of %s", built.flowName()).isNotNull();
        assertThat(flows.queuesOfPublishedVersion(published))
                .as("queues consumed by version %s of %s (dependency tracking)", published.getPublishedVersion().getId(),
                        built.flowName()).containsExactly(built.queueName());
    }

    @Then("the flow is not published")
    public void flowNotPublished() {
        Flow listed = arrange.api().flows().await(built.flowName());
        assertThat(arrange.api().flows().get(listed.getId()).getPublishedVersion())
                .as("published version of %s", built.flowName()).isNull();
    }

    @Then("Architect shows the validation error {string}")
    public void architectValidationError(String error) {
        assertThat(built.lastMessage()).as("Architect's validation messages").contains(error);
    }

    @Then("the Create Flow dialog shows an error that the name already exists")
    public void duplicateFlowError() {
        assertThat(built.lastMessage()).as("error in the Create Flow dialog").containsIgnoringCase("already exists");
        arrange.api().flows().await(built.flowName());
        assertThat(arrange.api().flows().listAll()).as("Inbound Message flows named %s", built.flowName())
                .filteredOn(f -> built.flowName().equalsIgnoreCase(f.getName())).hasSize(1);
    }

    @Then("the Open Messaging integration is created and active")
    public void integrationActive() {
        Sessions.renewingGenesys(world, () -> admin().openPlatforms());
        new PlatformsPage(world.ui()).waitUntilActive(built.platformName());
        world.screenshot("8. The Open Messaging platform is active");
        OpenIntegration listed = arrange.api().messaging().await(built.platformName());
        OpenIntegration ready = arrange.api().messaging().waitUntilCreated(listed.getId(), world.config().timeouts().sync());
        assertThat(ready.getCreateStatus()).as("createStatus of %s", built.platformName())
                .hasToString("Completed");
        assertThat(ready.getRecipient()).as("message routing address of %s", built.platformName()).isNotNull();
        built.integrationId(ready.getId());
        built.recipientId(ready.getRecipient().getId());
    }

    /** Absent only if lists still do not show it after the settle time (a new integration takes a while). */
    @Then("no Open Messaging integration was created")
    public void noIntegration() {
        assertThat(arrange.api().findOpenMessaging(built.platformName())).as("integration %s", built.platformName()).isEmpty();
    }

    @Then("messages to the platform are routed to my flow")
    public void routedToFlow() {
        Sessions.renewingGenesys(world, () -> admin().openMessageRouting());
        assertThat(new MessageRoutingPage(world.ui()).flowRoutedTo(built.platformName()))
                .as("flow shown for address %s in Message Routing", built.platformName()).contains(built.flowName());
        OpenIntegration integration = arrange.api().messaging().await(built.platformName());
        Recipient recipient = arrange.api().messaging().recipient(integration.getRecipient().getId());
        assertThat(recipient.getFlow()).as("flow of recipient %s (API)", built.platformName()).isNotNull();
        assertThat(recipient.getFlow().getName()).as("flow of recipient %s (API)", built.platformName()).isEqualTo(built.flowName());
    }

    private io.omharness.genesys.AdminNavigation admin() {
        Sessions.genesysLogin(world);
        return new io.omharness.genesys.AdminNavigation(world.ui(), world.access().genesys().appsUrl());
    }

    @Then("nothing that existed before the run was changed")
    public void customerObjectsIntact() {
        if (world.access().sandboxTenantId().isEmpty()) {
            assertThat(arrange.ownObjects()).as("the org's own queues, flows and integrations (real org)")
                    .isEqualTo(built.ownObjectsBefore().orElseThrow(() -> new IllegalStateException(
                            "the org's own objects were not recorded when the scenario logged in")));
            return;
        }
        var report = world.run().twinControl().orElseThrow()
                .customerObjects(world.access().sandboxTenantId().get());
        assertThat(report.changes()).as("changes to the org's own objects").isEmpty();
        assertThat(report.intact()).as("the org's own objects are intact").isTrue();
    }
}
