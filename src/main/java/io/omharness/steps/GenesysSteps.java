package io.omharness.steps;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.omharness.genesys.AdminNavigation;
import io.omharness.genesys.MessageRoutingPage;
import io.omharness.genesys.PlatformsPage;
import io.omharness.genesys.QueuesPage;
import io.omharness.genesys.architect.ArchitectPage;
import io.omharness.genesys.architect.FlowEditor;
import io.omharness.setup.PlannedStep;
import io.omharness.setup.SetupKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's section "Creating a Message Flow and Open Messaging Integration", through the UI. */
public class GenesysSteps {
    private final World world;
    private final GuideObjects built;
    private final Arrange arrange;
    private final Convergence convergence;
    private ArchitectPage architect;
    private final ArchitectVisit visit = new ArchitectVisit();
    private PlannedStep route;
    /** What setup decided for the flow: create it, reuse it as it is, or finish it. */
    private PlannedStep flowStep;
    private String adminWindow;
    private String architectWindow;
    public GenesysSteps(World world, GuideObjects built, Arrange arrange, Convergence convergence) {
        this.world = world;
        this.built = built;
        this.arrange = arrange;
        this.convergence = convergence;
    }

    @Given("I am logged in to Genesys Cloud CX as an admin")
    public void loggedInToGenesys() {
        Sessions.genesysLogin(world);
        if (world.access().sandboxTenantId().isEmpty()) {
            built.ownObjectsBefore(arrange.ownObjects());
        }
    }

    // Step 1

    @When("I create a new queue and add my user as a member")
    public void createQueueWithMyUser() {
        Sessions.genesysLogin(world);
        PlannedStep queue = convergence.check(SetupKind.QUEUE);
        built.queueName(queue.name());
        Sessions.renewingGenesys(world, () -> admin().openQueues());
        QueuesPage queues = new QueuesPage(world.ui());
        SaveOnce save = new SaveOnce();
        boolean[] resumed = {false};
        arrange.removeQueueAfterwards(built.queueName());
        Sessions.resumingGenesys(world, () -> {
            admin().openQueues();
            resumed[0] = true;
        }, () -> {
            if (!queue.exists()) {
                save.save(() -> arrange.api().findQueue(built.queueName()).isPresent(), () -> queues.createQueue(built.queueName()));
            }
            queues.openQueue(built.queueName());
            queues.openMembersTab();
            // after a resumed session the member may already have been added
            if (queue.action() != PlannedStep.Action.REUSE
                    && !(resumed[0] && queues.memberNames().contains(arrange.myUserName()))) {
                queues.addMember(arrange.myUserName());
            }
        });
        // as the person knows themselves: by the e-mail they log in with, which the Members table shows
        String email = world.access().genesys().email();
        assertThat(queues.hasMember(email)).as("Members tab of %s lists %s", built.queueName(), email).isTrue();
        world.screenshot("1. My user is a member of the new queue");
        convergence.record(queue, () -> arrange.queueId(built.queueName()));
    }

    // Steps 2-5

    @When("I find Architect in Genesys Cloud CX Admin and navigate to it")
    public void navigateToArchitect() {
        adminWindow = world.browser().driver().getWindowHandle();
        architectWindow = Sessions.renewingGenesys(world, () -> admin().openArchitect());
        architect = new ArchitectPage(world.ui(), world.config().timeouts().publish());
        visit.start();
    }

    @And("from the list of flows I select Inbound Message")
    public void selectInboundMessage() {
        inArchitect(() -> architect.openFlowType("Inbound Message"));
        world.screenshot("2. Inbound Message flows");
    }

    @And("I click Add to create a new flow and give it a descriptive name")
    public void addFlow() {
        inArchitect(this::addOrOpenFlow);
    }

