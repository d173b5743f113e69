package com.linli.web.api;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.linli.domain.identity.TokenKeys;
import com.linli.web.security.SignedInUser;

/**
 * The API's bearer tokens: JWTs signed with HMAC-SHA256 that carry who the caller is and their roles,
 * so that checking one costs a signature check and no database round trip. They cannot be revoked
 * before they expire; a role granted later is in the next token.
 */
@Component
public class ApiTokens {

    static final String ISSUER = "linli";
    private static final String KEY_NAME = "api-tokens-hs256";
    private static final int KEY_BYTES = 32;
    private static final String USERNAME = "username";
    private static final String NAME = "name";
    private static final String ROLES = "roles";
    private static final String ROLE = "ROLE_";

    private final JwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final ApiProperties properties;
    private final Clock clock;

    ApiTokens(ApiProperties properties, TokenKeys keys, Clock clock) {
        var key = key(properties, keys);
        this.encoder = NimbusJwtEncoder.withSecretKey(key).algorithm(MacAlgorithm.HS256).build();
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        var timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        this.properties = properties;
        this.clock = clock;
    }

    private static SecretKey key(ApiProperties properties, TokenKeys keys) {
        byte[] secret;
        if (properties.tokenSecret() != null && !properties.tokenSecret().isBlank()) {
            secret = Base64.getDecoder().decode(properties.tokenSecret().strip());
            if (secret.length < KEY_BYTES) {
                throw new IllegalArgumentException("linli.api.token-secret must be Base64 of at least " + KEY_BYTES
                        + " bytes (e.g. openssl rand -base64 32), not " + secret.length);
            }
        } else {
            var generated = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(generated);
            secret = keys.keyOrStore(KEY_NAME, generated);
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A token for the user who just proved who they are, valid for the configured lifetime. */
    public Jwt issue(SignedInUser user) {
        var now = clock.instant();
        var claims = JwtClaimsSet.builder().issuer(ISSUER).subject(String.valueOf(user.getId()))
                .issuedAt(now).expiresAt(now.plus(properties.tokenLifetime()))
                .claim(USERNAME, user.getUsername()).claim(NAME, user.getDisplayName())
                .claim(ROLES, user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(authority -> authority.substring(ROLE.length())).toList())
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** The caller a checked token names, as the pages' sign-in would: with their id and roles. */
    static AbstractAuthenticationToken authentication(Jwt token) {
        List<String> roles = token.getClaimAsStringList(ROLES);
        var authorities = (roles == null ? List.<String>of() : roles).stream()
                .map(role -> new SimpleGrantedAuthority(ROLE + role)).toList();
        var caller = SignedInUser.fromToken(Long.parseLong(token.getSubject()), token.getClaimAsString(USERNAME),
                token.getClaimAsString(NAME), authorities);
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }
}
