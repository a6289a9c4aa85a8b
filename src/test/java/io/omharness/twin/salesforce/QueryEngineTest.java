package io.omharness.twin.salesforce;

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
        Map<String, Object> out = engine.query(org, "select name, Genesys_Id__c, Retrieved_At__c from genesys_cloud_queue__c order by Name desc limit 2", false);
        assertThat(out).containsEntry("totalSize", 2).containsEntry("done", true);
        Map<String, Object> first = records("SELECT Name, Genesys_Id__c, Retrieved_At__c FROM Genesys_Cloud_Queue__c ORDER BY Name DESC LIMIT 2", false).get(0);
        assertThat(first).containsEntry("Name", "Support").containsEntry("Genesys_Id__c", "q1")
                .containsEntry("Retrieved_At__c", "2025-03-04T05:06:07.000+0000");
        assertThat((Map<String, Object>) first.get("attributes")).containsEntry("type", "Genesys_Cloud_Queue__c");
        assertThat(((Map<?, ?>) first.get("attributes")).get("url").toString()).startsWith("/services/data/v60.0/sobjects/Genesys_Cloud_Queue__c/a0Q");
    }

    @Test
    void filtersWithEqualsLikeAndEscapedQuotes() {
        assertThat(records("SELECT Id FROM Genesys_Cloud_Queue__c WHERE Name = 'support'", false)).hasSize(1);
        assertThat(records("SELECT Id FROM Genesys_Cloud_Queue__c WHERE Name LIKE 'S%' AND Genesys_Id__c != 'q1'", false)).hasSize(1);
        assertThat(records("SELECT Name FROM Genesys_Cloud_Queue__c WHERE Name = 'O\\'Brien Team'", false)).hasSize(1);
        assertThat(records("SELECT Name, Type__c FROM Genesys_Cloud_Entity__c", false)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Type__c", "Open Messaging Integration"));
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
        for (String bad : List.of("", "DELETE FROM Genesys_Cloud_Queue__c", "SELECT FROM Genesys_Cloud_Queue__c",
                "SELECT Name FROM Genesys_Cloud_Queue__c WHERE Name = 'a' OR Name = 'b'", "SELECT COUNT() FROM Genesys_Cloud_Queue__c",
                "SELECT Name FROM Genesys_Cloud_Queue__c GROUP BY Name")) {
            assertThatThrownBy(() -> Soql.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY"));
        }
        assertThatThrownBy(() -> engine.query(org, "SELECT Name FROM Account", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_TYPE"));
        assertThatThrownBy(() -> engine.query(org, "SELECT Colour__c FROM Genesys_Cloud_Queue__c", false))
                .isInstanceOfSatisfying(SoqlException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_FIELD"));
    }
}
