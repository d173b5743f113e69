package com.linli.domain.fulfilment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.linli.domain.shared.Money;

/**
 * 分拣单 of a pickup point, for one pickup date or one group-buy: by member for handing out, and by
 * product for counting what arrived.
 *
 * @param groupBuyTitle null for the pick list of a whole date
 * @param dates         the pickup dates around today that have orders, to choose another
 */
public record PickList(LocalDate pickupDate, String groupBuyTitle, List<LocalDate> dates, List<MemberPicks> byMember,
                       List<ProductCount> byProduct) {

    public PickList {
        dates = List.copyOf(dates);
        byMember = List.copyOf(byMember);
        byProduct = List.copyOf(byProduct);
    }

    /** From the rows sorted by member, in one pass each way. */
    static PickList of(LocalDate pickupDate, String groupBuyTitle, List<LocalDate> dates, List<PickListRow> rows) {
        var members = new LinkedHashMap<Long, List<PickListRow>>();
        var products = new LinkedHashMap<String, long[]>();
        var units = new LinkedHashMap<String, String>();
        for (var row : rows) {
            members.computeIfAbsent(row.memberId(), id -> new ArrayList<>()).add(row);
            var counts = products.computeIfAbsent(row.productName(), name -> new long[2]);
            counts[0] += row.quantity();
            counts[1]++;
            units.putIfAbsent(row.productName(), row.unit());
        }
        var byMember = members.values().stream()
                .map(lines -> new MemberPicks(lines.get(0).memberName(), lines.get(0).phone(), lines)).toList();
        var byProduct = products.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new ProductCount(entry.getKey(), units.get(entry.getKey()), entry.getValue()[0],
                        (int) entry.getValue()[1])).toList();
        return new PickList(pickupDate, groupBuyTitle, dates, byMember, byProduct);
    }

    public boolean isEmpty() {
        return byMember.isEmpty();
    }

    public record MemberPicks(String memberName, String phone, List<PickListRow> lines) {

        public MemberPicks {
            lines = List.copyOf(lines);
        }

        public Money total() {
            return lines.stream().map(PickListRow::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** @param lines how many order lines hold the product */
    public record ProductCount(String productName, String unit, long quantity, int lines) {
    }
}
