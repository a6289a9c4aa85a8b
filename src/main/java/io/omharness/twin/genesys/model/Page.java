package io.omharness.twin.genesys.model;

import java.util.List;

/** One page of a listing, shaped like the Platform API's entity listings (with their paging URIs). */
public record Page<T>(List<T> entities, int pageSize, int pageNumber, long total, int pageCount, String firstUri,
                      String previousUri, String nextUri, String lastUri, String selfUri) {
    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    /** Cuts a page out of all matches; pageSize ≤ 100, pageNumber from 1. */
    public static <T> Page<T> of(List<T> all, Integer size, Integer number, String path) {
        int pageSize = size(size);
        int pageNumber = number(number);
        int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        int pageCount = (all.size() + pageSize - 1) / pageSize;
        int last = Math.max(1, pageCount);
        return new Page<>(List.copyOf(all.subList(from, to)), pageSize, pageNumber, all.size(), pageCount,
                uri(path, pageSize, 1), pageNumber > 1 ? uri(path, pageSize, pageNumber - 1) : null,
                pageNumber < pageCount ? uri(path, pageSize, pageNumber + 1) : null, uri(path, pageSize, last),
                uri(path, pageSize, pageNumber));
    }

    static int size(Integer size) {
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw GenesysError.badRequest("The pageSize must be between 1 and " + MAX_SIZE + ".");
        }
        return pageSize;
    }

    static int number(Integer number) {
        int pageNumber = number == null ? 1 : number;
        if (pageNumber < 1) {
            throw GenesysError.badRequest("The pageNumber must be 1 or greater.");
        }
        return pageNumber;
    }

    static String uri(String path, int pageSize, int pageNumber) {
        return path + (path.contains("?") ? "&" : "?") + "pageSize=" + pageSize + "&pageNumber=" + pageNumber;
    }

    /**
     * A listing without total or pageCount (queue members): clients page until an empty page. A full
     * page offers a next page, which may turn out empty.
     */
    public record Unsized<T>(List<T> entities, int pageSize, int pageNumber, String firstUri, String previousUri,
                             String nextUri, String selfUri) {
        public static <T> Unsized<T> of(List<T> all, Integer size, Integer number, String path) {
            int pageSize = size(size);
            int pageNumber = number(number);
            int from = Math.min(all.size(), (pageNumber - 1) * pageSize);
            int to = Math.min(all.size(), from + pageSize);
            List<T> entities = List.copyOf(all.subList(from, to));
            return new Unsized<>(entities, pageSize, pageNumber, uri(path, pageSize, 1),
                    pageNumber > 1 ? uri(path, pageSize, pageNumber - 1) : null,
                    entities.size() == pageSize ? uri(path, pageSize, pageNumber + 1) : null,
                    uri(path, pageSize, pageNumber));
        }
    }
}
