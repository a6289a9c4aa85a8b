package io.omharness.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.omharness.genesys.AppLinks;
import io.omharness.report.CreatedObjects;
import io.omharness.report.CreatedObjects.CreatedObject;

import java.util.ArrayList;
import java.util.List;

/** Links the report to what the scenario created (before the clean-up removes it). */
public class ReportHooks {
    private final World world;
    private final GuideObjects built;

    public ReportHooks(World world, GuideObjects built) {
        this.world = world;
        this.built = built;
    }

    @After(order = 500)
    public void linkCreatedObjects(Scenario scenario) {
        if (!world.hasBrowser()) {
            return;
        }
        AppLinks links = new AppLinks(world.access().genesys().appsUrl());
        List<CreatedObject> created = new ArrayList<>();
        // only what the scenario proved exists (an id came back): a refused form leaves a name and no id
        if (built.queueIdIfKnown().isPresent()) {
            created.add(new CreatedObject("Queue", built.queueName(), built.queueId(), links.queue(built.queueId()), 0, 1));
        }
        if (built.flowIdIfKnown().isPresent()) {
            created.add(new CreatedObject("Inbound Message flow", built.flowName(), built.flowId(),
                    links.inboundMessageFlow(built.flowId()), 0, 3));
        }
        if (built.integrationIdIfKnown().isPresent()) {
            created.add(new CreatedObject("Open Messaging integration", built.platformName(), built.integrationId(),
                    links.platforms(), 0, 8));
        }
        if (built.recipientIdIfKnown().isPresent()) {
            created.add(new CreatedObject("Message route (recipient)", built.platformName(), built.recipientId(),
                    links.messageRouting(), 0, 11));
        }
        if (!created.isEmpty()) {
            scenario.attach(CreatedObjects.record(created), "application/json", CreatedObjects.ATTACHMENT);
        }
    }
}
