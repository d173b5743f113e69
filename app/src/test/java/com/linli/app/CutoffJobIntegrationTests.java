package com.linli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.LinliIntegrationTest;
import com.linli.Platform;
import com.linli.TestClock;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.OrderService;
import com.linli.domain.order.PlaceOrder;
import com.linli.domain.shared.BusinessTime;

/** The scheduled cutoff closes what is due, and a second run finds nothing left to do. */
@LinliIntegrationTest
class CutoffJobIntegrationTests {

    @Autowired
    CutoffJob job;

    @Autowired
    Platform platform;

    @Autowired
    GroupBuyService groupBuys;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void closesGroupBuysWhoseCutoffPassedExactlyOnce() {
        var leader = platform.leader();
        var closesAt = clock.instant().plus(Duration.ofHours(1));
        var draft = groupBuys.draft(leader.leaderId(), new GroupBuyDetails("马上截单", "", closesAt,
                        closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)),
                List.of(Platform.item(platform.product("香蕉"), 990, 1, null, null)));
        var groupBuy = groupBuys.publish(leader.leaderId(), draft.getId());
        var member = platform.member(leader.community(), "壬");
        var order = orders.place(platform.id(member),
                new PlaceOrder(groupBuy.getId(), Map.of(groupBuy.getItems().get(0).getId(), 1)));
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        job.closeDueGroupBuys();
        job.closeDueGroupBuys();

        assertThat(jdbc.sql("select status from group_buys where id = :id").param("id", groupBuy.getId())
                .query(String.class).single()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select status, pickup_code from orders where id = :id").param("id", order.getId())
                .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2).length()).single()).isEqualTo("CONFIRMED:6");
        assertThat(jdbc.sql("select count(*) from notifications where order_id = :id").param("id", order.getId())
                .query(Integer.class).single()).isEqualTo(1);
    }
}
