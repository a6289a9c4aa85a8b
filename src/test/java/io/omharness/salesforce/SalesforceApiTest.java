package io.omharness.salesforce;

import io.omharness.config.Secret;
import io.omharness.target.OrgAccess;
import io.omharness.control.TwinControl;
import io.omharness.control.TenantOptions;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.TenantSettings;
import io.omharness.twin.salesforce.SalesforceObjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness REST client against the twin: token, SOQL, Tooling API, real error shapes. */
class SalesforceApiTest {
    private static SandboxServer sandbox;
    private static OrgAccess access;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(3, 0, TenantSettings::new);
        access = new TwinControl(sandbox.urls().genesys()).createTenant();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void queriesWithAPasswordFlowToken() {
        SalesforceApi api = new SalesforceApi(access.salesforce(), "v60.0");
        assertThat(api.token().instanceUrl()).isEqualTo(sandbox.urls().salesforce());
        assertThat(api.token().toString()).doesNotContain(api.token().accessToken());
        SalesforceApi.QueryResult none = api.query("SELECT Name FROM Genesys_Cloud_Queue__c");
        assertThat(none.totalSize()).isZero();
        assertThat(none.done()).isTrue();
        assertThat(api.toolingQuery("SELECT SubscriberPackage.Name FROM InstalledSubscriberPackage").values("SubscriberPackage.Name"))
                .contains(SalesforceObjects.PACKAGE_NAME);
    }

    @Test
    void malformedQueriesAnswer400WithTheErrorCode() {
        SalesforceApi api = new SalesforceApi(access.salesforce(), "v60.0");
        assertThatThrownBy(() -> api.query("SELECT Name FROM Genesys_Cloud_Queue__c GROUP BY Name"))
                .isInstanceOfSatisfying(SalesforceApi.SalesforceApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("\"errorCode\":\"MALFORMED_QUERY\"");
                });
    }

    @Test
    void queriesGoToTheConfiguredApiVersion() {
        assertThat(new SalesforceApi(access.salesforce(), "v61.0").query("SELECT Name FROM Genesys_Cloud_Queue__c").done()).isTrue();
        assertThatThrownBy(() -> new SalesforceApi(access.salesforce(), "latest").query("SELECT Name FROM Genesys_Cloud_Queue__c"))
                .isInstanceOfSatisfying(SalesforceApi.SalesforceApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aWrongPasswordIsInvalidGrantAndNoTokenIsInvalidSession() throws Exception {
        OrgAccess.Salesforce wrong = new OrgAccess.Salesforce(access.salesforce().loginUrl(), access.salesforce().setupUrl(),
                access.salesforce().username(), Secret.of("wrong-password"));
        assertThatThrownBy(() -> new SalesforceApi(wrong, "v60.0").token()).hasMessageContaining("invalid_grant");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                sandbox.urls().salesforce() + "/services/data/v60.0/query?q=SELECT+Name+FROM+Genesys_Cloud_Queue__c")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("INVALID_SESSION_ID");
    }

    @Test
    void noVerificationCodeIsPendingBeforeALogin() {
        TwinControl client = new TwinControl(sandbox.urls().genesys());
        assertThatThrownBy(() -> client.verificationCode(access.sandboxTenantId().orElseThrow())).hasMessageContaining("404");
    }
}
