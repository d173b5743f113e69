package com.linli.persistence.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.Suppliers;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JpaSuppliersTests {

    @Autowired
    Suppliers suppliers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestEntityManager entities;

    @Test
    void searchFindsNamesContainingTheTextInAnyCaseByNameAndPaged() {
        for (var name : new String[] {"Qingdao Seafood 海鲜", "青岛 seafood 码头", "山东果园", "Yantai SEAFOOD"}) {
            suppliers.save(Supplier.register(new SupplierDetails(name, null, null, null, null), Instant.now()));
        }

        var first = suppliers.search("  SeaFood ", new PageQuery(0, 2));
        var second = suppliers.search("seafood", new PageQuery(1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(Supplier::getName).containsExactly("Qingdao Seafood 海鲜", "Yantai SEAFOOD");
        assertThat(second.items()).extracting(Supplier::getName).containsExactly("青岛 seafood 码头");
        assertThat(suppliers.search("果园", PageQuery.of(0)).items()).extracting(Supplier::getName).containsExactly("山东果园");
    }

    @Test
    void wildcardsInTheTextAreMatchedLiterally() {
        suppliers.save(Supplier.register(new SupplierDetails("100% 有机农场", null, null, null, null), Instant.now()));
        suppliers.save(Supplier.register(new SupplierDetails("100 有机农场", null, null, null, null), Instant.now()));

        assertThat(suppliers.search("100%", PageQuery.of(0)).items()).extracting(Supplier::getName)
                .containsExactly("100% 有机农场");
    }

    @Test
    void blankTextFindsEverySupplier() {
        suppliers.save(Supplier.register(new SupplierDetails("任意供应商", null, null, null, null), Instant.now()));

        assertThat(suppliers.search("", PageQuery.of(0)).total()).isEqualTo(suppliers.search(null, PageQuery.of(0)).total())
                .isPositive();
    }

    @Test
    void choosableAreTheActiveOnesAndTheOneAProductAlreadyHas() {
        var active = supplier("在合作");
        var own = supplier("已停用甲");
        var other = supplier("已停用乙");
        entities.flush();
        jdbc.sql("update suppliers set status = 'INACTIVE' where id in (:ids)")
                .param("ids", List.of(own.getId(), other.getId())).update();

        assertThat(suppliers.findChoosable(null)).contains(active).doesNotContain(own, other);
        assertThat(suppliers.findChoosable(own.getId())).contains(active, own).doesNotContain(other);
    }

    private Supplier supplier(String name) {
        return suppliers.save(Supplier.register(new SupplierDetails(name + " " + System.nanoTime(), null, null, null, null),
                Instant.now()));
    }
}
