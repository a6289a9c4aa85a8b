package io.omharness.config;

import java.time.Duration;
import java.util.Optional;

/** The embedded twin: DOM seed, navigation style, Salesforce settings UI (package | app), port, and the faults it injects. */
public record SandboxSettings(
        Optional<Long> seed,
        String navigation,
        String salesforceUi,
        int port,
        boolean identityVerification,
        Duration sessionLifetime,
        Faults faults) {

    public record Faults(Duration latency, Duration jitter, double transientErrorRate,
                         Duration publishDuration, Duration integrationCreateDuration, Duration consistencyLag) {
    }
}
