package com.linli.domain.supplier;

import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The suppliers of the platform. */
public interface Suppliers {

    Optional<Supplier> findById(Long id);

    /** Those with these ids, in no particular order: list pages load a page's suppliers at once. */
    List<Supplier> findAllById(Iterable<Long> ids);

    /** Every supplier by name, for pickers; a regional operator has dozens, not thousands. */
    List<Supplier> findAllByOrderByNameAsc();

    /** The active suppliers and the one with id {@code own} (null: none), by name: what a product may be of. */
    List<Supplier> findChoosable(Long own);

    /** Suppliers whose name contains the text (any case), by name; all of them for a blank text. */
    Paged<Supplier> search(String text, PageQuery page);

    Supplier save(Supplier supplier);
}
