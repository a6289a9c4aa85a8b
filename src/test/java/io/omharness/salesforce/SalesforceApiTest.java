package io.omharness.salesforce;

import io.omharness.config.Secret;
import io.omharness.target.SalesforceAuth;
import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.model.ConnectedApp;
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

    private static OrgAccess.Salesforce with(OrgAccess.Salesforce s, SalesforceAuth api, Secret password) {
        return new OrgAccess.Salesforce(s.loginUrl(), s.setupUrl(), s.username(), password, api);
    }

    @Test
    void theJwtBearerFlowIsTheDefaultAndWorks() {
        assertThat(access.salesforce().api().flow()).isEqualTo(SalesforceAuth.Flow.JWT);
        assertThat(new SalesforceApi(access.salesforce(), "v60.0").query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c").done()).isTrue();
    }

    @Test
    void theClientCredentialsFlowWorks() {
        OrgAccess.Salesforce s = access.salesforce();
        SalesforceApi api = new SalesforceApi(with(s, s.api().withFlow(SalesforceAuth.Flow.CLIENT_CREDENTIALS), s.password()), "v60.0");
        assertThat(api.token().instanceUrl()).isEqualTo(twin.urls().salesforce());
    }

    @Test
    void thePasswordFlowIsBlockedInANewOrgAndSaysWhatToDo() {
        OrgAccess.Salesforce s = access.salesforce();
        SalesforceApi api = new SalesforceApi(with(s, s.api().withFlow(SalesforceAuth.Flow.PASSWORD), s.password()), "v60.0");
        assertThatThrownBy(api::token).hasMessageContaining("invalid_grant: authentication failure")
                .hasMessageContaining("Allow OAuth Username-Password Flows")
                .hasMessageNotContaining(s.password().reveal()).hasMessageNotContaining(s.api().consumerSecret().reveal());
    }

    @Test
    void thePasswordFlowNeedsTheSecurityTokenWhereTheOrgAllowsIt() {
        OrgAccess allowing = twin.control()
                .createTenant(TenantOptions.defaults().salesforcePasswordFlow(true));
        OrgAccess.Salesforce s = allowing.salesforce();
        SalesforceAuth password = s.api().withFlow(SalesforceAuth.Flow.PASSWORD);
        assertThat(new SalesforceApi(with(s, password, s.password()), "v60.0").token().instanceUrl()).isNotBlank();
        SalesforceAuth noToken = new SalesforceAuth(SalesforceAuth.Flow.PASSWORD, password.consumerKey(),
                password.consumerSecret(), password.privateKeyPem(), Secret.of(""), password.audience());
        assertThatThrownBy(() -> new SalesforceApi(with(s, noToken, s.password()), "v60.0").token()).hasMessageContaining("invalid_grant");
    }

    @Test
    void aJwtSignedWithAnotherKeyOrForAnotherAppIsRefused() {
        OrgAccess.Salesforce s = access.salesforce();
        Secret otherKey = Secret.of(new ConnectedApp(ConnectedApp.newCertificate()).privateKeyPem());
        SalesforceAuth wrongKey = new SalesforceAuth(SalesforceAuth.Flow.JWT, s.api().consumerKey(), s.api().consumerSecret(),
                otherKey, s.api().securityToken(), s.api().audience());
        assertThatThrownBy(() -> new SalesforceApi(with(s, wrongKey, s.password()), "v60.0").token())
                .hasMessageContaining("invalid_grant: invalid assertion").hasMessageContaining("certificate");
        SalesforceAuth unknownApp = new SalesforceAuth(SalesforceAuth.Flow.JWT, "3MVG9unknown", s.api().consumerSecret(),
                s.api().privateKeyPem(), s.api().securityToken(), s.api().audience());
        assertThatThrownBy(() -> new SalesforceApi(with(s, unknownApp, s.password()), "v60.0").token())
                .hasMessageContaining("invalid_client_id");
    }

    @Test
    void queriesWithAToken() {
        SalesforceApi api = new SalesforceApi(access.salesforce(), "v60.0");
        assertThat(api.token().instanceUrl()).isEqualTo(twin.urls().salesforce());
        assertThat(api.token().toString()).doesNotContain(api.token().accessToken());
        SalesforceApi.QueryResult none = api.query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c");
        assertThat(none.totalSize()).isZero();
        assertThat(none.done()).isTrue();
        assertThat(api.toolingQuery("SELECT SubscriberPackage.Name FROM InstalledSubscriberPackage").values("SubscriberPackage.Name"))
                .contains(SalesforceObjects.PACKAGE_NAME);
    }

    @Test
    void malformedQueriesAnswer400WithTheErrorCode() {
        SalesforceApi api = new SalesforceApi(access.salesforce(), "v60.0");
        assertThatThrownBy(() -> api.query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c GROUP BY Name"))
                .isInstanceOfSatisfying(SalesforceApi.SalesforceApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("\"errorCode\":\"MALFORMED_QUERY\"");
                });
    }

    @Test
    void queriesGoToTheConfiguredApiVersion() {
        assertThat(new SalesforceApi(access.salesforce(), "v61.0").query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c").done()).isTrue();
        assertThatThrownBy(() -> new SalesforceApi(access.salesforce(), "latest").query("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c"))
                .isInstanceOfSatisfying(SalesforceApi.SalesforceApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aWrongPasswordIsInvalidGrantAndNoTokenIsInvalidSession() throws Exception {
        OrgAccess.Salesforce s = access.salesforce();
        OrgAccess.Salesforce wrong = with(s, s.api().withFlow(SalesforceAuth.Flow.PASSWORD), Secret.of("wrong-password"));
        assertThatThrownBy(() -> new SalesforceApi(wrong, "v60.0").token()).hasMessageContaining("invalid_grant");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                twin.urls().salesforce() + "/services/data/v60.0/query?q=SELECT+Name+FROM+gcxr__Genesys_Cloud_Queue__c")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("INVALID_SESSION_ID");
    }

    @Test
    void noVerificationCodeIsPendingBeforeALogin() {
        assertThatThrownBy(() -> twin.control().verificationCode(twin.tenantId())).hasMessageContaining("404");
    }
}
