package com.linli.persistence.groupbuy;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.groupbuy.GroupBuyItem;
import com.linli.domain.groupbuy.Stock;

/** Stock as single conditional updates: the database decides, not a read-modify-write in Java. */
@Repository
class JdbcStock implements Stock {

    private final JdbcClient jdbc;

    JdbcStock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item without a stock limit still stops at {@link GroupBuyItem#MAX_UNITS}, so sold never overflows. */
    @Override
    public boolean take(long itemId, int quantity) {
        return jdbc.sql("""
                        update group_buy_items set sold = sold + :quantity
                        where id = :id and sold + :quantity <= coalesce(stock_limit, :ceiling)""")
                .param("quantity", quantity).param("id", itemId).param("ceiling", GroupBuyItem.MAX_UNITS)
                .update() == 1;
    }

    @Override
    public void giveBack(long itemId, int quantity) {
        var updated = jdbc.sql("update group_buy_items set sold = sold - :quantity where id = :id and sold >= :quantity")
                .param("quantity", quantity).param("id", itemId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Item " + itemId + " has fewer than " + quantity + " units sold");
        }
    }

    @Override
    public Map<Long, Integer> soldByItem(long groupBuyId) {
        var sold = new HashMap<Long, Integer>();
        jdbc.sql("select id, sold from group_buy_items where group_buy_id = :id").param("id", groupBuyId)
                .query(rs -> {
                    sold.put(rs.getLong("id"), rs.getInt("sold"));
                });
        return sold;
    }
}
