package io.omharness.twin.salesforce;

import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.org.SalesforceOrg;

import io.omharness.twin.salesforce.api.QueryEngine;
import io.omharness.twin.salesforce.api.Soql;
import io.omharness.twin.salesforce.api.SoqlException;
import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.GenesysSnapshot.Entity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryEngineTest {
    private final SalesforceOrg org = new SalesforceOrg("acme", "pw");
    private final QueryEngine engine = new QueryEngine();

    QueryEngineTest() {
        org.records().mirror(new GenesysSnapshot(List.of(new Entity("q1", "Support"), new Entity("q2", "Sales"),
                new Entity("q3", "O'Brien Team")), List.of(new Entity("i1", "Web Chat"))), Instant.parse("2025-03-04T05:06:07Z"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> records(String soql, boolean tooling) {
        return (List<Map<String, Object>>) engine.query(org, soql, tooling).get("records");
    }

    @Test
    void selectsFieldsWithTheRealShape() {
        Map<String, Object> out = engine.query(org, "select name, gcxr__Genesys_Id__c, gcxr__Retrieved_At__c from gcxr__genesys_cloud_queue__c order by Name desc limit 2", false);
        assertThat(out).containsEntry("totalSize", 2).containsEntry("done", true);
        Map<String, Object> first = records("SELECT Name, gcxr__Genesys_Id__c, gcxr__Retrieved_At__c FROM gcxr__Genesys_Cloud_Queue__c ORDER BY Name DESC LIMIT 2", false).get(0);
        assertThat(first).containsEntry("Name", "Support").containsEntry("gcxr__Genesys_Id__c", "q1")
                .containsEntry("gcxr__Retrieved_At__c", "2025-03-04T05:06:07.000+0000");
        assertThat((Map<String, Object>) first.get("attributes")).containsEntry("type", "gcxr__Genesys_Cloud_Queue__c");
        assertThat(((Map<?, ?>) first.get("attributes")).get("url").toString()).startsWith("/services/data/v60.0/sobjects/gcxr__Genesys_Cloud_Queue__c/a0Q");
    }

    @Test
    void filtersWithEqualsLikeAndEscapedQuotes() {
        assertThat(records("SELECT Id FROM gcxr__Genesys_Cloud_Queue__c WHERE Name = 'support'", false)).hasSize(1);
        assertThat(records("SELECT Id FROM gcxr__Genesys_Cloud_Queue__c WHERE Name LIKE 'S%' AND gcxr__Genesys_Id__c != 'q1'", false)).hasSize(1);
        assertThat(records("SELECT Name FROM gcxr__Genesys_Cloud_Queue__c WHERE Name = 'O\\'Brien Team'", false)).hasSize(1);
        assertThat(records("SELECT Name, gcxr__Type__c FROM gcxr__Genesys_Cloud_Entity__c", false)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("gcxr__Type__c", "Open Messaging Integration"));
    }

    @Test
    void installedPackagesComeFromTheToolingApiWithRelationshipFields() {
        List<Map<String, Object>> rows = records("SELECT SubscriberPackage.Name, SubscriberPackageVersion.MajorVersion FROM "
                + "InstalledSubscriberPackage WHERE SubscriberPackage.NamespacePrefix = 'gcxr'", true);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat((Map<String, Object>) r.get("SubscriberPackage")).containsEntry("Name", SalesforceObjects.PACKAGE_NAME);
            assertThat((Map<String, Object>) r.get("SubscriberPackageVersion")).containsEntry("MajorVersion", 2);
        });
        assertThatThrownBy(() -> engine.query(org, "SELECT Id FROM InstalledSubscriberPackage", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_TYPE"));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        for (String bad : List.of("", "DELETE FROM gcxr__Genesys_Cloud_Queue__c", "SELECT FROM gcxr__Genesys_Cloud_Queue__c",
                "SELECT Name FROM gcxr__Genesys_Cloud_Queue__c WHERE Name = 'a' OR Name = 'b'", "SELECT COUNT() FROM gcxr__Genesys_Cloud_Queue__c",
                "SELECT Name FROM gcxr__Genesys_Cloud_Queue__c GROUP BY Name")) {
            assertThatThrownBy(() -> Soql.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY"));
        }
        assertThatThrownBy(() -> engine.query(org, "SELECT Name FROM Account", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_TYPE"));
        assertThatThrownBy(() -> engine.query(org, "SELECT Colour__c FROM gcxr__Genesys_Cloud_Queue__c", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_FIELD"));
    }

    @Test
    void thePackagesObjectsAndFieldsExistOnlyUnderTheirNamespace() {
        assertThatThrownBy(() -> engine.query(org, "SELECT Name FROM Genesys_Cloud_Queue__c", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_TYPE"));
        assertThatThrownBy(() -> engine.query(org, "SELECT Genesys_Id__c FROM gcxr__Genesys_Cloud_Queue__c", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_FIELD"));

        org.namespace("genesysext");
        assertThat(records("SELECT Name, genesysext__Genesys_Id__c FROM genesysext__Genesys_Cloud_Queue__c WHERE Name = 'Sales'", false))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("genesysext__Genesys_Id__c", "q2"));
        assertThatThrownBy(() -> engine.query(org, "SELECT Name FROM gcxr__Genesys_Cloud_Queue__c", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_TYPE"));
        assertThat(org.packages()).filteredOn(p -> p.name().equals(SalesforceObjects.PACKAGE_NAME)).singleElement()
                .satisfies(p -> assertThat(p.namespace()).isEqualTo("genesysext"));
    }
}
