package com.linli.domain.shared;

/** Which page of a list to show: zero-based, of a bounded size. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public PageQuery {
        page = Math.max(page, 0);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, 100);
    }

    public static PageQuery of(int page) {
        return new PageQuery(page, DEFAULT_SIZE);
    }
}
