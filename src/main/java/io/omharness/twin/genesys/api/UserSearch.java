package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.omharness.twin.genesys.org.GenesysOrg;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Page;
import io.omharness.twin.genesys.model.User;
import io.omharness.twin.genesys.model.Users;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** POST /api/v2/users/search: {query: [{type, fields, value}], pageSize, pageNumber} → UsersSearchResponse. */
final class UserSearch {
    private UserSearch() {
    }

    static Map<String, Object> answer(GenesysOrg org, JsonNode body) {
        List<Users.Criterion> criteria = new ArrayList<>();
        for (JsonNode q : body.path("query")) {
            List<String> fields = new ArrayList<>();
            q.path("fields").forEach(f -> fields.add(f.asText()));
            if (q.hasNonNull("field")) {
                fields.add(q.get("field").asText());
            }
            if (fields.isEmpty()) {
                throw GenesysError.badRequest("Each search criterion needs fields.");
            }
            criteria.add(new Users.Criterion(q.path("type").asText("EXACT").toUpperCase(Locale.ROOT), fields,
                    q.path("value").asText(null)));
        }
        if (criteria.isEmpty()) {
            throw GenesysError.badRequest("The search needs at least one query criterion.");
        }
        List<User.UserJson> found = org.users().search(criteria).stream().map(u -> u.json(org.division())).toList();
        Integer size = body.hasNonNull("pageSize") ? body.get("pageSize").asInt() : null;
        Integer number = body.hasNonNull("pageNumber") ? body.get("pageNumber").asInt() : null;
        Page<User.UserJson> page = Page.of(found, size, number, "/api/v2/users/search");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", page.total());
        out.put("pageCount", page.pageCount());
        out.put("pageSize", page.pageSize());
        out.put("pageNumber", page.pageNumber());
        out.put("types", List.of("users"));
        out.put("results", page.entities());
        return out;
    }
}
