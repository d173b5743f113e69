package com.linli.domain.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.linli.domain.order.OrderStatus;
import com.linli.domain.shared.Money;

class PickListTests {

    @Test
    void groupsTheRowsByMemberForHandingOutAndCountsThemByProduct() {
        var date = LocalDate.of(2026, 11, 21);
        var rows = List.of(
                row(1, "王芳", 100, "丑橘", 2, 3980, OrderStatus.READY_FOR_PICKUP),
                row(1, "王芳", 101, "鸡蛋", 1, 2600, OrderStatus.PICKED_UP),
                row(2, "张伟", 102, "丑橘", 3, 5970, OrderStatus.READY_FOR_PICKUP));

        var pickList = PickList.of(date, null, List.of(date), rows);

        assertThat(pickList.byMember()).extracting(PickList.MemberPicks::memberName).containsExactly("王芳", "张伟");
        assertThat(pickList.byMember().get(0).total()).isEqualTo(Money.ofFen(3980 + 2600));
        assertThat(pickList.byProduct()).containsExactly(new PickList.ProductCount("丑橘", "斤", 5, 2),
                new PickList.ProductCount("鸡蛋", "斤", 1, 1));
    }

    private static PickListRow row(long memberId, String name, long orderId, String product, int quantity, long fen,
                                   OrderStatus status) {
        return new PickListRow(memberId, name, "13800000000", orderId, "周末团", product, "斤", quantity,
                Money.ofFen(fen), status);
    }
}
