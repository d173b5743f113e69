package com.linli.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.ItemSpec;
import com.linli.domain.groupbuy.Supply;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.domain.order.Order;
import com.linli.domain.order.OrderLimits;
import com.linli.domain.order.Orders;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.Rows;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/** The member's live order, looked up for the order form while their own cancel may be in flight. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JpaOrdersTests {

    @Autowired
    Orders orders;

    @Autowired
    GroupBuys groupBuys;

    @Autowired
    Users users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void liveOrderIsFoundUntilACancelCommitsWhichTheLookupWaitsFor() {
        var now = Instant.now();
        var leader = users.save(user("gb_leader_", now));
        var member = users.save(user("gb_member_", now));
        var rows = new Rows(jdbc);
        long productId = rows.product();
        var closesAt = now.plus(Duration.ofDays(1));
        var draft = GroupBuy.draft(rows.community(), leader.getId(), new GroupBuyDetails("锁单测试", "", closesAt,
                closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)), List.of(new ItemSpec(productId, "苹果",
                "斤", Money.ofFen(1500), Money.ofFen(2500), Money.ofFen(1990), 1, null, null, List.of())), now);
        draft.publish(Map.of(productId, new Supply(rows.supplierOf(productId), Money.ofFen(1000))), now);
        var groupBuy = groupBuys.save(draft);
        var order = orders.save(Order.place(groupBuy, member.getId(), Map.of(groupBuy.getItems().get(0).getId(), 1),
                new OrderLimits(999), now));
        var transaction = new TransactionTemplate(transactions);

        Long live = transaction.execute(status -> orders.findLiveForChange(groupBuy.getId(), member.getId())
                .map(Order::getId).orElse(null));
        assertThat(live).isEqualTo(order.getId());

        var seenByTheForm = new LockProbe(transactions, jdbc).secondWaitsForFirst(
                () -> {
                    orders.findForChange(order.getId()).orElseThrow();
                    jdbc.sql("update orders set status = 'CANCELLED' where id = :id").param("id", order.getId()).update();
                },
                () -> orders.findLiveForChange(groupBuy.getId(), member.getId()));

        assertThat(seenByTheForm).isEmpty();
    }

    private static User user(String prefix, Instant now) {
        return User.register(prefix + System.nanoTime() % 1_000_000_000, "王五", "13800000000", "{noop}secret-password",
                now);
    }
}
