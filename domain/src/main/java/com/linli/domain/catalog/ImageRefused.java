package com.linli.domain.catalog;

import com.linli.domain.shared.DomainException;

/** A product image that cannot be used: not an image, an unsupported format, too large, or not https. */
public class ImageRefused extends DomainException {

    ImageRefused(String reason, Object... arguments) {
        super("product.image." + reason, arguments);
    }
}
