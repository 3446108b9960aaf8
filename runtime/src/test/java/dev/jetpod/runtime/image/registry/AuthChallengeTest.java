package dev.jetpod.runtime.image.registry;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthChallengeTest {
    @Test
    void parsesABearerChallengeAsRegistriesSendIt() {
        AuthChallenge c = AuthChallenge.parse("Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:team/app:pull,push\"");
        assertTrue(c.isBearer());
        assertEquals("https://auth.example/token", c.param("realm").orElseThrow());
        assertEquals("registry.example", c.param("service").orElseThrow());
        assertEquals("repository:team/app:pull,push", c.param("scope").orElseThrow(), "commas inside quotes stay");
    }

    @Test
    void parsesBasicEscapesAndUnquotedValues() {
        AuthChallenge c = AuthChallenge.parse("Basic realm=\"say \\\"hi\\\"\", charset=UTF-8");
        assertTrue(c.isBasic());
        assertEquals("say \"hi\"", c.param("realm").orElseThrow());
        assertEquals("UTF-8", c.param("charset").orElseThrow());
    }

    @Test
    void refusesMalformedHeaders() {
        assertThrows(IllegalArgumentException.class, () -> AuthChallenge.parse(""));
        assertThrows(IllegalArgumentException.class, () -> AuthChallenge.parse("Bearer realm=\"unterminated"));
        assertThrows(IllegalArgumentException.class, () -> AuthChallenge.parse("Bearer realm"));
    }
}
