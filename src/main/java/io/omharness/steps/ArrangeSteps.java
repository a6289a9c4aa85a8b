package io.omharness.steps;

import io.cucumber.java.en.Given;

import java.util.List;
import org.opentest4j.TestAbortedException;

/** Given steps: what earlier steps of the guide would have built, arranged through the API. */
public class ArrangeSteps {
    private final Arrange arrange;
    private final GuideObjects built;

    public ArrangeSteps(Arrange arrange, GuideObjects built) {
        this.arrange = arrange;
        this.built = built;
    }

    /** The guide's "If not": when the user already is in a queue (a real org), step 1 has nothing to do. */
    @Given("my user is not a part of any queue")
    public void myUserInNoQueue() {
        String me = arrange.myUserName();
        List<String> queues = arrange.api().listAllQueues().stream()
                .filter(q -> arrange.api().memberNamesIfExists(q.getId()).contains(me)).map(q -> q.getName()).toList();
        if (!queues.isEmpty()) {
            throw new TestAbortedException(me + " is already part of " + queues + ": step 1 has nothing to do");
        }
    }

    @Given("my user is a member of a queue")
    public void myUserInAQueue() {
        arrange.queueWithMyUser();
    }

    @Given("a published Inbound Message flow that transfers to my queue")
    public void publishedFlow() {
        arrange.publishedFlowToMyQueue();
    }

    @Given("an Open Messaging platform")
    public void openMessagingPlatform() {
        arrange.openMessagingPlatform();
    }

    @Given("a queue with my user, a published Inbound Message flow to it, an Open Messaging platform and a message route")
    public void wholeGenesysSide() {
        arrange.publishedFlowToMyQueue();
        arrange.openMessagingPlatform();
        arrange.messageRoute();
    }
}
