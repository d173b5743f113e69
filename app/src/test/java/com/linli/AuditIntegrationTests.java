package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.IllegalTransactionStateException;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.SubmitApplication;
import com.linli.domain.shared.BusinessTime;

/** Issue 7, abuse: every admin action leaves exactly one entry in the append-only audit log. */
@LinliIntegrationTest
class AuditIntegrationTests {

    private static final AtomicInteger sequence = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Neighbourhoods neighbourhoods;

    @Autowired
    LeaderService leaders;

    @Autowired
    AuditLog audit;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    JdbcClient jdbc;

    /** One entry per action, in order, naming the admin who did it and the record it was done to. */
    record Entry(String actor, String action, String summary) {
    }

    @Test
    void everySupplierActionIsRecordedOnceWithTheAdminAndTheSupplier() {
        var name = "审计供应商" + sequence.incrementAndGet();
        assertThat(asAdmin("/admin/suppliers/new").param("name", name)).hasStatus(HttpStatus.FOUND);
        var id = idOf("suppliers", name);
        assertThat(asAdmin("/admin/suppliers/" + id + "/edit").param("name", name + "改")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/suppliers/" + id + "/deactivate")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/suppliers/" + id + "/reactivate")).hasStatus(HttpStatus.FOUND);

        assertThat(entries("SUPPLIER", id)).containsExactly(
                new Entry("admin", "SUPPLIER_CREATED", name),
                new Entry("admin", "SUPPLIER_EDITED", name + "改"),
                new Entry("admin", "SUPPLIER_DEACTIVATED", name + "改"),
                new Entry("admin", "SUPPLIER_REACTIVATED", name + "改"));
    }

    @Test
    void everyCatalogActionIsRecordedOnceWithTheAdminAndTheRecord() {
        var supplier = "审计果园" + sequence.incrementAndGet();
        asAdmin("/admin/suppliers/new").param("name", supplier).exchange();
        var category = "审计品类" + sequence.incrementAndGet();
        assertThat(asAdmin("/admin/categories").param("name", category)).hasStatus(HttpStatus.FOUND);
        var categoryId = idOf("categories", category);
        assertThat(asAdmin("/admin/categories/" + categoryId + "/edit").param("name", category + "新"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/categories/" + categoryId + "/up")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/categories/" + categoryId + "/down")).hasStatus(HttpStatus.FOUND);
        var product = "审计丑橘" + sequence.incrementAndGet();
        assertThat(product("/admin/products/new", product, categoryId, idOf("suppliers", supplier)))
                .hasStatus(HttpStatus.FOUND);
        var productId = idOf("products", product);
        assertThat(product("/admin/products/" + productId + "/edit", product, categoryId, idOf("suppliers", supplier)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/products/" + productId + "/archive")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/products/" + productId + "/reactivate")).hasStatus(HttpStatus.FOUND);

        assertThat(entries("CATEGORY", categoryId)).containsExactly(
                new Entry("admin", "CATEGORY_CREATED", category),
                new Entry("admin", "CATEGORY_RENAMED", category + " → " + category + "新"),
                new Entry("admin", "CATEGORY_MOVED_UP", category + "新"),
                new Entry("admin", "CATEGORY_MOVED_DOWN", category + "新"));
        assertThat(entries("PRODUCT", productId)).containsExactly(
                new Entry("admin", "PRODUCT_CREATED", product),
                new Entry("admin", "PRODUCT_EDITED", product),
                new Entry("admin", "PRODUCT_ARCHIVED", product),
                new Entry("admin", "PRODUCT_REACTIVATED", product));
    }

    @Test
    void everyLeaderAndCommunityDecisionIsRecordedOnceWithTheAdminAndTheRecord() {
        var approved = application("审计东苑");
        var rejected = application("审计西苑");
        assertThat(asAdmin("/admin/leader-applications/" + approved + "/approve")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/leader-applications/" + rejected + "/reject").param("reason", "地址不完整"))
                .hasStatus(HttpStatus.FOUND);
        var led = neighbourhoods.ledCommunity("审计南苑", Neighbourhoods.newCity());
        var communityId = led.community().getId();
        var leaderId = leaders.activeLeader(led.leaderId()).getId();
        assertThat(asAdmin("/admin/communities/" + communityId + "/suspend")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/communities/" + communityId + "/reinstate")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/leaders/" + leaderId + "/suspend")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/leaders/" + leaderId + "/reinstate")).hasStatus(HttpStatus.FOUND);

        assertThat(entries("LEADER_APPLICATION", approved)).containsExactly(
                new Entry("admin", "LEADER_APPLICATION_APPROVED", "审计东苑"));
        assertThat(entries("LEADER_APPLICATION", rejected)).containsExactly(
                new Entry("admin", "LEADER_APPLICATION_REJECTED", "审计西苑: 地址不完整"));
        assertThat(entries("COMMUNITY", communityId)).containsExactly(
                new Entry("admin", "COMMUNITY_SUSPENDED", "审计南苑"),
                new Entry("admin", "COMMUNITY_REINSTATED", "审计南苑"));
        assertThat(entries("LEADER", leaderId)).containsExactly(
                new Entry("admin", "LEADER_SUSPENDED", "审计南苑"),
                new Entry("admin", "LEADER_REINSTATED", "审计南苑"));
    }

    @Test
    void sendingAndShippingAPurchaseOrderAreRecordedWithTheAdmin() {
        var id = fulfilments.closed(2).purchaseOrderId();
        var arrival = LocalDateTime.now(BusinessTime.ZONE).plusHours(3).withSecond(0).withNano(0);

        assertThat(asAdmin("/admin/purchase-orders/" + id + "/send")).hasStatus(HttpStatus.FOUND);
        assertThat(asAdmin("/admin/purchase-orders/" + id + "/ship").param("expectedArrival", arrival.toString()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(entries("PURCHASE_ORDER", id)).extracting(Entry::actor, Entry::action).containsExactly(
                tuple("admin", "PURCHASE_ORDER_SENT"), tuple("admin", "PURCHASE_ORDER_SHIPPED"));
    }

    @Test
    void aRefusedActionLeavesNoEntry() {
        var rejected = application("审计北苑");
        asAdmin("/admin/leader-applications/" + rejected + "/reject").param("reason", "重复申请").exchange();

        assertThat(asAdmin("/admin/leader-applications/" + rejected + "/approve"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(entries("LEADER_APPLICATION", rejected)).extracting(Entry::action)
                .containsExactly("LEADER_APPLICATION_REJECTED");
    }

    @Test
    void theLogIsWrittenOnlyInsideTheActionsTransaction() {
        assertThatThrownBy(() -> audit.record(AuditAction.SUPPLIER_EDITED, 1, "outside any action"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        var name = "审计不可改" + sequence.incrementAndGet();
        asAdmin("/admin/suppliers/new").param("name", name).exchange();
        var id = idOf("suppliers", name);

        assertThatThrownBy(() -> jdbc.sql("update audit_entries set actor_username = 'someone' where target_id = :id")
                .param("id", id).update()).hasStackTraceContaining("audit_entries is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entries where target_id = :id")
                .param("id", id).update()).hasStackTraceContaining("audit_entries is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entries").update())
                .hasStackTraceContaining("audit_entries is append-only: TRUNCATE refused");
        assertThat(entries("SUPPLIER", id)).containsExactly(new Entry("admin", "SUPPLIER_CREATED", name));
    }

    @Test
    void platformWorkIsRecordedWithoutAnActor() {
        var led = neighbourhoods.ledCommunity("审计自动苑", Neighbourhoods.newCity());
        var applicationId = jdbc.sql("select id from leader_applications where applicant_id = :id")
                .param("id", led.leaderId()).query(Long.class).single();

        assertThat(entries("LEADER_APPLICATION", applicationId)).containsExactly(
                new Entry(null, "LEADER_APPLICATION_APPROVED", "审计自动苑"));
    }

    @Test
    void adminSearchesTheLogByActorActionRecordAndPeriodNewestFirst() {
        var first = "审计查找甲" + sequence.incrementAndGet();
        var second = "审计查找乙" + sequence.incrementAndGet();
        asAdmin("/admin/suppliers/new").param("name", first).exchange();
        asAdmin("/admin/suppliers/new").param("name", second).exchange();
        var secondId = idOf("suppliers", second);
        asAdmin("/admin/suppliers/" + secondId + "/deactivate").exchange();
        var today = LocalDate.now(BusinessTime.ZONE).toString();

        assertThat(mvc.get().uri("/admin/audit?actor=ADMIN&action=SUPPLIER_CREATED&from={d}&to={d}", today, today)
                .with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("操作日志", "新建供应商", "admin", first, second)
                .doesNotContain("停用供应商</td>")
                .satisfies(body -> assertThat(body.indexOf(second)).isLessThan(body.indexOf(first)));
        assertThat(mvc.get().uri("/admin/audit?target=SUPPLIER&targetId={id}", secondId)
                .with(accounts.as("admin")).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("Supplier deactivated", "Supplier created", "Supplier #" + secondId)
                .doesNotContain(first);
        assertThat(mvc.get().uri("/admin/audit?actor=admin&to={d}", LocalDate.now(BusinessTime.ZONE).minusDays(1))
                .with(accounts.as("admin")).header("Accept-Language", "en"))
                .hasStatusOk().bodyText().contains("No entries match.");
        assertThat(mvc.get().uri("/admin").with(accounts.as("admin")).header("Accept-Language", "en"))
                .bodyText().contains("Audit log");
    }

    @Test
    void badSearchFieldsAreExplainedAndTheRestStillFilter() {
        assertThat(mvc.get().uri("/admin/audit?targetId=abc&from=yesterday&action=NOPE&actor=admin")
                .with(accounts.as("admin")).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("请输入记录编号（数字）。", "请输入日期。", "请从列表中选择操作。");
    }

    @Test
    void membersAndVisitorsCannotSeeTheLog() {
        assertThat(mvc.get().uri("/admin/audit").with(accounts.as(accounts.newMember("审计路人"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/audit")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    private MockMvcRequestBuilder asAdmin(String path) {
        return mvc.post().uri(path).with(accounts.as("admin")).with(csrf());
    }

    private MockMvcRequestBuilder product(String path, String name, long categoryId, long supplierId) {
        return asAdmin(path).param("name", name).param("categoryId", String.valueOf(categoryId))
                .param("supplierId", String.valueOf(supplierId)).param("unit", "斤")
                .param("supplyPrice", "4.50").param("floorPrice", "5.80").param("retailPrice", "8.80");
    }

    private long application(String communityName) {
        var applicant = neighbourhoods.id(accounts.newMember("申请人" + sequence.incrementAndGet()));
        return leaders.submit(new SubmitApplication(applicant, Neighbourhoods.proposal(communityName,
                Neighbourhoods.newCity()))).getId();
    }

    private long idOf(String table, String name) {
        return jdbc.sql("select id from " + table + " where name = :name").param("name", name)
                .query(Long.class).single();
    }

    private List<Entry> entries(String targetType, long targetId) {
        return jdbc.sql("select actor_username, action, summary from audit_entries"
                        + " where target_type = :type and target_id = :id order by id")
                .param("type", targetType).param("id", targetId)
                .query((row, n) -> new Entry(row.getString(1), row.getString(2), row.getString(3))).list();
    }
}
