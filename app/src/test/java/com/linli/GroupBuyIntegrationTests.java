package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.linli.domain.catalog.Product;

/** Leaders post group-buys and members order in them, through the pages, with real security. */
@LinliIntegrationTest
class GroupBuyIntegrationTests {

    private static final Supplier<LocalDateTime> CUTOFF = () -> LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
            .plusDays(2).withSecond(0).withNano(0);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void leaderPostsAndPublishesAndMembersSeeItWithProgressOnTheCommunityHome() {
        var leader = platform.leader();
        var product = platform.product("蒲江丑橘");

        var saved = mvc.perform(post(leader.leader(), "/leader/group-buys", "丑橘今日开团", product, "19.90", "10"));
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        var location = saved.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(location + "/publish").with(accounts.as(leader.leader())).with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        var member = platform.member(leader.community(), "邻居甲");
        assertThat(mvc.get().uri("/c/{id}", leader.community().getId()).with(accounts.as(member))
                .header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("丑橘今日开团", "还差 10 件成团", "¥19.90 起");
    }

    @Test
    void badGroupBuysAreExplainedAndSaveNothing() {
        var leader = platform.leader();
        var product = platform.product("西红柿"); // floor ¥5.00, retail ¥50.00
        var before = groupBuyCount();

        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "太便宜", product, "4.99", "10")
                .header("Accept-Language", "zh-CN")))
                .hasStatusOk().bodyText().contains("西红柿 的团购价必须在 ¥5.00 到 ¥50.00 之间。");
        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "价格", product, "abc", "0")
                .header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("Enter a price in yuan up to 1,000,000 with at most two decimals, e.g. 19.90.",
                        "Enter how many units must be ordered to succeed (1 to 1,000,000).");
        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "过去", product, "19.90", "10",
                "2020-01-01T21:00", "2020-01-02").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("The cutoff must be in the future.");
        var cutoff = CUTOFF.get();
        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "自提太早", product, "19.90", "10",
                cutoff.toString(), cutoff.toLocalDate().toString()).header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("The pickup date must be after the day of the cutoff.");
        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "阶梯", product, "19.90", "10")
                .param("items[0].tiers", "20:25.00").header("Accept-Language", "en")))
                .hasStatusOk().bodyText().contains("The tiers of 西红柿 must rise in quantity and fall in price");
        assertThat(groupBuyCount()).isEqualTo(before);
    }

    @Test
    void aSearchOffersTheCatalogsMatchesBesideWhatIsChosenKeepsTheFormAndSavesNothing() {
        var leader = platform.leader();
        var chosen = platform.product("搜索西红柿");
        var wanted = platform.product("搜索猫山王榴莲");
        var other = platform.product("搜索之外的苹果");
        var before = groupBuyCount();

        var page = mvc.perform(post(leader.leader(), "/leader/group-buys", "", chosen, "9.90", "")
                .param("productSearch", "猫山王").param("search", "catalog").header("Accept-Language", "zh-CN"));

        // only two options besides "none": the chosen product and the match; the untouched title is not told off
        assertThat(page).hasStatusOk().bodyText()
                .containsPattern("<option value=\"" + chosen.getId() + "\" selected=\"selected\">搜索西红柿")
                .contains("<option value=\"" + wanted.getId() + "\">搜索猫山王榴莲", "value=\"9.90\"", "value=\"猫山王\"")
                .doesNotContain(">" + other.getName() + " (", "请填写此项");
        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys", "标题", chosen, "9.90", "10")
                .param("productSearch", "猫山王\u0000").param("search", "catalog").header("Accept-Language", "zh-CN")))
                .hasStatusOk().bodyText().contains("请删除其中的不可见控制字符");
        assertThat(groupBuyCount()).isEqualTo(before);
    }

    @Test
    void memberOrdersChangesAndCancelsAndTheStockFollows() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("土鸡蛋"), 2600, 5, 10, 3));
        long itemId = groupBuy.getItems().get(0).getId();
        var member = platform.member(leader.community(), "邻居乙");

        assertThat(order(member, groupBuy.getId(), itemId, 2)).hasStatus(HttpStatus.FOUND);
        assertThat(sold(itemId)).isEqualTo(2);
        assertThat(mvc.get().uri("/group-buys/{id}", groupBuy.getId()).with(accounts.as(member))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText()
                .contains("修改订单", "邻*", "还差 3 件成团");

        assertThat(order(member, groupBuy.getId(), itemId, 3)).hasStatus(HttpStatus.FOUND);
        assertThat(sold(itemId)).isEqualTo(3);

        var orderId = jdbc.sql("select id from orders where group_buy_id = :gb and status = 'PLACED'")
                .param("gb", groupBuy.getId()).query(Long.class).single();
        assertThat(mvc.post().uri("/orders/{id}/cancel", orderId).with(accounts.as(member)).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(sold(itemId)).isZero();
    }

    @Test
    void overTheLimitOrSoldOutIsRefusedWithAClearMessageAndChangesNothing() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("草莓"), 1990, 1, 3, 2));
        long itemId = groupBuy.getItems().get(0).getId();
        var first = platform.member(leader.community(), "邻居丙");
        var second = platform.member(leader.community(), "邻居丁");

        assertThat(order(first, groupBuy.getId(), itemId, 3).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("草莓 每人限购 2。");
        assertThat(order(first, groupBuy.getId(), itemId, 2)).hasStatus(HttpStatus.FOUND);
        assertThat(order(second, groupBuy.getId(), itemId, 2).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("Not enough 草莓 left for that quantity.");
        assertThat(order(second, groupBuy.getId(), itemId, -1).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("Quantities must be whole numbers of 0 or more.");
        assertThat(sold(itemId)).isEqualTo(2);
    }

    @Test
    void aMemberCannotSeeOrTouchAnotherMembersOrder() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("五花肉"), 1650, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var owner = platform.member(leader.community(), "主人");
        var other = platform.member(leader.community(), "旁人");
        order(owner, groupBuy.getId(), itemId, 1).exchange();
        var orderId = jdbc.sql("select id from orders where member_id = :m").param("m", platform.id(owner))
                .query(Long.class).single();

        assertThat(mvc.get().uri("/orders/{id}", orderId).with(accounts.as(other))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/orders/{id}/cancel", orderId).with(accounts.as(other)).with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(sold(itemId)).isEqualTo(1);
    }

    @Test
    void outsidersAreSentToTheCommunityAndOtherLeadersFindNothing() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("挂面"), 790, 1, null, null));
        var outsider = accounts.newMember("路人");
        var otherLeader = platform.leader();

        assertThat(mvc.get().uri("/group-buys/{id}", groupBuy.getId()).with(accounts.as(outsider)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/communities/" + leader.community().getId());
        assertThat(mvc.get().uri("/leader/group-buys/{id}", groupBuy.getId()).with(accounts.as(otherLeader.leader())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/leader/group-buys/{id}/close", groupBuy.getId())
                .with(accounts.as(otherLeader.leader())).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/leader/group-buys/{id}", groupBuy.getId()).with(accounts.as(outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(status(groupBuy.getId())).isEqualTo("OPEN");
    }

    @Test
    void theLeaderSeesNamesAndPhonesWhileMembersSeeMaskedNamesOnly() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("鲈鱼"), 2100, 1, null, null));
        long itemId = groupBuy.getItems().get(0).getId();
        var buyer = platform.member(leader.community(), "欧阳娜娜");
        var neighbour = platform.member(leader.community(), "隔壁");
        order(buyer, groupBuy.getId(), itemId, 1).exchange();

        assertThat(mvc.get().uri("/leader/group-buys/{id}", groupBuy.getId()).with(accounts.as(leader.leader())))
                .hasStatusOk().bodyText().contains("欧阳娜娜", phoneOf(buyer));
        assertThat(mvc.get().uri("/group-buys/{id}", groupBuy.getId()).with(accounts.as(neighbour)))
                .hasStatusOk().bodyText().contains("欧*").doesNotContain("欧阳娜娜", phoneOf(buyer));
    }

    /** The form for one item, closing the day after tomorrow with pickup the day after. */
    @Test
    void aClosedGroupBuyCannotBeEditedOrOrderedAndSaysWhyInTheUsersLanguage() {
        var leader = platform.leader();
        var product = platform.product("砂糖橘");
        var groupBuy = platform.open(leader, Platform.item(product, 990, 1, null, null));
        var member = platform.member(leader.community(), "晚到");
        assertThat(mvc.post().uri("/leader/group-buys/{id}/close", groupBuy.getId()).with(accounts.as(leader.leader()))
                .with(csrf())).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.perform(post(leader.leader(), "/leader/group-buys/" + groupBuy.getId(), "改价", product, "5.00", "1")
                .header("Accept-Language", "zh-CN")))
                .hasStatusOk().bodyText().contains("团购当前为「已截单」，无法进行此操作。");
        assertThat(order(member, groupBuy.getId(), groupBuy.getItems().get(0).getId(), 1).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("no longer takes orders or changes");
        assertThat(jdbc.sql("select price from group_buy_items where group_buy_id = :id").param("id", groupBuy.getId())
                .query(Long.class).single()).isEqualTo(990);
    }

    @Test
    void onlyDraftsOfferTheEditFormAndAnOpenGroupBuysFormSendsTheLeaderBackWithTheReason() {
        var leader = platform.leader();
        var groupBuy = platform.open(leader, Platform.item(platform.product("沃柑"), 990, 1, null, null));
        var browser = new HttpVisitor(port, "zh-CN").logIn(leader.leader(), Accounts.PASSWORD);
        var page = "/leader/group-buys/" + groupBuy.getId();

        assertThat(browser.get(page).body()).doesNotContain(page + "/edit");
        var edit = browser.get(page + "/edit");
        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(edit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(browser.get(page).body()).contains("只有草稿可以编辑：团购发布后，成员已按它下单。", "沃柑");
    }

    @Test
    void theLeaderCancelsOnlyAGroupBuyNobodyHasJoined() {
        var leader = platform.leader();
        var untouched = platform.open(leader, Platform.item(platform.product("猕猴桃"), 2400, 1, null, null));
        var joined = platform.open(leader, Platform.item(platform.product("牙膏"), 890, 1, null, null));
        order(platform.member(leader.community(), "早到"), joined.getId(), joined.getItems().get(0).getId(), 1).exchange();

        assertThat(mvc.post().uri("/leader/group-buys/{id}/cancel", untouched.getId()).with(accounts.as(leader.leader()))
                .with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/leader/group-buys/{id}/cancel", joined.getId()).with(accounts.as(leader.leader()))
                .with(csrf()).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Members have ordered in this group-buy, so it cannot be cancelled.");
        assertThat(status(untouched.getId())).isEqualTo("CANCELLED");
        assertThat(status(joined.getId())).isEqualTo("OPEN");
    }

    private MockMvcRequestBuilder post(String leader, String uri, String title, Product product, String price,
                                       String threshold) {
        var cutoff = CUTOFF.get();
        return post(leader, uri, title, product, price, threshold, cutoff.toString(),
                cutoff.toLocalDate().plusDays(1).toString());
    }

    private MockMvcRequestBuilder post(String leader, String uri, String title, Product product, String price,
                                       String threshold, String closesAt, String pickupDate) {
        return mvc.post().uri(uri).with(accounts.as(leader)).with(csrf())
                .param("title", title).param("pitch", "产地直发")
                .param("closesAt", closesAt).param("pickupDate", pickupDate)
                .param("items[0].productId", String.valueOf(product.getId()))
                .param("items[0].price", price).param("items[0].threshold", threshold);
    }

    private MockMvcRequestBuilder order(String member, long groupBuyId, long itemId, int quantity) {
        return mvc.post().uri("/group-buys/{id}/order", groupBuyId).with(accounts.as(member)).with(csrf())
                .param("quantities[" + itemId + "]", String.valueOf(quantity));
    }

    private String phoneOf(String username) {
        return jdbc.sql("select phone from users where username = :u").param("u", username).query(String.class).single();
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class)
                .single();
    }

    private String status(long groupBuyId) {
        return jdbc.sql("select status from group_buys where id = :id").param("id", groupBuyId).query(String.class)
                .single();
    }

    private int groupBuyCount() {
        return jdbc.sql("select count(*) from group_buys").query(Integer.class).single();
    }
}
