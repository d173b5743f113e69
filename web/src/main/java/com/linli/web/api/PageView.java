package com.linli.web.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import com.linli.domain.shared.Paged;

/** One page of a list, with the total over all pages. */
@Schema(description = "One page of a list")
public record PageView<T>(@Schema(description = "This page's entries") List<T> items,
                          @Schema(description = "Zero-based page number", example = "0") int page,
                          @Schema(description = "Entries per page", example = "20") int size,
                          @Schema(description = "Entries over all pages", example = "42") long totalItems,
                          @Schema(description = "Number of pages", example = "3") int totalPages) {

    public static <S, T> PageView<T> of(Paged<S> paged, Function<? super S, ? extends T> view) {
        return new PageView<>(paged.items().stream().<T>map(view).toList(), paged.page(), paged.size(), paged.total(),
                paged.totalPages());
    }
}
