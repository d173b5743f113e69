package com.linli.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageQueryTests {

    @Test
    void pagesAndSizesStayWithinWhatTheDatabaseTakes() {
        assertThat(PageQuery.of(Integer.MAX_VALUE).page()).isEqualTo(PageQuery.MAX_PAGE);
        assertThat(PageQuery.of(-1).page()).isZero();
        assertThat(new PageQuery(3, Integer.MAX_VALUE).size()).isEqualTo(PageQuery.MAX_SIZE);
        assertThat((long) PageQuery.MAX_PAGE * PageQuery.MAX_SIZE).isLessThan(Integer.MAX_VALUE);
    }
}
