package com.linli.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.linli.LinliIntegrationTest;
import com.linli.Platform;
import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.User;

/** The demo's delivered group-buys: the whole cycle a new user sees, made in one transaction as the demo is. */
@LinliIntegrationTest
class DemoFulfilmentIntegrationTests {

    @Autowired
    DemoFulfilment fulfilment;

    @Autowired
    Platform platform;

    @Autowired
    IdentityService identity;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCommunityHasADeliverySignedTheFirstOneShortAndMostOrdersPickedUp() {
        var neighbourhoods = new ArrayList<DemoFulfilment.Neighbourhood>();
        for (int c = 0; c < 2; c++) {
            var led = platform.leader();
            var members = new ArrayList<User>();
            for (int m = 0; m < 9; m++) {
                members.add(identity.user(platform.member(led.community(), "演示邻居")));
            }
            neighbourhoods.add(new DemoFulfilment.Neighbourhood(identity.user(led.leader()), led.community(), members));
        }
        var products = List.of(platform.product("演示丑橘"), platform.product("演示苹果"));

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                fulfilment.load(platform.id("admin"), neighbourhoods, products));

        for (int c = 0; c < 2; c++) {
            long community = neighbourhoods.get(c).community().getId();
            assertThat(count("select count(*) from deliveries where community_id = :c and status = 'RECEIVED'", community))
                    .isEqualTo(2);
            assertThat(count("select coalesce(sum(short_quantity), 0) from order_lines where community_id = :c", community))
                    .isEqualTo(c == 0 ? 1 : 0);
            assertThat(count("select count(*) from orders where community_id = :c and status = 'PICKED_UP'", community))
                    .isEqualTo(6);
            assertThat(count("select count(*) from orders where community_id = :c and status = 'READY_FOR_PICKUP'",
                    community)).isEqualTo(2);
            assertThat(count("select count(*) from group_buys where community_id = :c and status = 'READY'", community))
                    .isEqualTo(1);
        }
    }

    private long count(String sql, long community) {
        return jdbc.sql(sql).param("c", community).query(Long.class).single();
    }
}