    private void addOrOpenFlow() {
        flowStep = convergence.check(SetupKind.FLOW);
        built.flowName(flowStep.name());
        visit.start();
        arrange.removeFlowAfterwards(built.flowName());
        Optional<FlowEditor> editor = switch (flowStep.action()) {
            // the guide: "if you already have a flow you'd like to use, you can skip ahead to Step 6"
            case REUSE -> Optional.empty();
            case REPAIR -> Optional.of(architect.openFlow(built.flowName()));
            case CREATE -> Optional.of(architect.addFlow(built.flowName(), "Routes Salesforce messages to " + built.queueName()));
        };
        world.screenshot(switch (flowStep.action()) {
            case REUSE -> "3. Reusing the published flow " + built.flowName();
            case REPAIR -> "3. Finishing the flow " + built.flowName();
            case CREATE -> "3. Create Flow";
        });
        visit.opened(built.flowName(), editor);
    }

    @And("in the Initial State I drag a Transfer to ACD option under the start point")
    public void dragTransferToAcd() {
        inArchitect(() -> visit.edit(GenesysSteps::ensureTransferToAcd));
        visit.editor().ifPresent(editor -> assertThat(editor.actionNames()).as("actions under Start").contains("Transfer to ACD"));
    }

    @And("I choose my queue from the drop down list")
    public void chooseQueue() {
        String queue = built.queueName();
        inArchitect(() -> visit.edit(editor -> editor.chooseQueue(queue)));
        visit.editor().ifPresent(editor -> world.screenshot("4. Transfer to ACD with my queue"));
    }

    @And("I press publish")
    public void publish() {
        inArchitect(() -> visit.editor().ifPresent(FlowEditor::publish));
        visit.published();
        visit.editor().ifPresent(editor -> world.screenshot("5. Published"));
        convergence.record(flowStep, () -> arrange.flowId(built.flowName()));
    }

    @And("I press publish without choosing a queue")
    public void publishWithoutQueue() {
        inArchitect(() -> built.lastMessage(String.join("\n", visit.editor().orElseThrow().publishExpectingErrors())));
        world.screenshot("5. Validation errors");
    }

    @And("I click Add and give the new flow the name of my existing flow")
    public void addDuplicateFlow() {
        inArchitect(() -> built.lastMessage(architect.tryAddFlow(built.flowName(), "A second flow with the same name")));
        world.screenshot("3. Create Flow refuses the name");
        architect.cancelCreateFlow();
    }

    @Then("my existing flow is in the list")
    public void existingFlowListed() {
        List<String> listed = new ArrayList<>();
        inArchitect(() -> listed.addAll(architect.searchFlow(built.flowName())));
        assertThat(listed).as("Inbound Message flows matching the search").contains(built.flowName());
        world.screenshot("3. My existing flow");
    }

    // Steps 6-8

    @When("I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container")
    public void openPlatforms() {
        Sessions.genesysLogin(world);
        backToAdmin();
        toPlatforms();
        world.screenshot("6. Platforms");
    }

    @And("I click to create a new integration and choose Open Messaging as the type")
    public void chooseOpenMessaging() {
        Sessions.resumingGenesys(world, this::toPlatforms, () -> platforms().startOpenMessagingPlatform());
        world.screenshot("7. Open Messaging");
    }

    @And("I give it a descriptive name, the webhook URL {string} and a secret token, and press save")
    public void saveOpenMessaging(String webhookUrl) {
        SaveOnce save = new SaveOnce();
        Sessions.resumingGenesys(world, () -> {
            toPlatforms();
            platforms().startOpenMessagingPlatform();
        }, () -> savePlatform(webhookUrl, save));
    }

    private void savePlatform(String webhookUrl, SaveOnce save) {
        PlannedStep platform = convergence.check(SetupKind.PLATFORM);
        built.platformName(platform.name());
        arrange.removePlatformAfterwards(built.platformName());
        if (platform.action() == PlannedStep.Action.REUSE) {
            platforms().cancelForm();
        } else {
            if (platform.action() == PlannedStep.Action.REPAIR) {
                arrange.api().messaging().delete(platform.id().orElseThrow()); // its creation failed
            }
            boolean saved = save.save(() -> arrange.api().findOpenMessaging(built.platformName()).isPresent(), () -> {
                platforms().fillAndSave(built.platformName(), webhookUrl, world.config().orgs().openMessaging().webhookToken().reveal());
                List<String> refused = platforms().fieldErrors();
                if (!refused.isEmpty()) {
                    throw new IllegalStateException("The Open Messaging form refused " + built.platformName() + ": " + String.join("; ", refused));
                }
            });
            if (!saved) {
                platforms().cancelForm(); // an earlier attempt's Save went through
            }
        }
        // creation is asynchronous: the platform is an inbound address only once it shows Active
        platforms().waitUntilActive(built.platformName());
        world.screenshot("8. Open Messaging saved");
        convergence.record(platform, () -> arrange.platformId(built.platformName()));
    }

