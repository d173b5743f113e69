package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.shared.BusinessTime;

/** 佣金规则 in the back office: added, listed, ended, explained, audited; bad rules explained and never saved. */
@LinliIntegrationTest
class CommissionRulesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Platform platform;

    @Autowired
    Commissions commissions;

    @Autowired
    CatalogService catalog;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminAddsACategoryRuleSeesItInForceEndsItAndTheLogSaysSo() {
        var product = platform.product("规则丑橘");
        var category = catalog.category(product.getCategoryId()).getName();

        assertThat(ruleForm("zh-CN", Map.of("scope", "CATEGORY", "categoryId", String.valueOf(product.getCategoryId()),
                "rate", "12.5"))).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "commission.rule.created");
        var id = ruleOf(CommissionScope.CATEGORY, product.getCategoryId());
        assertThat(mvc.get().uri("/admin/commission-rules").with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains(category, "12.5%", "生效中", "rule-" + id);

        var lastDay = today().plusDays(10);
        assertThat(mvc.post().uri("/admin/commission-rules/{id}/end", id).with(accounts.as("admin")).with(csrf())
                .param("lastDay", lastDay.toString())).hasStatus(HttpStatus.FOUND);
        for (var bad : new String[] {today().minusDays(1).toString(), "abc", "", "99999-01-01"}) {
            assertThat(mvc.post().uri("/admin/commission-rules/{id}/end", id).with(accounts.as("admin")).with(csrf())
                    .param("lastDay", bad).header("Accept-Language", "zh-CN"))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("结束日期最早为今天。");
        }
        assertThat(mvc.post().uri("/admin/commission-rules/{id}/end", id).with(accounts.as("admin")).with(csrf())
                .param("lastDay", "2026-01-01\u0000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select effective_until from commission_rules where id = :id").param("id", id)
                .query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        assertThat(jdbc.sql("select action || ' ' || actor_username || ' ' || summary from audit_entries "
                        + "where target_type = 'COMMISSION_RULE' and target_id = :id order by id").param("id", id)
                .query(String.class).list()).containsExactly(
                "COMMISSION_RULE_CREATED admin CATEGORY " + category + " · 12.5% · " + today() + " –",
                "COMMISSION_RULE_ENDED admin CATEGORY " + category + " · 12.5% · " + today() + " – " + lastDay);
    }

    @Test
    void overlappingAbsurdAndUnreadableRulesAreExplainedAndNothingIsAdded() {
        var product = platform.product("规则苹果");
        var target = String.valueOf(product.getId());
        commissions.rule(CommissionScope.PRODUCT, product.getId(), "10");
        var before = rules();

        assertThat(ruleForm("zh-CN", Map.of("scope", "PRODUCT", "productId", target,
                "firstDay", today().plusDays(30).toString()))).hasStatusOk().bodyText()
                .contains("同一范围和对象已有规则在这段时间内生效。");
        var refusals = new LinkedHashMap<Map<String, String>, String>();
        refusals.put(Map.of("rate", "100.01"), "Enter a percentage from 0 to 100 with at most two decimals, e.g. 12.5.");
        refusals.put(Map.of("rate", "12.345"), "Enter a percentage from 0 to 100 with at most two decimals, e.g. 12.5.");
        refusals.put(Map.of("rate", "-5"), "Enter a percentage from 0 to 100 with at most two decimals, e.g. 12.5.");
        refusals.put(Map.of("rate", "1e2"), "Enter a percentage from 0 to 100 with at most two decimals, e.g. 12.5.");
        refusals.put(Map.of("rate", "99999999999999999999"), "Enter a percentage from 0 to 100");
        refusals.put(Map.of("rate", ""), "Please fill this in.");
        refusals.put(Map.of("rate", "10\u0000"), "Remove the invisible control characters");
        refusals.put(Map.of("scope", ""), "Please fill this in.");
        refusals.put(Map.of("scope", "EVERYTHING"), "Choose a scope from the list.");
        refusals.put(Map.of("productId", ""), "Please fill this in.");
        refusals.put(Map.of("productId", "abc"), "Choose from the list.");
        refusals.put(Map.of("productId", "999999999"), "That does not exist; choose from the list.");
        refusals.put(Map.of("firstDay", today().minusDays(1).toString()), "A rule starts today at the earliest");
        refusals.put(Map.of("firstDay", "2026-13-45"), "Enter a date.");
        refusals.put(Map.of("firstDay", today().plusYears(11).toString()), "at most 10 years ahead");
        refusals.put(Map.of("lastDay", today().plusDays(29).toString()), "The last day cannot be before the first.");
        refusals.put(Map.of("lastDay", "9999-12-31"), "The last day can be at most 10 years ahead.");
        refusals.forEach((fields, message) -> {
            var form = new LinkedHashMap<>(Map.of("scope", "PRODUCT", "productId", target, "rate", "8",
                    "firstDay", today().plusDays(30).toString()));
            form.putAll(fields);
            assertThat(ruleForm("en", form)).as(fields.toString()).hasStatusOk().bodyText().contains(message);
        });

        assertThat(rules()).isEqualTo(before);
    }

    @Test
    void twoAdminsAddingOverlappingRulesAtOnceGetOneRuleAndOneClearRefusal() {
        var admins = IntStream.range(0, 2).mapToObj(i -> new HttpVisitor(port, "zh-CN")
                .logIn("admin", LinliIntegrationTest.ADMIN_PASSWORD)).toList();
        admins.forEach(admin -> admin.get("/admin/commission-rules/new"));
        for (int round = 0; round < 3; round++) {
            var product = platform.product("抢规则丑橘");

            var answers = AtOnce.send(admins.size(), i -> admins.get(i).post("/admin/commission-rules/new",
                    Map.of("scope", "PRODUCT", "productId", String.valueOf(product.getId()), "rate", 5 + i + "",
                            "firstDay", today().toString())));

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
            assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).extracting(HttpResponse::body)
                    .singleElement().asString().contains("同一范围和对象已有规则在这段时间内生效。");
            assertThat(jdbc.sql("select count(*) from commission_rules where scope = 'PRODUCT' and target_id = :p")
                    .param("p", product.getId()).query(Long.class).single()).isOne();
        }
    }

    @Test
    void theExplanationShowsWhichRuleAppliesToAProductSoldByALeaderAndWhy() {
        var leader = platform.leader();
        var product = platform.product("说明丑橘");
        commissions.rule(CommissionScope.SUPPLIER, product.getSupplierId(), "7");
        commissions.rule(CommissionScope.LEADER, leader.leaderId(), "9");

        assertThat(mvc.get().uri("/admin/commission-rules/explain?product={p}&leader={l}", product.getId(),
                leader.leaderId()).with(accounts.as("admin")).header("Accept-Language", "en")).hasStatusOk().bodyText()
                .contains("说明丑橘 sold by", "earns 7% today", "Supplier · ", "Applies", "A rule above takes precedence.",
                        "No rule in force.");
        assertThat(mvc.get().uri("/admin/commission-rules/explain?product=999999999&leader={l}", leader.leaderId())
                .with(accounts.as("admin"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/commission-rules/explain?product={p}&leader=abc", product.getId())
                .with(accounts.as("admin"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/admin/commission-rules/explain").with(accounts.as("admin"))).hasStatusOk()
                .bodyText().contains("说明丑橘");
    }

    @Test
    void onlyAdminsManageRules() {
        var led = platform.leader();
        var member = platform.member(led.community(), "规则邻居");
        var product = platform.product("越权丑橘");
        var before = rules();

        for (var user : new String[] {led.leader(), member}) {
            assertThat(mvc.get().uri("/admin/commission-rules").with(accounts.as(user))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/admin/commission-rules/explain").with(accounts.as(user)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/admin/commission-rules/new").with(accounts.as(user)).with(csrf())
                    .param("scope", "PRODUCT").param("productId", String.valueOf(product.getId())).param("rate", "50")
                    .param("firstDay", today().toString())).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(rules()).isEqualTo(before);
    }

    /** The rule form with these fields, a valid rule from today unless they say otherwise. */
    private MockMvcRequestBuilder ruleForm(String language, Map<String, String> fields) {
        var form = new LinkedHashMap<String, String>();
        form.put("rate", "10");
        form.put("firstDay", today().toString());
        form.putAll(fields);
        var request = mvc.post().uri("/admin/commission-rules/new").with(accounts.as("admin")).with(csrf())
                .header("Accept-Language", language);
        form.forEach(request::param);
        return request;
    }

    private long ruleOf(CommissionScope scope, long target) {
        return jdbc.sql("select id from commission_rules where scope = :scope and target_id = :target")
                .param("scope", scope.name()).param("target", target).query(Long.class).single();
    }

    private long rules() {
        return jdbc.sql("select count(*) from commission_rules").query(Long.class).single();
    }

    private LocalDate today() {
        return clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
    }
}
