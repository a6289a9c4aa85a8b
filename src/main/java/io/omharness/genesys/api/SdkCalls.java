package io.omharness.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs SDK calls with readable failures, and reads every page of a listing. */
final class SdkCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SdkCalls() {
    }

    @FunctionalInterface
    interface SdkCall<T> {
        T call() throws IOException, ApiException;
    }

    @FunctionalInterface
    interface SdkAction {
        void run() throws IOException, ApiException;
    }

    static <T> T call(String what, SdkCall<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw new GenesysApiException(what + " failed with " + e.getStatusCode() + ": " + message(e), e.getStatusCode(), e);
        } catch (IOException e) {
            throw new GenesysApiException(what + " failed: " + e.getMessage(), e);
        }
    }

    static void run(String what, SdkAction action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    /** All entities of a paged listing (pages of 100), requesting page 1, 2, … up to its pageCount. */
    static <L, T> List<T> allPages(String what, PageRequest<L> request, Function<L, List<T>> entities,
                                   Function<L, Integer> pageCount) {
        List<T> all = new ArrayList<>();
        int page = 1;
        boolean more;
        do {
            int number = page;
            L listing = call(what + " (page " + number + ")", () -> request.page(number));
            List<T> some = entities.apply(listing);
            if (some != null) {
                all.addAll(some);
            }
            Integer count = pageCount.apply(listing);
            more = count != null && number < count;
            page++;
        } while (more);
        return all;
    }

    /** All entities of a listing without total or pageCount (queue members): pages until an empty page. */
    static <L, T> List<T> pagesUntilEmpty(String what, PageRequest<L> request, Function<L, List<T>> entities) {
        List<T> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            int number = page;
            List<T> some = entities.apply(call(what + " (page " + number + ")", () -> request.page(number)));
            if (some == null || some.isEmpty()) {
                return all;
            }
            all.addAll(some);
        }
    }

    /** Runs a delete; one that finds nothing to delete (404, e.g. a list still showing a deleted object) is done. */
    static void delete(String what, SdkAction action) {
        try {
            run(what, action);
        } catch (GenesysApiException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @FunctionalInterface
    interface PageRequest<L> {
        L page(int number) throws IOException, ApiException;
    }

    /** The API's own message and its nested errors' messages (never the request, which may hold a secret). */
    private static String message(ApiException e) {
        String raw = e.getRawBody();
        if (raw == null || raw.isBlank()) {
            return String.valueOf(e.getMessage());
        }
        try {
            JsonNode body = JSON.readTree(raw);
            StringBuilder text = new StringBuilder(body.path("message").asText(raw));
            for (JsonNode nested : body.path("errors")) {
                text.append("; ").append(nested.path("message").asText(nested.toString()));
            }
            return text.toString();
        } catch (IOException notJson) {
            return raw;
        }
    }
}
