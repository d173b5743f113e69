package com.linli.persistence.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;

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

    public long supplierOf(long productId) {
        return jdbc.sql("select supplier_id from products where id = :id").param("id", productId).query(Long.class)
                .single();
    }

    public long next(String sequence) {
        return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
    }
}
