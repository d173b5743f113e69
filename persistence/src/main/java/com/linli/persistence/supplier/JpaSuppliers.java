package com.linli.persistence.supplier;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.Suppliers;
import com.linli.persistence.shared.Pages;

/** Spring Data implements the {@link Suppliers} port; the search escapes the text's wildcards. */
interface JpaSuppliers extends Repository<Supplier, Long>, Suppliers {

    Page<Supplier> findByNameContainingIgnoreCase(String text, Pageable pageable);

    @Override
    @Query("""
            select s from Supplier s
            where s.status = com.linli.domain.supplier.SupplierStatus.ACTIVE or s.id = :own order by s.name, s.id""")
    List<Supplier> findChoosable(Long own);

    @Override
    default Paged<Supplier> search(String text, PageQuery page) {
        return Pages.of(findByNameContainingIgnoreCase(text == null ? "" : text.strip(),
                Pages.request(page, Sort.by("name", "id"))));
    }
}
