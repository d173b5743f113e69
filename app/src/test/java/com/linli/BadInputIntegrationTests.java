package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.linli.domain.catalog.Product;

/**
 * What hostile or careless input did to Linli (issue 7): each answer is a clear message in the
 * user's language, never a 500, and nothing changes.
 */
@LinliIntegrationTest
class BadInputIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    JdbcClient jdbc;

    // quantities

    // money

    @Test
    void absurdPricesAreRefusedFastWithAMessage() {
        var leader = platform.leader();
        var product = platform.product("柚子");
        var groupBuysBefore = groupBuyCount();
        var productsBefore = productCount();
        var started = System.nanoTime();

        assertThat(mvc.perform(groupBuy(leader.leader(), product, "1e10000000", "10").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Enter a price in yuan up to 1,000,000 with at most two decimals");
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("items[0].tiers", "20:1e10000000")
                .header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Write tiers as quantity:price pairs");
        assertThat(mvc.perform(newProduct("1e10000000").header("Accept-Language", "en"))).hasStatusOk().bodyText()
                .contains("Enter an amount in yuan up to 1,000,000 with at most two decimals, e.g. 12.50.");
        assertThat(mvc.perform(newProduct("1000000.01").header("Accept-Language", "zh-CN"))).hasStatusOk().bodyText()
                .contains("请输入不超过 1,000,000 元、最多两位小数的金额，例如 12.50。");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(groupBuyCount()).isEqualTo(groupBuysBefore);
        assertThat(productCount()).isEqualTo(productsBefore);
    }

    // passwords

    // control characters

    // paging and indexes

    private MockMvcRequestBuilder order(String member, long groupBuyId, long itemId, String quantity) {
        return mvc.post().uri("/group-buys/{id}/order", groupBuyId).with(accounts.as(member)).with(csrf())
                .param("quantities[" + itemId + "]", quantity);
    }

    private MockMvcRequestBuilder groupBuy(String leader, Product product, String price, String threshold) {
        var cutoff = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(2).withSecond(0).withNano(0);
        return mvc.post().uri("/leader/group-buys").with(accounts.as(leader)).with(csrf())
                .param("title", "今日开团").param("pitch", "产地直发")
                .param("closesAt", cutoff.toString()).param("pickupDate", cutoff.toLocalDate().plusDays(1).toString())
                .param("items[0].productId", String.valueOf(product.getId()))
                .param("items[0].price", price).param("items[0].threshold", threshold);
    }

    private MockMvcRequestBuilder newProduct(String retailPrice) {
        var supplier = jdbc.sql("select id from suppliers where status = 'ACTIVE' limit 1").query(Long.class).single();
        var category = jdbc.sql("select id from categories limit 1").query(Long.class).single();
        return mvc.post().uri("/admin/products/new").with(accounts.as("admin")).with(csrf()).param("name", "天价商品")
                .param("categoryId", category.toString()).param("supplierId", supplier.toString()).param("unit", "个")
                .param("supplyPrice", "1.00").param("floorPrice", "2.00").param("retailPrice", retailPrice);
    }

    private MockMvcRequestBuilder register(String username, String displayName, String password) {
        return mvc.post().uri("/register").with(csrf()).param("username", username).param("displayName", displayName)
                .param("phone", "13911112222").param("password", password);
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class)
                .single();
    }

    private int groupBuyCount() {
        return jdbc.sql("select count(*) from group_buys").query(Integer.class).single();
    }

    private int productCount() {
        return jdbc.sql("select count(*) from products").query(Integer.class).single();
    }

    private int userCount() {
        return jdbc.sql("select count(*) from users").query(Integer.class).single();
    }
}
