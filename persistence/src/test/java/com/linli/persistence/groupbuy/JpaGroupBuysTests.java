package com.linli.persistence.groupbuy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.shared.Money;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.Rows;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/** The lock between a group-buy's orders and its cutoff, under two transactions on real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JpaGroupBuysTests {

    @Autowired
    GroupBuys groupBuys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private GroupBuy open() {
        var rows = new Rows(jdbc);
        return rows.openGroupBuy(groupBuys, rows.community(), Instant.now().truncatedTo(ChronoUnit.MICROS),
                rows.item(1, List.of(new PriceTier(10, Money.ofFen(1800)), new PriceTier(20, Money.ofFen(1600)))),
                rows.item(1, List.of()));
    }

    private LockProbe probe() {
        return new LockProbe(transactions, jdbc);
    }

    @Test
    void ordersOfOneGroupBuyDoNotWaitForEachOther() {
        var groupBuy = open();

        var second = probe().secondGoesOnWhileFirstHolds(() -> groupBuys.findForOrdering(groupBuy.getId()),
                () -> groupBuys.findForOrdering(groupBuy.getId()).orElseThrow().getStatus());

        assertThat(second).isEqualTo(GroupBuyStatus.OPEN);
    }

    @Test
    void anOrderWaitsForTheCutoffAndThenSeesTheGroupBuyClosed() {
        var groupBuy = open();

        var seen = probe().secondWaitsForFirst(() -> {
            groupBuys.findForClosing(groupBuy.getId());
            jdbc.sql("update group_buys set status = 'CLOSED' where id = :id").param("id", groupBuy.getId()).update();
        }, () -> groupBuys.findForOrdering(groupBuy.getId()).orElseThrow().getStatus());

        assertThat(seen).isEqualTo(GroupBuyStatus.CLOSED);
    }

    @Test
    void theCutoffWaitsForAnOrderInFlightAndThenCountsWhatItSold() {
        var groupBuy = open();
        long item = groupBuy.getItems().get(0).getId();

        var sold = probe().secondWaitsForFirst(() -> {
            groupBuys.findForOrdering(groupBuy.getId());
            jdbc.sql("update group_buy_items set sold = sold + 3 where id = :id").param("id", item).update();
        }, () -> groupBuys.findForClosing(groupBuy.getId()).orElseThrow().getItems().get(0).getSold());

        assertThat(sold).isEqualTo(3);
    }

    @Test
    void aGroupBuyForOrderingComesWithItsItemsInOrderAndTheirTiers() {
        var groupBuy = open();

        var loaded = new TransactionTemplate(transactions)
                .execute(status -> groupBuys.findForOrdering(groupBuy.getId()).orElseThrow());

        assertThat(loaded.getItems()).extracting(GroupBuyItem::getId)
                .containsExactlyElementsOf(groupBuy.getItems().stream().map(GroupBuyItem::getId).toList());
        assertThat(loaded.getItems().get(0).getTiers()).extracting(PriceTier::minQuantity).containsExactly(10, 20);
        assertThat(loaded.getItems().get(1).getTiers()).isEmpty();
    }

    @Test
    void anUnknownGroupBuyIsNotFoundForOrderingNorForClosing() {
        var found = new TransactionTemplate(transactions).execute(status ->
                groupBuys.findForOrdering(-1L).isPresent() || groupBuys.findForClosing(-1L).isPresent());

        assertThat(found).isFalse();
    }
}
