package com.linli.domain.community;

/** A new community with its pickup point; {@code address} is where members collect. */
public record FoundCommunity(String name, String city, String district, String address, String pickupPointName,
                             String openingHours, String contactPhone) {
}
