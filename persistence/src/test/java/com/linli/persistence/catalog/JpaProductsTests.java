package com.linli.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.linli.domain.catalog.Categories;
import com.linli.domain.catalog.Category;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.catalog.ProductFilter;
import com.linli.domain.catalog.ProductStatus;
import com.linli.domain.catalog.Products;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.Suppliers;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JpaProductsTests {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Autowired
    Products products;

    @Autowired
    Suppliers suppliers;

    @Autowired
    Categories categories;

    @Autowired
    TestEntityManager entities;

    @Autowired
    JdbcTemplate jdbc;

    private Supplier farm;
    private Supplier fishery;
    private Category fruit;
    private Category seafood;

    @BeforeEach
    void catalog() {
        farm = suppliers.save(Supplier.register(new SupplierDetails("果园 " + System.nanoTime(), null, null, null, null), NOW));
        fishery = suppliers.save(Supplier.register(new SupplierDetails("渔场 " + System.nanoTime(), null, null, null, null), NOW));
        fruit = categories.save(Category.create("水果 " + System.nanoTime(), 1000, NOW));
        seafood = categories.save(Category.create("海鲜 " + System.nanoTime(), 1001, NOW));
    }

    @Test
    void filtersCombineAndEachNarrowsTheList() {
        var strawberries = save("丹东草莓", farm, fruit);
        var cherries = save("大连樱桃", farm, fruit);
        var salmon = save("三文鱼 Salmon", fishery, seafood);
        archive(cherries);

        assertThat(search(new ProductFilter(farm.getId(), null, null, null))).containsExactly(cherries, strawberries);
        assertThat(search(new ProductFilter(null, seafood.getId(), null, null))).containsExactly(salmon);
        assertThat(search(new ProductFilter(farm.getId(), null, ProductStatus.ACTIVE, null))).containsExactly(strawberries);
        assertThat(search(new ProductFilter(null, null, ProductStatus.ARCHIVED, "樱桃"))).contains(cherries)
                .doesNotContain(strawberries, salmon);
        assertThat(search(new ProductFilter(fishery.getId(), null, null, " salmon "))).containsExactly(salmon);
        assertThat(search(new ProductFilter(fishery.getId(), fruit.getId(), null, null))).isEmpty();
    }

    @Test
    void searchPagesNewestFirst() {
        var first = save("苹果 1", farm, fruit);
        var second = save("苹果 2", farm, fruit);
        var third = save("苹果 3", farm, fruit);

        var page = products.search(new ProductFilter(farm.getId(), null, null, null), new PageQuery(0, 2));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Product::getId).containsExactly(third, second);
        assertThat(products.search(new ProductFilter(farm.getId(), null, null, null), new PageQuery(1, 2)).items())
                .extracting(Product::getId).containsExactly(first);
    }

    @Test
    void offerableProductsAreActiveOfActiveSuppliersByName() {
        var pears = save("梨 offer", farm, fruit);
        var apples = save("苹果 offer", farm, fruit);
        archive(save("桃 offer", farm, fruit));
        var crabs = save("螃蟹 offer", fishery, seafood);
        jdbc.update("update suppliers set status = 'INACTIVE' where id = ?", fishery.getId());

        var offerable = products.searchOfferable(null, "offer", PageQuery.of(0)).items();

        assertThat(offerable).extracting(Product::getId).containsExactlyInAnyOrder(pears, apples).doesNotContain(crabs);
        assertThat(products.searchOfferable(seafood.getId(), null, PageQuery.of(0)).items()).isEmpty();
        assertThat(products.searchOfferable(fruit.getId(), "梨", PageQuery.of(0)).items())
                .extracting(Product::getId).containsExactly(pears);
    }

    @ParameterizedTest
    @ValueSource(strings = {"floor_price = supply_price - 1", "retail_price = floor_price - 1",
            "supply_price = 0, floor_price = 0, retail_price = 0"})
    void databaseRefusesPricesOutOfOrder(String change) {
        var id = save("价格", farm, fruit);

        assertThatThrownBy(() -> jdbc.update("update products set " + change + " where id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Long save(String name, Supplier supplier, Category category) {
        var product = products.save(Product.create(new ProductDetails(name, category.getId(), supplier.getId(), "盒",
                null, Money.parseYuan("8"), Money.parseYuan("9"), Money.parseYuan("12"), null), NOW));
        entities.flush();
        return product.getId();
    }

    private void archive(Long productId) {
        jdbc.update("update products set status = 'ARCHIVED' where id = ?", productId);
        entities.clear();
    }

    private List<Long> search(ProductFilter filter) {
        return products.search(filter, PageQuery.of(0)).items().stream().map(Product::getId).toList();
    }
}
