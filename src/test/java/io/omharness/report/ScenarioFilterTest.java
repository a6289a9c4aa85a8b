package io.omharness.report;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioFilterTest {

    @Test
    void keepsScenariosWhoseTagsMatchAndWhoseNameContainsTheText() {
        TestDescriptor retrieve = scenario("1-4. Retrieve Options syncs the queue", "salesforce");
        TestDescriptor smoke = scenario("The sandbox serves its home page", "smoke");

        ScenarioFilter tags = new ScenarioFilter("@salesforce and not @wip", "");
        assertThat(tags.apply(retrieve).included()).isTrue();
        assertThat(tags.apply(smoke).excluded()).isTrue();

        ScenarioFilter name = new ScenarioFilter("", "retrieve options");
        assertThat(name.apply(retrieve).included()).isTrue();
        assertThat(name.apply(smoke).excluded()).isTrue();
    }

    @Test
    void leavesOtherEnginesAndContainersAlone() {
        ScenarioFilter filter = new ScenarioFilter("@salesforce", "nothing matches this");
        TestDescriptor jupiter = new Leaf(UniqueId.forEngine("junit-jupiter").append("method", "x"), "x", Set.of());
        assertThat(filter.apply(jupiter).included()).isTrue();
    }

    private static TestDescriptor scenario(String name, String tag) {
        return new Leaf(UniqueId.forEngine("cucumber").append("feature", "f").append("pickle", name), name,
                Set.of(TestTag.create(tag)));
    }

    private static final class Leaf extends AbstractTestDescriptor {
        private final Set<TestTag> tags;

        Leaf(UniqueId id, String name, Set<TestTag> tags) {
            super(id, name);
            this.tags = tags;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }

        @Override
        public Set<TestTag> getTags() {
            return tags;
        }
    }
}
