package io.omharness.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.omharness.report.Evidence;
import io.omharness.ui.Locator;

import static org.assertj.core.api.Assertions.assertThat;

/** The smoke check: the embedded sandbox serves a page a real browser can read. */
public class SmokeSteps {
    private final World world;

    public SmokeSteps(World world) {
        this.world = world;
    }

    @When("I open the sandbox home page")
    public void openSandboxHome() {
        String url = world.run().twinControl().orElseThrow(() ->
                new IllegalStateException("The smoke scenario needs the embedded sandbox (profile sandbox or ci)"))
                .homeUrl();
        world.ui().open(url);
    }

    @Then("I see the heading {string}")
    public void seeHeading(String heading) {
        String shown = world.ui().text(Locator.heading(heading));
        assertThat(shown).as("heading on %s", world.ui().currentUrl()).isEqualTo(heading);
        Evidence.screenshot(world.browser().driver(), "Sandbox home");
    }
}
