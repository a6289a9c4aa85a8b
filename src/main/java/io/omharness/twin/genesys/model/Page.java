package io.omharness.twin.genesys.model;

import java.util.List;

/** One page of a listing, shaped like the Platform API's entity listings. */
public record Page<T>(List<T> entities, int pageSize, int pageNumber, long total, int pageCount, String selfUri) {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    /** Cuts a page out of all matches; pageSize ≤ 100, pageNumber from 1. */
    public static <T> Page<T> of(List<T> all, Integer size, Integer number, String selfUri) {
        int pageSize = size == null ? DEFAULT_SIZE : size;
        int pageNumber = number == null ? 1 : number;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw GenesysError.badRequest("The pageSize must be between 1 and " + MAX_SIZE + ".");
        }
        if (pageNumber < 1) {
            throw GenesysError.badRequest("The pageNumber must be 1 or greater.");
        }
        int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        int pageCount = (all.size() + pageSize - 1) / pageSize;
        return new Page<>(List.copyOf(all.subList(from, to)), pageSize, pageNumber, all.size(), pageCount,
                selfUri + (selfUri.contains("?") ? "&" : "?") + "pageSize=" + pageSize + "&pageNumber=" + pageNumber);
    }
}
