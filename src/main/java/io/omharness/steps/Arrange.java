package io.omharness.steps;

import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.User;
import io.omharness.genesys.api.GenesysApi;

/**
 * Preconditions arranged quickly through the Genesys Cloud API (what earlier steps of the guide
 * would have built), and the clean-up of everything a scenario creates, found by its run-id name.
 */
public class Arrange {
    private final World world;
    private final GuideObjects built;
    private User me;

    public Arrange(World world, GuideObjects built) {
        this.world = world;
        this.built = built;
    }

    public GenesysApi api() {
        return Sessions.genesysApi(world);
    }

    public User myUser() {
        if (me == null) {
            String email = world.access().genesys().email();
            me = api().findUser(email).orElseThrow(() -> new IllegalStateException("No Genesys user " + email));
        }
        return me;
    }

    public String myUserName() {
        return myUser().getName();
    }

    public void queueWithMyUser() {
        built.queueName = world.name("queue");
        built.queueId = api().createQueue(built.queueName).getId();
        removeQueueAfterwards(built.queueName);
        api().addMember(built.queueId, myUser().getId());
    }

    public void publishedFlowToMyQueue() {
        if (built.queueId == null) {
            queueWithMyUser();
        }
        built.flowName = world.name("flow");
        built.flowId = api().createInboundMessageFlow(built.flowName).getId();
        removeFlowAfterwards(built.flowName);
        api().saveTransferToAcd(built.flowId, built.queueId, built.queueName);
        api().publish(built.flowId);
        api().waitUntilPublished(built.flowId, world.config().timeouts().publish());
    }

    public void openMessagingPlatform() {
        built.platformName = world.name("platform");
        OpenIntegration created = api().createOpenMessaging(built.platformName,
                world.config().orgs().openMessaging().webhookUrl(),
                world.config().orgs().openMessaging().webhookToken().reveal());
        removePlatformAfterwards(built.platformName);
        OpenIntegration ready = api().waitUntilCreated(created.getId(), world.config().timeouts().sync());
        built.integrationId = ready.getId();
        built.recipientId = ready.getRecipient().getId();
    }

    public void messageRoute() {
        api().routeRecipientToFlow(built.recipientId, built.flowId);
    }

    /** The org's own objects (not named with the harness prefix): id -> kind and name. */
    public java.util.Map<String, String> ownObjects() {
        return io.omharness.setup.SetupInspector.ownObjects(api(), world.config().namePrefix() + "-");
    }

    // Ids of what the UI made, read back by name (lists may lag behind a create: they are polled)

    public String queueId(String name) {
        return api().findQueue(name).orElseThrow(() -> new AssertionError("Genesys has no queue named " + name)).getId();
    }

    public String flowId(String name) {
        return api().findInboundMessageFlow(name)
                .orElseThrow(() -> new AssertionError("Genesys has no Inbound Message flow named " + name)).getId();
    }

    public String platformId(String name) {
        return api().findOpenMessaging(name)
                .orElseThrow(() -> new AssertionError("Genesys has no Open Messaging integration named " + name)).getId();
    }

    public String recipientIdOf(String platformName) {
        return api().findOpenMessaging(platformName).map(i -> i.getRecipient().getId())
                .orElseThrow(() -> new AssertionError("Genesys has no Open Messaging integration named " + platformName));
    }

    // Clean-up by name: UI-made objects are found the same way as API-made ones.

    public void removeQueueAfterwards(String name) {
        world.onCleanup(() -> api().findQueue(name).ifPresent(q -> api().deleteQueue(q.getId())));
    }

    public void removeFlowAfterwards(String name) {
        world.onCleanup(() -> api().findInboundMessageFlow(name).ifPresent(f -> api().deleteFlow(f.getId())));
    }

    public void removePlatformAfterwards(String name) {
        world.onCleanup(() -> api().findOpenMessaging(name).ifPresent(i -> api().deleteOpenMessaging(i.getId())));
    }
}
