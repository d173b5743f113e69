package com.linli.domain.catalog;

/** An image as it is served: its bytes, their content type and a tag that changes with them. */
public record StoredImage(String contentType, byte[] bytes, String etag) {
}
