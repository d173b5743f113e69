package com.linli.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.Fulfilments;
import com.linli.LinliIntegrationTest;
import com.linli.TestClock;

/** The scheduled sweep: what a crash left ungathered is gathered, and ready group-buys complete after their window. */
@LinliIntegrationTest
class FulfilmentJobIntegrationTests {

    @Autowired
    FulfilmentJob job;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void gathersWhatACrashLeftAndCompletesGroupBuysOnlyAfterTheirPickupWindow() {
        var closed = fulfilments.closed(2);
        jdbc.sql("delete from purchase_order_lines where group_buy_id = :id").param("id", closed.groupBuy().getId())
                .update();
        var ready = fulfilments.ready(1);

        job.gatherMissed();
        job.completePickupWindows();

        assertThat(jdbc.sql("select sum(quantity) from purchase_order_lines where group_buy_id = :id")
                .param("id", closed.groupBuy().getId()).query(Integer.class).single()).isEqualTo(2);
        assertThat(status(ready.groupBuy().getId())).isEqualTo("READY");

        clock.advance(Duration.ofDays(6)); // pickup two days ahead, then the three-day window
        job.completePickupWindows();
        assertThat(status(ready.groupBuy().getId())).isEqualTo("COMPLETED");
    }

    private String status(long groupBuyId) {
        return jdbc.sql("select status from group_buys where id = :id").param("id", groupBuyId).query(String.class)
                .single();
    }
}
