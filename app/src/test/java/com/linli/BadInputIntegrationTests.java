package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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

    @Test
    void anOrderLineAboveTheConfiguredMaximumIsRefusedAndTheItemStaysOrderableForEveryoneElse() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("大米"), 2990, 1, null, null),
                Platform.item(platform.product("菜籽油"), 4990, 1, null, 2));
        long rice = groupBuy.getItems().get(0).getId();
        var greedy = platform.member(leader.community(), "贪多");
        var neighbour = platform.member(leader.community(), "邻居");

        assertThat(order(greedy, groupBuy.getId(), rice, "2147483647").header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("大米 每单最多 999。");
        assertThat(order(greedy, groupBuy.getId(), rice, "1000").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("At most 999 of 大米 in one order.");
        assertThat(sold(rice)).isZero();

        assertThat(order(greedy, groupBuy.getId(), rice, "999")).hasStatus(HttpStatus.FOUND);
        assertThat(order(neighbour, groupBuy.getId(), rice, "5")).hasStatus(HttpStatus.FOUND);
        assertThat(sold(rice)).isEqualTo(1004);
    }

    @Test
    void theQuantityInputsCarryTheirMaximum() throws UnsupportedEncodingException {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("面粉"), 1990, 1, null, null),
                Platform.item(platform.product("香油"), 2990, 1, null, 2));
        var member = platform.member(leader.community(), "看表单");

        var page = mvc.get().uri("/group-buys/{id}", groupBuy.getId()).with(accounts.as(member)).exchange();

        assertThat(page).hasStatusOk();
        assertThat(quantityInput(page, groupBuy.getItems().get(0).getId())).contains("max=\"999\"");
        assertThat(quantityInput(page, groupBuy.getItems().get(1).getId())).contains("max=\"2\"");
    }

    @Test
    void theDatabaseRefusesQuantitiesAndCountersBeyondTheirCeilings() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("挂面"), 790, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = platform.member(leader.community(), "最后防线");
        assertThat(order(member, groupBuy.getId(), itemId, "3")).hasStatus(HttpStatus.FOUND);

        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
                .sql("update order_lines set quantity = 2147483647 where item_id = :id").param("id", itemId).update());
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
                .sql("update group_buy_items set sold = 2147483647 where id = :id").param("id", itemId).update());
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc
                .sql("update group_buy_items set threshold = 1000001 where id = :id").param("id", itemId).update());
    }

    @Test
    void theLeadersNumbersHaveSaneMaximaWithMessages() {
        var leader = platform.leader();
        var product = platform.product("橙子");
        var before = groupBuyCount();

        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "1000001").header("Accept-Language", "zh-CN")))
                .hasStatusOk().bodyText().contains("请输入成团数量（1 到 1,000,000）。");
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("items[0].stockLimit", "1000001")
                .param("items[0].perMemberLimit", "1000001").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Enter a whole number from 1 to 1,000,000, or leave it empty.");
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("items[0].tiers", "2000000:18.00")
                .header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("A price tier of 橙子 can start at most at 1,000,000 units.");
        assertThat(groupBuyCount()).isEqualTo(before);
    }

    // money

    @Test
    void absurdPricesAreRefusedFastWithAMessage() {
        var leader = platform.leader();
        var product = platform.product("柚子");
        var groupBuysBefore = groupBuyCount();
        var productsBefore = productCount();
        var started = System.nanoTime();

        assertThat(mvc.perform(groupBuy(leader.leader(), product, "1e100000000", "10").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Enter a price in yuan up to 1,000,000 with at most two decimals");
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("items[0].tiers", "20:1e100000000")
                .header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Write tiers as quantity:price pairs");
        assertThat(mvc.perform(newProduct("1e10000000").header("Accept-Language", "en"))).hasStatusOk().bodyText()
                .contains("Enter an amount in yuan up to 1,000,000 with at most two decimals, e.g. 12.50.");
        assertThat(mvc.perform(newProduct("1000000.01").header("Accept-Language", "zh-CN"))).hasStatusOk().bodyText()
                .contains("请输入不超过 1,000,000 元、最多两位小数的金额，例如 12.50。");

        // before the strict pattern, one such exponent alone kept the server busy for minutes
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(groupBuyCount()).isEqualTo(groupBuysBefore);
        assertThat(productCount()).isEqualTo(productsBefore);
    }

    // passwords

    @Test
    void aPasswordLongerThanTheHasherReadsIsExplainedAtRegistration() {
        var before = userCount();

        assertThat(register("long_pw", "长密码", "密".repeat(25)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("密码最多 72 个字节（一个汉字占 3 个字节）。");
        assertThat(register("long_pw", "长密码", "密".repeat(25)).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Use at most 72 bytes: a Chinese character counts as 3.");
        assertThat(userCount()).isEqualTo(before);
        assertThat(register("long_pw", "长密码", "密".repeat(24))).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "long_pw").param("password", "码".repeat(25)))
                .as("signing in with such a password is a wrong password, not an error")
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error");
    }

    // control characters

    @Test
    void controlCharactersAreRefusedInTextsWithAMessage() {
        var before = userCount();
        assertThat(register("nul_name", "王\u0000芳", "nul-name-password").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Remove the invisible control characters");
        assertThat(register("tab_name", "王\t芳", "tab-name-password").header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("请删除其中的不可见控制字符");
        assertThat(userCount()).isEqualTo(before);

        var leader = platform.leader();
        var product = platform.product("柿子");
        var groupBuysBefore = groupBuyCount();
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("title", "柿子\u0000")
                .param("pitch", "甜\u001b[31m").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Remove the invisible control characters");
        assertThat(groupBuyCount()).isEqualTo(groupBuysBefore);
        assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10").param("pitch", "甜\r\n\t脆")))
                .as("line breaks and tabs are fine in a pitch").hasStatus(HttpStatus.FOUND);

        var suppliersBefore = jdbc.sql("select count(*) from suppliers").query(Integer.class).single();
        assertThat(mvc.post().uri("/admin/suppliers/new").with(accounts.as("admin")).with(csrf())
                .param("name", "供应商\u007f").param("terms", "月结\n30 天").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Remove the invisible control characters");
        assertThat(jdbc.sql("select count(*) from suppliers").query(Integer.class).single()).isEqualTo(suppliersBefore);
    }

    @Test
    void controlCharactersInSearchesGetTheBadRequestPageNotAServerError() {
        assertThat(mvc.get().uri("/communities?city={city}", "\u0000").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Remove the invisible control characters");
        assertThat(mvc.get().uri("/admin/suppliers?q={q}", "\u0000").with(accounts.as("admin")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/admin/products?q={q}", "\u0000").with(accounts.as("admin")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    // paging and indexes

    @Test
    void pagesFarBeyondTheEndAreEmptyNotAServerError() {
        assertThat(mvc.get().uri("/communities?page=2147483647").header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Find your community");
        assertThat(mvc.get().uri("/admin/suppliers?page=2147483647").with(accounts.as("admin"))).hasStatusOk();
    }

    @Test
    void itemIndexesOutsideTheLeadersFormAreRefusedCleanly() {
        var leader = platform.leader();
        var product = platform.product("芒果");
        var before = groupBuyCount();

        for (var index : new String[] {"300", "-1", "5", "abc"}) {
            assertThat(mvc.perform(groupBuy(leader.leader(), product, "19.90", "10")
                    .param("items[" + index + "].price", "9.90").header("Accept-Language", "en")))
                    .as("items[%s]", index).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                    .contains("This request cannot be read");
        }
        assertThat(groupBuyCount()).isEqualTo(before);
    }

    private static String quantityInput(MvcTestResult page, long itemId) throws UnsupportedEncodingException {
        var input = Pattern.compile("<input[^>]*name=\"quantities\\[" + itemId + "]\"[^>]*>")
                .matcher(page.getResponse().getContentAsString());
        assertThat(input.find()).as("quantity input of item %d", itemId).isTrue();
        return input.group();
    }

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
