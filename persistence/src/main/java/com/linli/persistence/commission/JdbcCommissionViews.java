package com.linli.persistence.commission;

import static com.linli.persistence.shared.SqlBesideJpa.at;
import static com.linli.persistence.shared.SqlBesideJpa.instant;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.commission.Choice;
import com.linli.domain.commission.CommissionScope;
import com.linli.domain.commission.CommissionViews;
import com.linli.domain.commission.EntryKind;
import com.linli.domain.commission.EntryRow;
import com.linli.domain.commission.GroupBuyCommission;
import com.linli.domain.commission.LeaderCommissions;
import com.linli.domain.commission.ProductFacts;
import com.linli.domain.commission.Rate;
import com.linli.domain.commission.RuleChoices;
import com.linli.domain.commission.RuleRow;
import com.linli.domain.commission.RuleState;
import com.linli.domain.commission.SettlementReview;
import com.linli.domain.commission.SettlementStatus;
import com.linli.domain.commission.SettlementSummary;
import com.linli.domain.commission.SettlementViews;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.Money;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.SqlBesideJpa;

/** Each read one statement, joined in the database: no page walks an entity graph. */
@Repository
class JdbcCommissionViews implements CommissionViews, SettlementViews {

    private static final String PRECEDENCE = Arrays.stream(CommissionScope.values())
            .map(scope -> "'" + scope.name() + "'").collect(Collectors.joining(", ", "array[", "]::varchar[]"));

    /** Entries with their line and group-buy named, and the status of the settlement holding each (if any). */
    private static final String ENTRIES = """
            select e.id, e.kind, e.recorded_at, e.order_id, e.group_buy_id, g.title, l.product_name, l.unit, e.units,
                   e.base_amount, e.rate_bp, e.amount, s.status as settlement_status, count(*) over () as total_rows
            from commission_entries e
            join order_lines l on l.id = e.order_line_id
            join group_buys g on g.id = e.group_buy_id
            left join settlement_entries se on se.entry_id = e.id
            left join settlements s on s.id = se.settlement_id
            """;

    private static final RowMapper<EntryRow> ENTRY = (row, number) -> new EntryRow(row.getLong("id"),
            EntryKind.valueOf(row.getString("kind")), instant(row, "recorded_at"), row.getLong("order_id"),
            row.getLong("group_buy_id"), row.getString("title"), row.getString("product_name"), row.getString("unit"),
            row.getInt("units"), Money.ofFen(row.getLong("base_amount")), new Rate(row.getInt("rate_bp")),
            Money.ofFen(row.getLong("amount")), status(row.getString("settlement_status")));

    /** Settlements with their leader and the community they lead named. */
    private static final String SETTLEMENTS = """
            select s.id, s.leader_id, u.display_name, c.name as community_name, s.period_start, s.status, s.total,
                   s.entry_count, s.created_at, s.paid_at, s.payment_reference, count(*) over () as total_rows
            from settlements s
            join users u on u.id = s.leader_id
            left join leaders ld on ld.user_id = s.leader_id
            left join communities c on c.id = ld.community_id
            """;

    private static final RowMapper<SettlementSummary> SETTLEMENT = (row, number) -> new SettlementSummary(
            row.getLong("id"), row.getLong("leader_id"), row.getString("display_name"), row.getString("community_name"),
            YearMonth.from(row.getObject("period_start", LocalDate.class)), status(row.getString("status")),
            Money.ofFen(row.getLong("total")), row.getInt("entry_count"), instant(row, "created_at"),
            instant(row, "paid_at"), row.getString("payment_reference"));

    private final JdbcClient jdbc;
    private final SqlBesideJpa sql;

