package com.linli.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The categories of the catalog. */
public interface Categories {

    Optional<Category> findById(Long id);

    List<Category> findAllById(Iterable<Long> ids);

    List<Category> findAllByOrderByPositionAsc();

    Optional<Category> findFirstByOrderByPositionDesc();

    /** The neighbour above, to move a category up. */
    Optional<Category> findFirstByPositionLessThanOrderByPositionDesc(int position);

    /** The neighbour below, to move a category down. */
    Optional<Category> findFirstByPositionGreaterThanOrderByPositionAsc(int position);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    Category save(Category category);

    /**
     * Holds the categories for writing until the transaction ends, while reads go on: admins
     * adding, renaming or moving at the same moment take turns, so each sees the names and
     * positions the others left.
     */
    void lockForWriting();
}
