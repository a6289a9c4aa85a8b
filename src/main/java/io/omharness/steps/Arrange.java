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

    /** A queue with my user in it, listed with its member before anything reads it by name. */
    public void queueWithMyUser() {
        built.queueName(world.name("queue"));
        built.queueId(api().createQueue(built.queueName()).getId());
        removeQueueAfterwards(built.queueName());
        api().addMember(built.queueId(), myUser().getId());
        api().awaitQueue(built.queueName());
        api().awaitMember(built.queueId(), myUserName());
    }

    /** An Inbound Message flow transferring to my queue, imported as Archy YAML and published by the import job. */
    public void publishedFlowToMyQueue() {
        if (built.queueIdIfKnown().isEmpty()) {
            queueWithMyUser();
        }
        built.flowName(world.name("flow"));
        removeFlowAfterwards(built.flowName());
        built.flowId(api().flows().importInboundMessageFlow(built.flowName(), "Routes Salesforce messages to "
                + built.queueName(), built.queueName(), world.config().timeouts().publish()));
        api().flows().waitUntilPublished(built.flowId(), world.config().timeouts().publish());
        api().flows().await(built.flowName());
    }

    public void openMessagingPlatform() {
        built.platformName(world.name("platform"));
        OpenIntegration created = api().messaging().create(built.platformName(),
                world.config().orgs().openMessaging().webhookUrl(),
                world.config().orgs().openMessaging().webhookToken().reveal());
        removePlatformAfterwards(built.platformName());
        OpenIntegration ready = api().messaging().waitUntilCreated(created.getId(), world.config().timeouts().sync());
        built.integrationId(ready.getId());
        built.recipientId(ready.getRecipient().getId());
        api().messaging().await(built.platformName());
    }

    public void messageRoute() {
        api().messaging().routeRecipientToFlow(built.recipientId(), built.flowId());
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

    // Clean-up by name: UI-made objects are found the same way as API-made ones. A name the lists do
    // not show within the settle time was never created (or is already gone).

    public void removeQueueAfterwards(String name) {
        world.onCleanup(() -> api().findQueue(name).ifPresent(q -> api().deleteQueue(q.getId())));
    }

    public void removeFlowAfterwards(String name) {
        world.onCleanup(() -> api().flows().find(name).ifPresent(f -> api().flows().delete(f.getId())));
    }

    public void removePlatformAfterwards(String name) {
        world.onCleanup(() -> api().messaging().find(name).ifPresent(i -> api().messaging().delete(i.getId())));
    }
}
