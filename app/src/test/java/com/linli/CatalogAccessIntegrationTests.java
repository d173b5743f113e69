package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductNotOfferable;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.supplier.SupplierService;

/** Who may keep the catalog, and which products leaders may offer. */
@LinliIntegrationTest
class CatalogAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    SupplierService suppliers;

    @Autowired
    CatalogService catalog;

    @Test
    void memberIsRefusedEveryCatalogPageAndChangesNothing() {
        var fixtures = new CatalogFixtures(suppliers, catalog);
        var supplier = fixtures.supplier();
        var category = fixtures.category();
        var product = fixtures.product(supplier, category);
        var member = accounts.as(accounts.newMember("孙八"));

        for (var page : new String[] {"/admin/suppliers", "/admin/suppliers/new", "/admin/suppliers/%d/edit",
                "/admin/categories", "/admin/categories/%d/edit", "/admin/products", "/admin/products/new",
                "/admin/products/%d/edit"}) {
            assertThat(mvc.get().uri(page.formatted(product.getId())).with(member)).as(page)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        for (var action : new String[] {"/admin/suppliers/new", "/admin/suppliers/" + supplier.getId() + "/edit",
                "/admin/suppliers/" + supplier.getId() + "/deactivate", "/admin/categories",
                "/admin/categories/" + category.getId() + "/up", "/admin/categories/" + category.getId() + "/edit",
                "/admin/products/new", "/admin/products/" + product.getId() + "/edit",
                "/admin/products/" + product.getId() + "/archive"}) {
            assertThat(mvc.post().uri(action).with(member).with(csrf()).param("name", "改名")).as(action)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }

        assertThat(suppliers.supplier(supplier.getId()).isActive()).isTrue();
        assertThat(catalog.category(category.getId()).getName()).isEqualTo(category.getName());
        assertThat(catalog.product(product.getId()).isActive()).isTrue();
    }

    @Test
    void productOfADeactivatedSupplierIsNotOfferableUntilTheSupplierIsBack() {
        var fixtures = new CatalogFixtures(suppliers, catalog);
        var supplier = fixtures.supplier();
        var category = fixtures.category();
        var product = fixtures.product(supplier, category);
        assertThat(catalog.offerableProduct(product.getId()).getId()).isEqualTo(product.getId());
        assertThat(offerable(category.getId())).containsExactly(product.getId());

        suppliers.deactivate(supplier.getId());

        assertThatThrownBy(() -> catalog.offerableProduct(product.getId()))
                .isInstanceOfSatisfying(ProductNotOfferable.class, e -> {
                    assertThat(e.code()).isEqualTo("product.not-offerable.supplier-inactive");
                    assertThat(e.arguments()).containsExactly(product.getName(), supplier.getName());
                });
        assertThat(offerable(category.getId())).isEmpty();

        suppliers.reactivate(supplier.getId());
        assertThat(offerable(category.getId())).containsExactly(product.getId());
    }

    @Test
    void archivedProductIsNotOfferable() {
        var fixtures = new CatalogFixtures(suppliers, catalog);
        var category = fixtures.category();
        var product = fixtures.product(fixtures.supplier(), category);

        catalog.archiveProduct(product.getId());

        assertThatThrownBy(() -> catalog.offerableProduct(product.getId()))
                .isInstanceOfSatisfying(ProductNotOfferable.class,
                        e -> assertThat(e.code()).isEqualTo("product.not-offerable.archived"));
        assertThat(offerable(category.getId())).isEmpty();
    }

    private List<Long> offerable(long categoryId) {
        return catalog.offerableProducts(categoryId, null, PageQuery.of(0)).items().stream().map(Product::getId).toList();
    }
}
