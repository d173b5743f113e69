package com.linli.persistence.groupbuy;

import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.groupbuy.CommunityGroupBuys;
import com.linli.domain.groupbuy.GroupBuyCard;
import com.linli.domain.groupbuy.GroupBuyStatus;
import com.linli.domain.groupbuy.GroupBuyViews;
import com.linli.domain.groupbuy.ItemOutcome;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.SqlBesideJpa;

/** The group-buy pages' reads, joined in the database: no page walks an entity graph. */
@Repository
class JdbcGroupBuyViews implements GroupBuyViews {

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcGroupBuyViews(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** A row per item of the shown group-buys; every row also carries how many closed ones there are. */
    @Override
    public CommunityGroupBuys ofCommunity(long communityId, PageQuery closedPage) {
        sql.beforeSql();
        var cards = new LinkedHashMap<Long, CardRows>();
        var closedTotal = new long[1];
        jdbc.sql("""
                        with shown as (
                            (select id, true as open from group_buys
                             where community_id = :community and status = 'OPEN')
                            union all
                            (select id, false from group_buys
                             where community_id = :community and status in ('CLOSED', 'DELIVERING', 'READY', 'COMPLETED')
                             order by closes_at desc, id desc
                             limit :size offset :offset)
                        )
                        select g.id, g.title, g.status, g.closes_at, shown.open,
                               i.product_name, i.price, i.threshold, i.sold, i.stock_limit, i.outcome,
                               (select count(*) from group_buys c where c.community_id = :community
                                  and c.status in ('CLOSED', 'DELIVERING', 'READY', 'COMPLETED')) as closed_total
                        from shown
                        join group_buys g on g.id = shown.id
                        join group_buy_items i on i.group_buy_id = g.id
                        order by shown.open desc, case when shown.open then g.closes_at end,
                                 g.closes_at desc, g.id, i.id""")
                .param("community", communityId).param("size", closedPage.size())
                .param("offset", (long) closedPage.page() * closedPage.size())
                .query(row -> {
                    closedTotal[0] = row.getLong("closed_total");
                    var card = cards.get(row.getLong("id"));
                    if (card == null) {
                        card = new CardRows(row.getBoolean("open"), new GroupBuyCard(row.getLong("id"),
                                row.getString("title"), GroupBuyStatus.valueOf(row.getString("status")),
                                instant(row, "closes_at"), List.of()), new ArrayList<>());
                        cards.put(card.card().id(), card);
                    }
                    card.items().add(new GroupBuyCard.Item(row.getString("product_name"),
                            Money.ofFen(row.getLong("price")), row.getInt("threshold"), row.getInt("sold"),
                            row.getObject("stock_limit", Integer.class), ItemOutcome.valueOf(row.getString("outcome"))));
                });
        var open = new ArrayList<GroupBuyCard>();
        var closed = new ArrayList<GroupBuyCard>();
        cards.values().forEach(card -> (card.open() ? open : closed).add(card.withItems()));
        return new CommunityGroupBuys(open, new Paged<>(closed, closedPage.page(), closedPage.size(), closedTotal[0]));
    }

    private record CardRows(boolean open, GroupBuyCard card, List<GroupBuyCard.Item> items) {

        GroupBuyCard withItems() {
            return new GroupBuyCard(card.id(), card.title(), card.status(), card.closesAt(), items);
        }
    }
}
