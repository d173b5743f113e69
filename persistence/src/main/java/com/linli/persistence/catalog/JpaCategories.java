package com.linli.persistence.catalog;

import org.springframework.data.repository.Repository;

import com.linli.domain.catalog.Categories;
import com.linli.domain.catalog.Category;

/** Spring Data implements the {@link Categories} port from its method names. */
interface JpaCategories extends Repository<Category, Long>, Categories {
}
