package com.linli.persistence.groupbuy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.groupbuy.Stock;
import com.linli.persistence.testsupport.Rows;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/** The sold counter under real concurrency: every thread its own transaction on one hot item. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({TestDatabaseConfiguration.class, JdbcStock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcStockTests {

    @Autowired
    Stock stock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoHundredBuyersNeverOversellFifty() throws Exception {
        long itemId = newItem(50);
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(32);
        var results = new ArrayList<Future<Integer>>();
        for (int buyer = 0; buyer < 200; buyer++) {
            int quantity = 1 + buyer % 2;
            Callable<Integer> buy = () -> {
                start.await();
                return new TransactionTemplate(transactions)
                        .execute(status -> stock.take(itemId, quantity) ? quantity : 0);
            };
            results.add(executor.submit(buy));
        }
        start.countDown();
        int taken = 0;
        for (var result : results) {
            taken += result.get();
        }
        executor.shutdown();

        assertThat(sold(itemId)).isEqualTo(50).isEqualTo(taken);
    }

    @Test
    void aRolledBackTakeLeavesNothingTakenAndGivingBackMoreThanSoldIsRefused() {
        long itemId = newItem(5);
        var transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            assertThat(stock.take(itemId, 3)).isTrue();
            status.setRollbackOnly();
        });
        assertThat(sold(itemId)).isZero();

        transaction.executeWithoutResult(status -> assertThat(stock.take(itemId, 5)).isTrue());
        assertThat(stock.take(itemId, 1)).isFalse();
        stock.giveBack(itemId, 2);
        assertThat(sold(itemId)).isEqualTo(3);
        assertThatIllegalStateException().isThrownBy(() -> stock.giveBack(itemId, 4));
        assertThat(stock.soldByItem(groupBuyOf(itemId))).containsEntry(itemId, 3);
    }

    @Test
    void soldNeverPassesTheCeilingOfAnItemWithoutAStockLimit() {
        long itemId = newItem(null);
        jdbc.sql("update group_buy_items set sold = :sold where id = :id").param("sold", GroupBuyItem.MAX_UNITS - 5)
                .param("id", itemId).update();

        assertThat(stock.take(itemId, 6)).isFalse();
        assertThat(stock.take(itemId, 5)).isTrue();
        assertThat(stock.take(itemId, 1)).isFalse();
        assertThat(sold(itemId)).isEqualTo(GroupBuyItem.MAX_UNITS);
    }

    private long newItem(Integer stockLimit) {
        var rows = new Rows(jdbc);
        long userId = rows.next("users_seq");
        jdbc.sql("insert into users (id, username, display_name, password_hash, created_at, updated_at) "
                + "values (:id, :name, '团长', 'x', now(), now())").param("id", userId).param("name", "leader" + userId)
                .update();
        long communityId = rows.community();
        long productId = rows.product();
        long groupBuyId = rows.next("group_buys_seq");
        jdbc.sql("insert into group_buys (id, community_id, leader_id, title, closes_at, pickup_date, status, "
                        + "created_at, updated_at, version) values (:id, :community, :leader, '丑橘', "
                        + "now() + interval '1 day', current_date + 2, 'OPEN', now(), now(), 0)")
                .param("id", groupBuyId).param("community", communityId).param("leader", userId).update();
        long itemId = rows.next("group_buy_items_seq");
        jdbc.sql("insert into group_buy_items (id, group_buy_id, community_id, product_id, product_name, unit, price, "
                        + "threshold, stock_limit, supplier_id, supply_price) select :id, :gb, :community, p.id, "
                        + "'丑橘', '份', 1990, 1, :stock, p.supplier_id, p.supply_price from products p where p.id = :product")
                .param("id", itemId).param("gb", groupBuyId).param("community", communityId).param("product", productId)
                .param("stock", stockLimit).update();
        return itemId;
    }

    private int sold(long itemId) {
        return jdbc.sql("select sold from group_buy_items where id = :id").param("id", itemId).query(Integer.class)
                .single();
    }

    private long groupBuyOf(long itemId) {
        return jdbc.sql("select group_buy_id from group_buy_items where id = :id").param("id", itemId)
                .query(Long.class).single();
    }
}
