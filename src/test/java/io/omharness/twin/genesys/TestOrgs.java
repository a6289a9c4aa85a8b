package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import io.omharness.twin.core.TenantSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Orgs for model tests: fast async durations and a clock the test moves. */
final class TestOrgs {
    private TestOrgs() {
    }

    static TenantSettings fastSettings() {
        TenantSettings settings = new TenantSettings();
        settings.publishDuration = Duration.ofMillis(100);
        settings.integrationCreateDuration = Duration.ofMillis(100);
        settings.sessionLifetime = Duration.ofMinutes(5);
        return settings;
    }

    static GenesysOrg org(TenantSettings settings, Clock clock) {
        return new GenesysOrg("acme", "admin-password-1", "client-secret-123456", settings, clock);
    }

    static GenesysOrg org() {
        return org(fastSettings(), Clock.systemUTC());
    }

    /** A clock that stands still until the test advances it. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
