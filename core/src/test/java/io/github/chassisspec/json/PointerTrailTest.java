package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PointerTrailTest {

    @Test
    void theTrail_writesTheJsonPointerOfWhereItIs() {
        assertEquals("", PointerTrail.ROOT.toString());
        assertSame(PointerTrail.ROOT, PointerTrail.at(""));
        assertEquals("/axles/1/tyres", PointerTrail.ROOT.member("axles").element(1).member("tyres").toString());
        // RFC 6901: "~" is written "~0" and "/" is written "~1", in that order, so "a/b~c" becomes "a~1b~0c".
        assertEquals("/requirements/2/a~1b~0c/0",
                PointerTrail.at("/requirements/2").member("a/b~c").element(0).toString());
    }
}
