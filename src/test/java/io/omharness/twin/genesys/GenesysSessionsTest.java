package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import io.omharness.twin.core.TenantSettings;
import io.omharness.twin.genesys.auth.Sessions;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GenesysSessionsTest {
    private final TestOrgs.MovableClock clock = new TestOrgs.MovableClock();
    private final TenantSettings settings = TestOrgs.fastSettings();
    private final GenesysOrg org = TestOrgs.org(settings, clock);

    @Test
    void onlyTheAdminLogsInWithTheRightPassword() {
        assertThat(org.users().authenticate("ADMIN@acme.example.com", "admin-password-1")).isPresent();
        assertThat(org.users().authenticate("admin@acme.example.com", "wrong")).isEmpty();
        assertThat(org.users().authenticate("avery.agent@acme.example.com", null)).isEmpty();
    }

    @Test
    void aSessionExpiresItsLifetimeAfterLogin() {
        settings.sessionLifetime = Duration.ofMinutes(10);
        String id = org.sessions().open(org.admin().id());
        clock.advance(Duration.ofMinutes(8));
        assertThat(org.sessions().use(id)).contains(org.admin().id());
        assertThat(org.sessions().state(id)).isEqualTo(Sessions.State.ACTIVE);
        clock.advance(Duration.ofMinutes(3));
        assertThat(org.sessions().use(id)).isEmpty();
        assertThat(org.sessions().state(id)).isEqualTo(Sessions.State.EXPIRED);
        org.sessions().close(id);
        assertThat(org.sessions().state(id)).isEqualTo(Sessions.State.UNKNOWN);
    }

    @Test
    void tokensNeedTheRightClientSecretAndExpire() {
        assertThat(org.oauth().issue(org.clientId(), "nope")).isEmpty();
        assertThat(org.oauth().issue("other", "client-secret-123456")).isEmpty();
        String token = org.oauth().issue(org.clientId(), "client-secret-123456").orElseThrow().accessToken();
        assertThat(org.oauth().valid(token)).isTrue();
        assertThat(org.oauth().issue(org.clientId(), "client-secret-123456").toString()).doesNotContain(token);
        clock.advance(Duration.ofHours(25));
        assertThat(org.oauth().valid(token)).isFalse();
    }
}