    JdbcCommissionViews(JdbcClient jdbc, SqlBesideJpa sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Paged<RuleRow> rules(boolean ended, Instant now, PageQuery page) {
        sql.beforeSql();
        var total = new long[1];
        var rows = jdbc.sql("""
                        select r.id, r.scope, r.target_id, r.rate_bp, r.effective_from, r.effective_until,
                               case r.scope when 'PRODUCT' then p.name when 'CATEGORY' then c.name
                                            when 'SUPPLIER' then s.name
                                            when 'LEADER' then u.display_name || ' · ' || coalesce(cm.name, '') end
                                   as target_name,
                               count(*) over () as total_rows
                        from commission_rules r
                        left join products p on r.scope = 'PRODUCT' and p.id = r.target_id
                        left join categories c on r.scope = 'CATEGORY' and c.id = r.target_id
                        left join suppliers s on r.scope = 'SUPPLIER' and s.id = r.target_id
                        left join users u on r.scope = 'LEADER' and u.id = r.target_id
                        left join leaders ld on r.scope = 'LEADER' and ld.user_id = r.target_id
                        left join communities cm on cm.id = ld.community_id
                        where (r.effective_until is not null and r.effective_until <= :now) = :ended
                        order by array_position(%s, r.scope), target_name, r.effective_from, r.id
                        limit :size offset :offset""".formatted(PRECEDENCE))
                .param("now", at(now)).param("ended", ended).param("size", page.size())
                .param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total_rows");
                    var from = instant(row, "effective_from");
                    var until = instant(row, "effective_until");
                    var state = until != null && !until.isAfter(now) ? RuleState.ENDED
                            : from.isAfter(now) ? RuleState.PLANNED : RuleState.IN_FORCE;
                    return new RuleRow(row.getLong("id"), CommissionScope.valueOf(row.getString("scope")),
                            (Long) row.getObject("target_id"), row.getString("target_name"),
                            new Rate(row.getInt("rate_bp")), day(from), until == null ? null : day(until).minusDays(1),
                            state);
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }

    /** Active suppliers and products, every category, every leader: one statement. */
    @Override
    public RuleChoices ruleChoices() {
        var suppliers = new ArrayList<Choice>();
        var categories = new ArrayList<Choice>();
        var products = new ArrayList<Choice>();
        var leaders = new ArrayList<Choice>();
        jdbc.sql("""
                        select 'SUPPLIER' as scope, id, name from suppliers where status = 'ACTIVE'
                        union all
                        select 'CATEGORY', id, name from categories
                        union all
                        select 'PRODUCT', p.id, p.name || ' · ' || s.name
                        from products p join suppliers s on s.id = p.supplier_id where p.status = 'ACTIVE'
                        union all
                        select 'LEADER', u.id, u.display_name || ' · ' || c.name
                        from leaders l join users u on u.id = l.user_id join communities c on c.id = l.community_id
                        order by scope, name, id""")
                .query((ResultSet row) -> {
                    var choice = new Choice(row.getLong("id"), row.getString("name"));
                    switch (CommissionScope.valueOf(row.getString("scope"))) {
                        case SUPPLIER -> suppliers.add(choice);
                        case CATEGORY -> categories.add(choice);
                        case PRODUCT -> products.add(choice);
                        default -> leaders.add(choice);
                    }
                });
        return new RuleChoices(suppliers, categories, products, leaders);
    }

    @Override
    public Optional<String> targetName(CommissionScope scope, long targetId) {
        var query = switch (scope) {
            case PRODUCT -> "select name from products where id = :id";
            case CATEGORY -> "select name from categories where id = :id";
            case SUPPLIER -> "select name from suppliers where id = :id";
            case LEADER -> "select u.display_name from leaders l join users u on u.id = l.user_id where l.user_id = :id";
            case DEFAULT -> throw new IllegalArgumentException("The default rule has no target");
        };
        return jdbc.sql(query).param("id", targetId).query(String.class).optional();
    }

    @Override
    public Optional<ProductFacts> product(long productId) {
        return jdbc.sql("""
                        select p.id, p.name, s.id as supplier_id, s.name as supplier_name, c.id as category_id,
                               c.name as category_name
                        from products p join suppliers s on s.id = p.supplier_id join categories c on c.id = p.category_id
                        where p.id = :id""")
                .param("id", productId)
                .query((row, number) -> new ProductFacts(row.getLong("id"), row.getString("name"),
                        row.getLong("supplier_id"), row.getString("supplier_name"), row.getLong("category_id"),
                        row.getString("category_name"))).optional();
    }

    @Override
    public Optional<Choice> leader(long leaderUserId) {
        return jdbc.sql("""
                        select u.id, u.display_name || ' · ' || c.name as name
                        from leaders l join users u on u.id = l.user_id join communities c on c.id = l.community_id
                        where l.user_id = :id""")
                .param("id", leaderUserId)
                .query((row, number) -> new Choice(row.getLong("id"), row.getString("name"))).optional();
    }

    @Override
    public LeaderCommissions.Totals leaderTotals(long leaderUserId, Instant monthStart) {
        sql.beforeSql();
        return jdbc.sql("""
                        select coalesce(sum(e.amount) filter (where e.recorded_at >= :monthStart), 0) as this_month,
                               coalesce(sum(e.amount) filter (where s.status is distinct from 'PAID'), 0) as pending,
                               coalesce(sum(e.amount) filter (where s.status = 'PAID'), 0) as settled
                        from commission_entries e
                        left join settlement_entries se on se.entry_id = e.id
                        left join settlements s on s.id = se.settlement_id
                        where e.leader_id = :leader""")
                .param("leader", leaderUserId).param("monthStart", at(monthStart))
                .query((row, number) -> new LeaderCommissions.Totals(Money.ofFen(row.getLong("this_month")),
                        Money.ofFen(row.getLong("pending")), Money.ofFen(row.getLong("settled")))).single();
    }

    @Override
    public List<GroupBuyCommission> leaderGroupBuys(long leaderUserId, int limit) {
        return jdbc.sql("""
                        select e.group_buy_id, g.title, g.pickup_date, count(distinct e.order_line_id) as lines,
                               sum(e.base_amount) as base, sum(e.amount) as commission
                        from commission_entries e join group_buys g on g.id = e.group_buy_id
                        where e.leader_id = :leader
                        group by e.group_buy_id, g.title, g.pickup_date
                        order by max(e.recorded_at) desc, e.group_buy_id desc
                        limit :limit""")
                .param("leader", leaderUserId).param("limit", limit)
                .query((row, number) -> new GroupBuyCommission(row.getLong("group_buy_id"), row.getString("title"),
                        row.getObject("pickup_date", LocalDate.class), row.getInt("lines"),
                        Money.ofFen(row.getLong("base")), Money.ofFen(row.getLong("commission")))).list();
    }

    @Override
    public Paged<EntryRow> leaderEntries(long leaderUserId, PageQuery page) {
        return entries(ENTRIES + " where e.leader_id = :owner order by e.recorded_at desc, e.id desc",
                leaderUserId, page);
    }

    @Override
    public List<SettlementSummary> leaderSettlements(long leaderUserId, int limit) {
        return jdbc.sql(SETTLEMENTS + " where s.leader_id = :leader order by s.period_start desc, s.id desc limit :limit")
                .param("leader", leaderUserId).param("limit", limit).query(SETTLEMENT).list();
    }

    @Override
    public Paged<SettlementSummary> settlements(YearMonth period, SettlementStatus status, PageQuery page) {
        sql.beforeSql();
        var total = new long[1];
        var rows = jdbc.sql(SETTLEMENTS + """
                         where (cast(:period as date) is null or s.period_start = cast(:period as date))
                           and (cast(:status as varchar) is null or s.status = cast(:status as varchar))
                         order by s.period_start desc, u.display_name, s.id
                         limit :size offset :offset""")
                .param("period", period == null ? null : period.atDay(1))
                .param("status", status == null ? null : status.name())
                .param("size", page.size()).param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total_rows");
                    return SETTLEMENT.mapRow(row, number);
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }

    @Override
    public Optional<SettlementSummary> settlement(long id) {
        sql.beforeSql();
        return jdbc.sql(SETTLEMENTS + " where s.id = :id").param("id", id).query(SETTLEMENT).optional();
    }

    @Override
    public SettlementReview.Figures figures(long settlementId) {
        return jdbc.sql("""
                        select count(distinct e.order_id) as orders,
                               count(*) filter (where e.kind = 'REVERSED') as reversals,
                               coalesce(sum(e.amount) filter (where e.kind = 'EARNED'), 0) as earned,
                               coalesce(sum(e.amount) filter (where e.kind = 'REVERSED'), 0) as reversed
                        from settlement_entries se join commission_entries e on e.id = se.entry_id
                        where se.settlement_id = :id""")
                .param("id", settlementId)
                .query((row, number) -> new SettlementReview.Figures(row.getInt("orders"), row.getInt("reversals"),
                        Money.ofFen(row.getLong("earned")), Money.ofFen(row.getLong("reversed")))).single();
    }

    @Override
    public Paged<EntryRow> entries(long settlementId, PageQuery page) {
        return entries(ENTRIES + " where se.settlement_id = :owner order by e.recorded_at, e.id", settlementId, page);
    }

    @Override
    public List<EntryRow> allEntries(long settlementId) {
        return jdbc.sql(ENTRIES + " where se.settlement_id = :owner order by e.recorded_at, e.id")
                .param("owner", settlementId).query(ENTRY).list();
    }

    private Paged<EntryRow> entries(String query, long owner, PageQuery page) {
        var total = new long[1];
        var rows = jdbc.sql(query + " limit :size offset :offset")
                .param("owner", owner).param("size", page.size()).param("offset", (long) page.page() * page.size())
                .query((row, number) -> {
                    total[0] = row.getLong("total_rows");
                    return ENTRY.mapRow(row, number);
                }).list();
        return new Paged<>(rows, page.page(), page.size(), total[0]);
    }

    private static SettlementStatus status(String name) {
        return name == null ? null : SettlementStatus.valueOf(name);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(BusinessTime.ZONE).toLocalDate();
    }
}
