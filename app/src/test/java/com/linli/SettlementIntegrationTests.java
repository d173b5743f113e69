package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.commission.SettlementDrafts;
import com.linli.domain.commission.SettlementService;
import com.linli.domain.shared.BusinessTime;

/**
 * 结算 end to end: drafts per leader for a month from every entry not settled yet, reviewed,
 * approved, paid with a reference and exported; each entry in one settlement only, also when two
 * admins settle at once; reversals of settled entries land in the next settlement.
 */
@LinliIntegrationTest
class SettlementIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Commissions commissions;

    @Autowired
    Platform platform;

    @Autowired
    SettlementService settlements;

    @Autowired
    AfterSaleService afterSale;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminDraftsAMonthReviewsApprovesPaysAndExportsItAndTheLeaderSeesItPaid() {
        var sale = commissions.pickedUp("10", 3, 2);
        var order = sale.orderIds().get(0);
        afterSale.approveAsLeader(sale.leader().leaderId(), afterSale.request(platform.id(sale.members().get(0)), order,
                commissions.lineOf(order), 1, "坏了", null).getId(), null);
        var month = thisMonth();

        assertThat(mvc.post().uri("/admin/settlements").with(accounts.as("admin")).with(csrf())
                .param("period", month.toString())).hasStatus(HttpStatus.FOUND).flash()
                .containsEntry("message", "commission.settlement.created");
        var id = settlementOf(sale.leader().leaderId(), month);
        assertThat(settlement(id)).isEqualTo("DRAFT 400 3");
        assertThat(jdbc.sql("""
                        select count(*) from commission_entries e join settlement_entries s on s.entry_id = e.id
                        where e.leader_id = :leader and s.settlement_id = :id""")
                .param("leader", sale.leader().leaderId()).param("id", id).query(Long.class).single()).isEqualTo(3);

        var admin = accounts.as("admin");
        assertThat(mvc.get().uri("/admin/settlements?period=" + month).with(admin).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains(sale.leader().community().getName(), "¥4.00", "草稿");
        assertThat(mvc.get().uri("/admin/settlements/{id}", id).with(admin).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("¥5.00", "-¥1.00 (1)", "计佣丑橘 ×3 份", "计佣丑橘 ×-1 份",
                        "售后冲回", "审核通过");
        assertThat(mvc.post().uri("/admin/settlements/{id}/paid", id).with(admin).with(csrf()).param("reference", "X")
                .header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("结算单状态为「草稿」，无法进行此操作。");
        assertThat(mvc.post().uri("/admin/settlements/{id}/approve", id).with(admin).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        for (var reference : new String[] {"", "   ", "x".repeat(65)}) {
            assertThat(mvc.post().uri("/admin/settlements/{id}/paid", id).with(admin).with(csrf())
                    .param("reference", reference).header("Accept-Language", "en"))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                    .contains("Enter the payment reference, in at most 64 characters.");
        }
        assertThat(mvc.post().uri("/admin/settlements/{id}/paid", id).with(admin).with(csrf())
                .param("reference", "CMB\u0000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(settlement(id)).isEqualTo("APPROVED 400 3");
        assertThat(mvc.post().uri("/admin/settlements/{id}/paid", id).with(admin).with(csrf())
                .param("reference", "CMB-20261120-001")).hasStatus(HttpStatus.FOUND);
        assertThat(settlement(id)).isEqualTo("PAID 400 3");

        var csv = mvc.get().uri("/admin/settlements/{id}/entries.csv", id).with(admin).exchange().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        var bytes = csv.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("佣金 commission", ",EARNED,3,30.00,10%,3.00\r\n",
                ",REVERSED,-1,-10.00,10%,-1.00\r\n");

        assertThat(mvc.get().uri("/leader/commissions").with(accounts.as(sale.leader().leader()))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("已付款", "CMB-20261120-001");
        assertThat(jdbc.sql("select action from audit_entries where target_type = 'SETTLEMENT' and target_id = :id "
                + "order by id").param("id", id).query(String.class).list())
                .containsExactly("SETTLEMENT_CREATED", "SETTLEMENT_APPROVED", "SETTLEMENT_PAID");

        // paid stays paid, and what a settlement holds never changes
        assertThatThrownBy(() -> jdbc.sql("update settlements set total = 0 where id = :id").param("id", id).update())
                .hasStackTraceContaining("UPDATE refused on settlements");
        assertThatThrownBy(() -> jdbc.sql("delete from settlements where id = :id").param("id", id).update())
                .hasStackTraceContaining("DELETE refused on settlements");
        assertThatThrownBy(() -> jdbc.sql("delete from settlement_entries where settlement_id = :id").param("id", id)
                .update()).hasStackTraceContaining("DELETE refused on settlement_entries");
        assertThatThrownBy(() -> jdbc.sql("update settlement_entries set settlement_id = settlement_id "
                + "where settlement_id = :id").param("id", id).update())
                .hasStackTraceContaining("UPDATE refused on settlement_entries");
    }

    @Test
    void twoAdminsSettlingTheSameMonthAtOnceMakeOneSettlementPerLeaderHoldingEachEntryOnce() {
        var sale = commissions.pickedUp("10", 1, 2, 3);
        var month = thisMonth();
        var admin = platform.id("admin");

        var made = AtOnce.send(2, i -> settlements.create(admin, month));

        assertThat(made.stream().flatMap(List::stream).map(SettlementDrafts.Draft::leaderId)
                .filter(leader -> leader == sale.leader().leaderId())).hasSize(1);
        var id = settlementOf(sale.leader().leaderId(), month);
        assertThat(settlement(id)).isEqualTo("DRAFT 600 3");
        assertThat(settlements.create(admin, month)).noneMatch(draft -> draft.leaderId() == sale.leader().leaderId());
        assertThat(jdbc.sql("""
                        select count(*) from commission_entries e left join settlement_entries s on s.entry_id = e.id
                        where e.leader_id = :leader and s.settlement_id is distinct from :id""")
                .param("leader", sale.leader().leaderId()).param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void aRefundOfAnEntryAlreadySettledIsTakenBackInTheNextSettlement() {
        var sale = commissions.pickedUp("10", 2);
        var order = sale.orderIds().get(0);
        var request = afterSale.request(platform.id(sale.members().get(0)), order, commissions.lineOf(order), 1, "坏了",
                null).getId();
        var pickedUpIn = thisMonth();
        var admin = platform.id("admin");
        // early next month the month of the pickup is settled and paid; the refund is approved after that
        clock.advance(Duration.between(clock.instant(), pickedUpIn.plusMonths(1).atDay(3).atStartOfDay(BusinessTime.ZONE)
                .toInstant()));
        settlements.create(admin, pickedUpIn);
        var first = settlementOf(sale.leader().leaderId(), pickedUpIn);
        settlements.approve(admin, first);
        settlements.markPaid(admin, first, "CMB-1");
        afterSale.approveAsLeader(sale.leader().leaderId(), request, null);

        settlements.create(admin, thisMonth());

        assertThat(settlement(first)).isEqualTo("PAID 200 1");
        assertThat(settlement(settlementOf(sale.leader().leaderId(), thisMonth()))).isEqualTo("DRAFT -100 1");
        assertThat(commissions.ledgerOf(sale.leader().leaderId())).isEqualTo(100);
    }

    @Test
    void aMonthNotBegunBeforeLinliOrUnreadableIsExplainedAndNothingIsSettled() {
        var sale = commissions.pickedUp("10", 1);

        for (var period : new String[] {thisMonth().plusMonths(1).toString(), "2019-12", "abc", "2026-13", "", "99999-01"}) {
            assertThat(mvc.post().uri("/admin/settlements").with(accounts.as("admin")).with(csrf())
                    .param("period", period).header("Accept-Language", "en")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                    .bodyText().contains("Choose a month from 2020-01 to " + thisMonth() + ".");
        }
        assertThat(mvc.post().uri("/admin/settlements").with(accounts.as("admin")).with(csrf())
                .param("period", "2026-01\u0000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select count(*) from settlements where leader_id = :leader")
                .param("leader", sale.leader().leaderId()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsSettleAndALeaderSeesOnlyTheirOwnLedger() {
        var mine = commissions.pickedUp("10", 1);
        var theirs = commissions.pickedUp("20", 2);

        assertThat(mvc.get().uri("/admin/settlements").with(accounts.as(mine.leader().leader())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/settlements").with(accounts.as(mine.leader().leader())).with(csrf())
                .param("period", thisMonth().toString())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/settlements").with(accounts.as(mine.members().get(0))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader/commissions").with(accounts.as(mine.members().get(0))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader/commissions").with(accounts.as(mine.leader().leader()))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText()
                .contains(mine.groupBuy().getTitle(), "¥1.00").doesNotContain(theirs.groupBuy().getTitle(), "¥4.00");
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(BusinessTime.ZONE));
    }

    private long settlementOf(long leaderId, YearMonth month) {
        return jdbc.sql("select id from settlements where leader_id = :leader and period_start = :start")
                .param("leader", leaderId).param("start", month.atDay(1)).query(Long.class).single();
    }

    /** Status, total in fen and number of entries. */
    private String settlement(long id) {
        return jdbc.sql("select status || ' ' || total || ' ' || entry_count from settlements where id = :id")
                .param("id", id).query(String.class).single();
    }
}
