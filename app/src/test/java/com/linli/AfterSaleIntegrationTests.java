package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;

import com.linli.domain.aftersale.AfterSaleService;
import com.linli.domain.shared.DomainException;

/**
 * 售后 end to end: a member asks for units of a collected line back (with a photo), the point's leader
 * or an admin decides, the order records the refund and the ledger takes the commission back; bad
 * requests are explained and change nothing; nobody decides or sees another point's requests.
 */
@LinliIntegrationTest
class AfterSaleIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Commissions commissions;

    @Autowired
    Platform platform;

    @Autowired
    AfterSaleService afterSale;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberAsksWithAPhotoTheLeaderApprovesAndTheOrderTheLedgerAndTheMemberKnow() throws IOException {
        var sale = commissions.pickedUp("10", 3, 1);
        var member = sale.members().get(0);
        var order = sale.orderIds().get(0);
        var line = commissions.lineOf(order);

        assertThat(mvc.get().uri("/orders/{id}", order).with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("/orders/" + order + "/after-sale");
        assertThat(mvc.get().uri("/orders/{id}/after-sale", order).with(accounts.as(member))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("计佣丑橘 ×3", "申请退款");
        var photo = png();
        assertThat(mvc.post().uri("/orders/{o}/lines/{l}/refund", order, line).multipart().with(accounts.as(member))
                .with(csrf()).param("quantity", "1").param("reason", "有一个磕坏了")
                .file(new MockMultipartFile("photo", "坏果.png", "image/png", photo)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/orders/" + order + "/after-sale");
        var request = requestOf(order);

        assertThat(mvc.get().uri("/after-sale/{id}/photo", request).with(accounts.as(member))).hasStatusOk()
                .hasContentType("image/png");
        assertThat(mvc.get().uri("/after-sale/{id}/photo", request).with(accounts.as(sale.members().get(1))))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/leader/after-sale/{id}/photo", request).with(accounts.as(sale.leader().leader())))
                .hasStatusOk();
        assertThat(mvc.get().uri("/leader/after-sale/{id}/photo", request)
                .with(accounts.as(platform.leader().leader()))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/leader/after-sale").with(accounts.as(sale.leader().leader()))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText()
                .contains("邻居1", "有一个磕坏了", "同意并退款 ¥10.00");

        assertThat(mvc.post().uri("/leader/after-sale/{id}/approve", request).with(accounts.as(sale.leader().leader()))
                .with(csrf()).param("reason", "抱歉！")).hasStatus(HttpStatus.FOUND).flash()
                .containsEntry("message", "aftersale.approved");

        assertThat(orderState(order)).isEqualTo("PICKED_UP PAID 1000");
        assertThat(commissions.entries(line)).containsExactly("EARNED 300", "REVERSED -100");
        assertThat(notified(order)).containsExactly("REFUND_APPROVED");
        assertThat(mvc.get().uri("/orders/{id}", order).with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("售后已退款", "¥10.00", "已付款");
        assertThat(mvc.get().uri("/after-sale").with(accounts.as(member)).header("Accept-Language", "zh-CN"))
                .hasStatusOk().bodyText().contains("计佣丑橘 ×1 · ¥10.00", "已退款", "抱歉！");

        // the rest, asked again and decided by an admin: nothing is left paid, and nothing earned
        afterSale.request(platform.id(member), order, line, 2, "剩下的也不新鲜", null);
        assertThat(mvc.post().uri("/admin/after-sale/{id}/approve", requestOf(order)).with(accounts.as("admin"))
                .with(csrf())).hasStatus(HttpStatus.FOUND);
        assertThat(orderState(order)).isEqualTo("PICKED_UP REFUNDED 3000");
        assertThat(commissions.entries(line)).containsExactly("EARNED 300", "REVERSED -100", "REVERSED -200");
        assertThat(jdbc.sql("select actor_username from audit_entries where action = 'REFUND_APPROVED' "
                        + "and target_id in (select id from refund_requests where order_id = :o) order by id")
                .param("o", order).query(String.class).list()).containsExactly(sale.leader().leader(), "admin");
    }

    @Test
    void moreThanWasTakenHomeNonsenseNoReasonNoImageTooLateOrSomeoneElsesIsExplainedAndChangesNothing() {
        var sale = commissions.pickedUp("10", 2, 1);
        var member = sale.members().get(0);
        var order = sale.orderIds().get(0);
        var line = commissions.lineOf(order);
        var uri = "/orders/" + order + "/lines/" + line + "/refund";

        assertThat(refund(uri, member, "3", "坏了", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("计佣丑橘 可申请 1 到 2 份。");
        for (var nonsense : new String[] {"0", "-1", "99999999999", "abc", "1.5"}) {
            assertThat(refund(uri, member, nonsense, "坏了", "en")).hasStatusOk().bodyText()
                    .containsAnyOf("Enter a number of units from 1 to what you took home.",
                            "Enter a whole number of units, e.g. 1.");
        }
        assertThat(refund(uri, member, "1", "  ", "en")).hasStatusOk().bodyText().contains("Please fill this in.");
        assertThat(refund(uri, member, "1", "长".repeat(501), "en")).hasStatusOk().bodyText()
                .contains("Use at most 500 characters.");
        assertThat(refund(uri, member, "1", "坏了\u0000", "en")).hasStatusOk().bodyText()
                .contains("Remove the invisible control characters");
        assertThat(mvc.post().uri(uri).multipart().with(accounts.as(member)).with(csrf()).param("quantity", "1")
                .param("reason", "坏了").header("Accept-Language", "en")
                .file(new MockMultipartFile("photo", "x.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8))))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("This file is not an image that can be read.");
        assertThat(refund(uri, sale.members().get(1), "1", "坏了", "en")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(refund(uri, sale.leader().leader(), "1", "坏了", "en")).hasStatus(HttpStatus.NOT_FOUND);

        var waiting = commissions.ready("10", 1);
        assertThat(mvc.get().uri("/orders/{id}/after-sale", waiting.orderIds().get(0))
                .with(accounts.as(waiting.members().get(0))).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("只有已提货的订单可以申请售后");

        clock.advance(Duration.ofDays(7));
        assertThat(refund(uri, member, "1", "坏了", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("售后需在提货后 7 天内申请，已超过期限。");
        assertThat(jdbc.sql("select count(*) from refund_requests where order_id = :o").param("o", order)
                .query(Long.class).single()).isZero();
        assertThat(orderState(order)).isEqualTo("PICKED_UP PAID 0");
    }

    @Test
    void oneRequestPerLineWaitsAtATimeEvenWhenSentTwiceAtOnce() {
        var sale = commissions.pickedUp("10", 2);
        long member = platform.id(sale.members().get(0));
        var order = sale.orderIds().get(0);
        var line = commissions.lineOf(order);

        var answers = AtOnce.send(2, i -> {
            try {
                afterSale.request(member, order, line, 1, "坏了", null);
                return "sent";
            } catch (DomainException e) {
                return e.code();
            }
        });

        assertThat(answers).containsExactlyInAnyOrder("sent", "aftersale.already-pending");
        assertThat(jdbc.sql("select count(*) from refund_requests where order_id = :o").param("o", order)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aRequestIsDecidedOnceOnlyByItsPointsLeaderOrAnAdminAndARejectionSaysWhy() {
        var sale = commissions.pickedUp("10", 2, 1);
        long member = platform.id(sale.members().get(0));
        var order = sale.orderIds().get(0);
        var line = commissions.lineOf(order);
        var request = afterSale.request(member, order, line, 1, "坏了", null).getId();
        var leader = accounts.as(sale.leader().leader());

        assertThat(mvc.post().uri("/leader/after-sale/{id}/approve", request).with(accounts.as(platform.leader().leader()))
                .with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/leader/after-sale/{id}/approve", request).with(accounts.as(sale.members().get(1)))
                .with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/after-sale/{id}/approve", request).with(leader).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/leader/after-sale").with(accounts.as(platform.leader().leader()))).hasStatusOk()
                .bodyText().doesNotContain("request-" + request);
        assertThat(mvc.post().uri("/leader/after-sale/{id}/reject", request).with(leader).with(csrf())
                .param("reason", " ").header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("请填写原因（最多 500 个字符），成员会看到。");
        assertThat(mvc.post().uri("/leader/after-sale/{id}/reject", request).with(leader).with(csrf())
                .param("reason", "原因\u0007")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(status(request)).isEqualTo("PENDING");

        var answers = AtOnce.send(2, i -> {
            try {
                if (i == 0) {
                    afterSale.approveAsLeader(sale.leader().leaderId(), request, null);
                } else {
                    afterSale.approveAsAdmin(platform.id("admin"), request, null);
                }
                return "approved";
            } catch (DomainException e) {
                return e.code();
            }
        });
        assertThat(answers).containsExactlyInAnyOrder("approved", "aftersale.already-decided");
        assertThat(orderState(order)).isEqualTo("PICKED_UP PAID 1000");
        assertThat(commissions.entries(line)).containsExactly("EARNED 200", "REVERSED -100");
        assertThat(mvc.post().uri("/leader/after-sale/{id}/reject", request).with(leader).with(csrf())
                .param("reason", "太晚了").header("Accept-Language", "zh-CN")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("此申请已是「已退款」。");

        var rejected = afterSale.request(member, order, line, 1, "还是坏了", null).getId();
        assertThat(mvc.post().uri("/leader/after-sale/{id}/reject", rejected).with(leader).with(csrf())
                .param("reason", "照片看是完好的")).hasStatus(HttpStatus.FOUND);
        assertThat(notified(order)).containsExactly("REFUND_APPROVED", "REFUND_REJECTED");
        assertThat(mvc.get().uri("/orders/{id}/after-sale", order).with(accounts.as(sale.members().get(0)))
                .header("Accept-Language", "zh-CN")).hasStatusOk().bodyText().contains("已拒绝", "照片看是完好的");
        assertThat(commissions.entries(line)).hasSize(2);
    }

    private MockMultipartMvcRequestBuilder refund(String uri, String member, String quantity, String reason,
                                                  String language) {
        return mvc.post().uri(uri).multipart().with(accounts.as(member)).with(csrf()).param("quantity", quantity)
                .param("reason", reason).header("Accept-Language", language);
    }

    private long requestOf(long orderId) {
        return jdbc.sql("select id from refund_requests where order_id = :o and status = 'PENDING'").param("o", orderId)
                .query(Long.class).single();
    }

    private String status(long requestId) {
        return jdbc.sql("select status from refund_requests where id = :id").param("id", requestId)
                .query(String.class).single();
    }

    private String orderState(long orderId) {
        return jdbc.sql("select status || ' ' || payment_status || ' ' || refunded_amount from orders where id = :id")
                .param("id", orderId).query(String.class).single();
    }

    private List<String> notified(long orderId) {
        return jdbc.sql("select kind from notifications where order_id = :id and kind like 'REFUND%' order by id")
                .param("id", orderId).query(String.class).list();
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
