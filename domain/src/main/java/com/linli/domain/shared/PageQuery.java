package com.linli.domain.shared;

/**
 * Which page of a list to show: zero-based, of a bounded size, and no further than {@link #MAX_PAGE}
 * (an offset beyond what the database takes, like ?page=2147483647, shows an empty page instead).
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public PageQuery {
        page = Math.min(Math.max(page, 0), MAX_PAGE);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageQuery of(int page) {
        return new PageQuery(page, DEFAULT_SIZE);
    }
}
