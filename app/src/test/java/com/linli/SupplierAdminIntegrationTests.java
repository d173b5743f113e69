package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.supplier.SupplierService;
import com.linli.domain.supplier.SupplierStatus;

@LinliIntegrationTest
class SupplierAdminIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    SupplierService suppliers;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminCreatesASupplierAndFindsItByName() {
        var name = CatalogFixtures.unique("山东寿光蔬菜基地");

        assertThat(mvc.post().uri("/admin/suppliers/new").with(accounts.as("admin")).with(csrf())
                .param("name", name).param("contactPerson", "李经理").param("phone", "0536-1234567")
                .param("address", "山东省寿光市").param("terms", "货到付款，次日达"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/suppliers");

        var stored = jdbc.queryForMap("select * from suppliers where name = ?", name);
        assertThat(stored).containsEntry("contact_person", "李经理").containsEntry("status", "ACTIVE")
                .containsEntry("terms", "货到付款，次日达");
        assertThat(mvc.get().uri("/admin/suppliers").param("q", name.substring(2)).with(accounts.as("admin"))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains(name, "李经理", "合作中");
    }

    @Test
    void adminEditsASupplier() {
        var supplier = fixtures().supplier();
        var renamed = CatalogFixtures.unique("青岛海鲜码头");

        assertThat(mvc.get().uri("/admin/suppliers/{id}/edit", supplier.getId()).with(accounts.as("admin")))
                .hasStatusOk().bodyText().contains(supplier.getName(), "王经理");
        assertThat(mvc.post().uri("/admin/suppliers/{id}/edit", supplier.getId()).with(accounts.as("admin")).with(csrf())
                .param("name", renamed).param("contactPerson", "").param("phone", "13900002222")
                .param("address", "").param("terms", ""))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/suppliers");

        var edited = suppliers.supplier(supplier.getId());
        assertThat(edited.getName()).isEqualTo(renamed);
        assertThat(edited.getPhone()).isEqualTo("13900002222");
        assertThat(edited.getContactPerson()).isNull();
    }

    @Test
    void adminDeactivatesAndReactivatesASupplier() {
        var supplier = fixtures().supplier();

        var deactivated = mvc.post().uri("/admin/suppliers/{id}/deactivate", supplier.getId())
                .with(accounts.as("admin")).with(csrf()).exchange();
        assertThat(deactivated).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "supplier.deactivated");
        assertThat(suppliers.supplier(supplier.getId()).getStatus()).isEqualTo(SupplierStatus.INACTIVE);
        assertThat(mvc.get().uri("/admin/suppliers").param("q", supplier.getName()).with(accounts.as("admin"))
                .header("Accept-Language", "en"))
                .bodyText().contains(supplier.getName(), "Inactive", "Reactivate");

        assertThat(mvc.post().uri("/admin/suppliers/{id}/reactivate", supplier.getId())
                .with(accounts.as("admin")).with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(suppliers.supplier(supplier.getId()).isActive()).isTrue();
    }

    @Test
    void supplierWithoutANameOrWithTooLongANameIsExplainedAndNotSaved() {
        var before = count();

        assertThat(mvc.post().uri("/admin/suppliers/new").with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", "zh-CN").param("name", "  ").param("phone", "123"))
                .hasStatusOk().bodyText().contains("请填写此项。");
        assertThat(mvc.post().uri("/admin/suppliers/new").with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", "en").param("name", "长".repeat(101)))
                .hasStatusOk().bodyText().contains("Use at most 100 characters.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editThatBreaksARuleKeepsTheSupplierAsItWas() {
        var supplier = fixtures().supplier();

        assertThat(mvc.post().uri("/admin/suppliers/{id}/edit", supplier.getId()).with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", "en").param("name", ""))
                .hasStatusOk().bodyText().contains("Please fill this in.");
        assertThat(suppliers.supplier(supplier.getId()).getName()).isEqualTo(supplier.getName());
    }

    @Test
    void unknownSupplierIsNotFound() {
        assertThat(mvc.get().uri("/admin/suppliers/{id}/edit", Long.MAX_VALUE).with(accounts.as("admin")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private CatalogFixtures fixtures() {
        return new CatalogFixtures(suppliers, catalog);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from suppliers", Long.class);
    }
}
