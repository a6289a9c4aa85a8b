package io.omharness.twin.salesforce.api;

import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.org.SalesforceOrg;
import io.omharness.twin.salesforce.model.InstalledPackage;
import io.omharness.twin.salesforce.model.SyncedRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the SOQL subset over the org: the package's record objects through /query, and
 * InstalledSubscriberPackage through /tooling/query (as in real orgs, where it is a Tooling API object).
 * Answers have the real shape: {totalSize, done, records: [{attributes: {type, url}, ...}]}. The package's
 * objects and custom fields exist only under their namespaced API names ({@code <ns>__…__c}), as in real orgs.
 */
public final class QueryEngine {
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final List<String> PACKAGE_FIELDS = List.of("Id", "SubscriberPackageId", "SubscriberPackageVersionId",
            "SubscriberPackage.Name", "SubscriberPackage.NamespacePrefix", "SubscriberPackageVersion.Name",
            "SubscriberPackageVersion.MajorVersion", "SubscriberPackageVersion.MinorVersion");

    public Map<String, Object> query(SalesforceOrg org, String text, boolean tooling) {
        Soql soql = Soql.parse(text);
        String local = tooling ? soql.object() : SalesforceObjects.local(org.namespace(), soql.object());
        String internal = local == null ? null : SalesforceObjects.canonical(local);
        boolean supported = internal != null && (tooling ? SalesforceObjects.PACKAGE_OBJECT.equals(internal)
                : SalesforceObjects.isRecordObject(internal));
        if (!supported) {
            throw new SoqlException("INVALID_TYPE", "sObject type '" + soql.object() + "' is not supported. If you are "
                    + "attempting to use a custom object, be sure to append the '__c' after the entity name. Please "
                    + "reference your WSDL or the describe call for the appropriate names.");
        }
        String object = tooling ? internal : org.apiName(internal);
        List<Row> rows = tooling ? packageRows(org) : recordRows(org, internal);
        List<String> known = tooling ? PACKAGE_FIELDS : SalesforceObjects.RECORD_FIELDS.stream()
                .map(f -> f.endsWith("__c") ? org.apiName(f) : f).toList();
        List<String> fields = soql.fields().stream().map(f -> resolve(f, known, object)).toList();
        List<Row> matching = new ArrayList<>();
        for (Row row : rows) {
            if (soql.where().stream().allMatch(c -> c.test(row.values().get(resolve(c.field(), known, object))))) {
                matching.add(row);
            }
        }
        if (soql.orderBy() != null) {
            String key = resolve(soql.orderBy(), known, object);
            Comparator<Row> order = Comparator.comparing(r -> String.valueOf(r.values().get(key)), String.CASE_INSENSITIVE_ORDER);
            matching.sort(soql.descending() ? order.reversed() : order);
        }
        if (soql.limit() != null && matching.size() > soql.limit()) {
            matching = matching.subList(0, soql.limit());
        }
        List<Map<String, Object>> records = matching.stream().map(r -> shape(r, fields, tooling)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("totalSize", records.size());
        out.put("done", true);
        out.put("records", records);
        return out;
    }

    private static String resolve(String field, List<String> known, String object) {
        return known.stream().filter(k -> k.equalsIgnoreCase(field)).findFirst().orElseThrow(() ->
                new SoqlException("INVALID_FIELD", "No such column '" + field + "' on entity '" + object + "'. If you are "
                        + "attempting to use a custom field, be sure to append the '__c' after the custom field name. "
                        + "Please reference your WSDL or the describe call for the appropriate names."));
    }

    private static Map<String, Object> shape(Row row, List<String> fields, boolean tooling) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", attributes(row.type(), row.id(), tooling));
        for (String field : fields) {
            int dot = field.indexOf('.');
            if (dot < 0) {
                record.put(field, row.values().get(field));
                continue;
            }
            String relation = field.substring(0, dot);
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) record.computeIfAbsent(relation, r ->
                    new LinkedHashMap<>(Map.of("attributes", attributes(r, String.valueOf(row.values().get(r + "Id")), tooling))));
            nested.put(field.substring(dot + 1), row.values().get(field));
        }
        return record;
    }

    private static Map<String, Object> attributes(String type, String id, boolean tooling) {
        String base = "/services/data/" + SalesforceObjects.API_VERSION + (tooling ? "/tooling" : "") + "/sobjects/";
        return Map.of("type", type, "url", base + type + "/" + id);
    }

    private static List<Row> recordRows(SalesforceOrg org, String object) {
        List<Row> rows = new ArrayList<>();
        for (SyncedRecord r : org.records().of(object)) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Id", r.id());
            v.put("Name", r.name());
            v.put(org.apiName(SalesforceObjects.FIELD_GENESYS_ID), r.genesysId());
            v.put(org.apiName(SalesforceObjects.FIELD_TYPE), r.type());
            v.put(org.apiName(SalesforceObjects.FIELD_RETRIEVED_AT), datetime(r.retrievedAt()));
            v.put("CreatedDate", datetime(r.created()));
            v.put("LastModifiedDate", datetime(r.modified()));
            rows.add(new Row(org.apiName(object), r.id(), v));
        }
        return rows;
    }

    private static List<Row> packageRows(SalesforceOrg org) {
        List<Row> rows = new ArrayList<>();
        for (InstalledPackage p : org.packages()) {
            String[] version = p.versionNumber().split("\\.");
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("Id", p.id());
            v.put("SubscriberPackageId", "033" + p.id().substring(3));
            v.put("SubscriberPackageVersionId", p.versionId());
            v.put("SubscriberPackage.Name", p.name());
            v.put("SubscriberPackage.NamespacePrefix", p.namespace());
            v.put("SubscriberPackageVersion.Name", p.versionName());
            v.put("SubscriberPackageVersion.MajorVersion", Integer.parseInt(version[0]));
            v.put("SubscriberPackageVersion.MinorVersion", version.length > 1 ? Integer.parseInt(version[1]) : 0);
            rows.add(new Row(SalesforceObjects.PACKAGE_OBJECT, p.id(), v));
        }
        return rows;
    }

    static String datetime(Instant instant) {
        return DATETIME.format(instant);
    }

    private record Row(String type, String id, Map<String, Object> values) {
    }
}