    @And("I fill in a descriptive name, the webhook URL {string} and the secret token {string}, and press save")
    public void saveInvalidOpenMessaging(String webhookUrl, String token) {
        built.platformName(world.name("platform"));
        arrange.removePlatformAfterwards(built.platformName());
        platforms().fillAndSave(built.platformName(), webhookUrl, token);
        built.lastMessage(String.join("\n", platforms().fieldErrors()));
        world.screenshot("8. The form refuses it");
    }

    @Then("the form shows the error {string}")
    public void formShowsError(String error) {
        assertThat(built.lastMessage()).as("errors shown in the Open Messaging form").contains(error);
    }

    // Steps 9-11

    @When("I navigate back to the Genesys Cloud CX Admin console and search for Message Routing")
    public void openMessageRouting() {
        backToAdmin();
        Sessions.renewingGenesys(world, () -> admin().searchForMessageRouting());
        routing().waitUntilListed(); // the guide's picture shows the list, not its spinner
        world.screenshot("9. Message Routing");
    }

    @And("I open up Message Routing and click to create a new message route")
    public void startMessageRoute() {
        route = convergence.check(SetupKind.ROUTE);
        if (route.action() != PlannedStep.Action.REUSE) {
            Sessions.resumingGenesys(world, this::toMessageRouting, () -> routing().startNewRoute());
        }
    }

    @And("for the Flow option I choose my message flow and for the address the platform I created")
    public void chooseFlowAndAddress() {
        if (route.action() != PlannedStep.Action.REUSE) {
            SaveOnce save = new SaveOnce();
            Sessions.resumingGenesys(world, () -> {
                toMessageRouting();
                routing().startNewRoute();
            }, () -> {
                if (!save.save(this::routedToMyFlow, () -> routing().chooseFlowAndAddressAndSave(built.flowName(), built.platformName()))) {
                    routing().cancelNewRoute(); // an earlier attempt's Save went through
                }
            });
            world.screenshot("11. Message route");
        }
        convergence.record(route, () -> arrange.recipientIdOf(built.platformName()));
    }

    private boolean routedToMyFlow() {
        return arrange.api().findOpenMessaging(built.platformName())
                .map(integration -> arrange.api().messaging().recipient(integration.getRecipient().getId()).getFlow())
                .filter(flow -> built.flowName().equals(flow.getName())).isPresent();
    }

    /**
     * Runs a step in Architect's window. When the session ends under it, logs in again there, opens
     * Architect and the flow again, redoes the unsaved edits of the earlier steps, and runs the step again.
     */
    private void inArchitect(Runnable step) {
        Sessions.resumingGenesys(world, this::backToArchitect, step);
    }

    private void backToArchitect() {
        architect = new ArchitectPage(world.ui(), world.config().timeouts().publish()).open(world.access().genesys().appsUrl());
        architect.openFlowType("Inbound Message");
        visit.redo(architect);
    }

    private static void ensureTransferToAcd(FlowEditor editor) {
        if (!editor.actionNames().contains("Transfer to ACD")) {
            editor.dragTransferToAcdUnderStart();
        }
    }

    private void toPlatforms() {
        Sessions.renewingGenesys(world, () -> admin().openPlatforms());
    }

    private void toMessageRouting() {
        Sessions.renewingGenesys(world, () -> admin().openMessageRouting());
    }

    private void backToAdmin() {
        if (architectWindow != null) {
            world.ui().closeWindowAndSwitchTo(architectWindow, adminWindow);
            architectWindow = null;
        }
    }

    private AdminNavigation admin() {
        return new AdminNavigation(world.ui(), world.access().genesys().appsUrl());
    }

    private PlatformsPage platforms() {
        return new PlatformsPage(world.ui());
    }

    private MessageRoutingPage routing() {
        return new MessageRoutingPage(world.ui());
    }
}
