package com.linli.persistence.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyDetails;
import com.linli.domain.groupbuy.GroupBuys;
import com.linli.domain.groupbuy.ItemSpec;
import com.linli.domain.groupbuy.PriceTier;
import com.linli.domain.groupbuy.Supply;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;

/** The rows that group-buys and orders refer to, inserted directly for persistence tests. */
public final class Rows {

    private final JdbcClient jdbc;

    public Rows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A community with its pickup point: its id. */
    public long community() {
        long pointId = next("pickup_points_seq");
        jdbc.sql("insert into pickup_points (id, name, address, opening_hours, contact_phone, created_at, updated_at) "
                + "values (:id, '便利店', '文三路 1 号', '8:00-21:00', '13800138000', now(), now())").param("id", pointId)
                .update();
        long communityId = next("communities_seq");
        jdbc.sql("insert into communities (id, name, city, district, invite_code, status, pickup_point_id, created_at, "
                        + "updated_at) values (:id, '阳光花园', '杭州', '西湖区', :code, 'ACTIVE', :point, now(), now())")
                .param("id", communityId).param("code", "C%07d".formatted(communityId % 10_000_000))
                .param("point", pointId).update();
        return communityId;
    }

    /** A product of a new supplier and category, supply ¥10.00, floor ¥15.00, retail ¥25.00: its id. */
    public long product() {
        long supplierId = next("suppliers_seq");
        jdbc.sql("insert into suppliers (id, name, status, created_at, updated_at) "
                + "values (:id, '测试供应商', 'ACTIVE', now(), now())").param("id", supplierId).update();
        long categoryId = next("categories_seq");
        jdbc.sql("insert into categories (id, name, position, created_at, updated_at) "
                + "values (:id, :name, :id, now(), now())").param("id", categoryId).param("name", "测试品类" + categoryId)
                .update();
        long productId = next("products_seq");
        jdbc.sql("insert into products (id, supplier_id, category_id, name, unit, supply_price, floor_price, "
                        + "retail_price, status, created_at, updated_at) values (:id, :supplier, :category, '丑橘', "
                        + "'斤', 1000, 1500, 2500, 'ACTIVE', now(), now())")
                .param("id", productId).param("supplier", supplierId).param("category", categoryId).update();
        return productId;
    }

    /** A member (or leader) with nothing but an account: their id. */
    public long member() {
        long id = next("users_seq");
        jdbc.sql("insert into users (id, username, display_name, password_hash, created_at, updated_at) "
                + "values (:id, :name, '成员', '{noop}x', now(), now())").param("id", id).param("name", "m" + id).update();
        return id;
    }

    /** An item of a new product at ¥20.00, with this threshold and these tiers. */
    public ItemSpec item(int threshold, List<PriceTier> tiers) {
        long productId = product();
        return new ItemSpec(productId, "商品" + productId, "份", Money.ofFen(1500), Money.ofFen(2500),
                Money.ofFen(2000), threshold, null, null, tiers);
    }

    /** A group-buy of the community, open until a day after {@code now}, saved through the port. */
    public GroupBuy openGroupBuy(GroupBuys groupBuys, long community, Instant now, ItemSpec... items) {
        var closesAt = now.plus(Duration.ofDays(1));
        var draft = GroupBuy.draft(community, member(), new GroupBuyDetails("截单测试", "", closesAt,
                closesAt.atZone(BusinessTime.ZONE).toLocalDate().plusDays(1)), List.of(items), now);
        var supplies = new HashMap<Long, Supply>();
        for (var item : items) {
            supplies.put(item.productId(), new Supply(supplierOf(item.productId()), Money.ofFen(1000)));
        }
        draft.publish(supplies, now);
        return groupBuys.save(draft);
    }

    public long supplierOf(long productId) {
        return jdbc.sql("select supplier_id from products where id = :id").param("id", productId).query(Long.class)
                .single();
    }

    public long next(String sequence) {
        return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
    }
}
