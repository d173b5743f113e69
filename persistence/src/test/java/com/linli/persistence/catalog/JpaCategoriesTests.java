package com.linli.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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

import com.linli.domain.catalog.Categories;
import com.linli.domain.catalog.Category;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JpaCategoriesTests {

    @Autowired
    Categories categories;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writersTakeTurnsSoTheSecondSeesTheFirstsCategory() {
        var name = "锁定 " + System.nanoTime();

        var seenByTheSecond = new LockProbe(transactions, jdbc).secondWaitsForFirst(
                () -> {
                    categories.lockForWriting();
                    var last = categories.findFirstByOrderByPositionDesc().map(Category::getPosition).orElse(0);
                    categories.save(Category.create(name, last + 1, Instant.now()));
                },
                () -> {
                    categories.lockForWriting();
                    return categories.existsByName(name);
                });

        assertThat(seenByTheSecond).isTrue();
    }

    @Test
    void readersDoNotWaitForAWriter() {
        var probe = new LockProbe(transactions, jdbc);

        assertThat(probe.secondGoesOnWhileFirstHolds(categories::lockForWriting,
                () -> categories.findAllByOrderByPositionAsc().size())).isNotNegative();
    }
}
