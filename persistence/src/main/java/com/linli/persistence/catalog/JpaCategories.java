package com.linli.persistence.catalog;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.catalog.Categories;
import com.linli.domain.catalog.Category;

/** Spring Data implements the {@link Categories} port from its method names; the write lock is plain SQL. */
interface JpaCategories extends Repository<Category, Long>, Categories {

    /** Share row exclusive: one writer at a time; plain reads and the products' foreign keys do not wait. */
    @Override
    @Modifying
    @Query(value = "lock table categories in share row exclusive mode", nativeQuery = true)
    void lockForWriting();
}
