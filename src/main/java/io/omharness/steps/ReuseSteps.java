package io.omharness.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting up twice with the same run id: the second pass must reuse the queue, the flow (the guide's
 * "if you already have a flow you'd like to use, skip ahead to Step 6"), the platform and the route.
 */
public class ReuseSteps {
    private final World world;
    private final GuideObjects built;
    private final Arrange arrange;
    private List<String> firstIds;

    public ReuseSteps(World world, GuideObjects built, Arrange arrange) {
        this.world = world;
        this.built = built;
        this.arrange = arrange;
    }

    @Given("the harness reuses what this run already built")
    public void reuse() {
        world.reuseWhatThisRunBuilt();
    }

    @When("I note the ids of this run's queue, flow and platform")
    public void noteIds() {
        firstIds = idsOfThisRun();
    }

    @Then("there is still exactly one queue, flow, platform and route of this run, the same as before")
    public void nothingTwice() {
        assertThat(idsOfThisRun()).as("ids of the queue, flow and integration named for this run").isEqualTo(firstIds);
        assertThat(arrange.api().recipient(arrange.recipientIdOf(built.platformName())).getFlow().getName())
                .as("flow of the route").isEqualTo(built.flowName());
    }

    /** The ids of everything named for this run; a duplicate would add one. */
    private List<String> idsOfThisRun() {
        List<String> ids = new java.util.ArrayList<>();
        arrange.api().listAllQueues().stream().filter(q -> q.getName().equals(built.queueName())).forEach(q -> ids.add(q.getId()));
        arrange.api().listAllInboundMessageFlows().stream().filter(f -> f.getName().equals(built.flowName())).forEach(f -> ids.add(f.getId()));
        arrange.api().listAllOpenMessaging().stream().filter(i -> i.getName().equals(built.platformName())).forEach(i -> ids.add(i.getId()));
        assertThat(ids).as("queue, flow and integration of this run").hasSize(3);
        return ids;
    }
}
