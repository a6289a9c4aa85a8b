package io.omharness.salesforce;

import io.omharness.config.Secret;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.twin.salesforce.SalesforceObjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness REST client against the twin: token, SOQL, Tooling API, real error shapes. */
class SalesforceApiTest {
    private static TwinFixture twin;
    private static OrgAccess access;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withoutBrowser(3, TenantOptions.defaults());
        access = twin.access();
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    @Test
    void queriesWithAPasswordFlowToken() {
        SalesforceApi api = new SalesforceApi(access.salesforce());
        assertThat(api.token().instanceUrl()).isEqualTo(twin.urls().salesforce());
        assertThat(api.token().toString()).doesNotContain(api.token().accessToken());
        SalesforceApi.QueryResult none = api.query("SELECT Name FROM Genesys_Cloud_Queue__c");
        assertThat(none.totalSize()).isZero();
        assertThat(none.done()).isTrue();
        assertThat(api.toolingQuery("SELECT SubscriberPackage.Name FROM InstalledSubscriberPackage").values("SubscriberPackage.Name"))
                .contains(SalesforceObjects.PACKAGE_NAME);
    }

    @Test
    void malformedQueriesAnswer400WithTheErrorCode() {
        SalesforceApi api = new SalesforceApi(access.salesforce());
        assertThatThrownBy(() -> api.query("SELECT Name FROM Genesys_Cloud_Queue__c GROUP BY Name"))
                .isInstanceOfSatisfying(SalesforceApi.SalesforceApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("\"errorCode\":\"MALFORMED_QUERY\"");
                });
    }

    @Test
    void aWrongPasswordIsInvalidGrantAndNoTokenIsInvalidSession() throws Exception {
        OrgAccess.Salesforce wrong = new OrgAccess.Salesforce(access.salesforce().loginUrl(), access.salesforce().setupUrl(),
                access.salesforce().username(), Secret.of("wrong-password"));
        assertThatThrownBy(() -> new SalesforceApi(wrong).token()).hasMessageContaining("invalid_grant");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                twin.urls().salesforce() + "/services/data/v60.0/query?q=SELECT+Name+FROM+Genesys_Cloud_Queue__c")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("INVALID_SESSION_ID");
    }

    @Test
    void noVerificationCodeIsPendingBeforeALogin() {
        assertThatThrownBy(() -> twin.control().verificationCode(twin.tenantId())).hasMessageContaining("404");
    }
}
