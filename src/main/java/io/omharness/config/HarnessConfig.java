package io.omharness.config;

import java.time.Duration;

/** The validated, typed configuration of one run. Built once by {@link ConfigLoader}. */
public record HarnessConfig(
        String profile,
        Target target,
        String namePrefix,
        String runId,
        boolean keep,
        boolean reuse,
        int parallelism,
        Timeouts timeouts,
        BrowserSettings browser,
        SandboxSettings sandbox,
        OrgSettings orgs) {

    /**
     * consistency: how long a real org's lists may lag behind a create, change or delete; an object
     * missing from a list is believed absent only after that long.
     */
    public record Timeouts(Duration ui, Duration publish, Duration sync, Duration poll, Duration consistency) {
    }

    /** The same configuration with harness.keep set (setup keeps what it builds on real orgs unless told otherwise). */
    public HarnessConfig withKeep(boolean keepCreated) {
        return new HarnessConfig(profile, target, namePrefix, runId, keepCreated, reuse, parallelism, timeouts, browser,
                sandbox, orgs);
    }

    /** The same configuration with harness.reuse set (setup converges on what its run id already built). */
    public HarnessConfig withReuse(boolean reuseExisting) {
        return new HarnessConfig(profile, target, namePrefix, runId, keep, reuseExisting, parallelism, timeouts, browser,
                sandbox, orgs);
    }

    /** The name of something this run creates: {@code <prefix>-<runId>-<what>}. */
    public String nameFor(String what) {
        return namePrefix + "-" + runId + "-" + what;
    }

    public boolean isSandbox() {
        return target == Target.SANDBOX;
    }
}
