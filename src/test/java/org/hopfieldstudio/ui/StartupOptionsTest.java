package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupOptionsTest {
    private static final List<String> PROTOCOLS = List.of("hebb", "pinv", "storkey", "mpf", "trn", "km");
    private static final List<String> SETS = List.of("letters", "digits", "blocks100");

    private static StartupOptions parse(Map<String, String> props) {
        return StartupOptions.parse(props::get, PROTOCOLS, SETS);
    }

    @Test
    void noSwitchesGiveTheDefaultsAndNoMessage() {
        StartupOptions o = parse(Map.of());
        assertEquals("letters", o.set());
        assertEquals("hebb", o.protocol());
        assertEquals(HopfieldStudioApp.DEFAULT_NOISE, o.noise());
        assertNull(o.problemText());
    }

    @Test
    void goodSwitchesAreUsed() {
        StartupOptions o = parse(Map.of("hopfield.noise", "0.3", "hopfield.protocol", "PINV", "hopfield.set", "digits",
                "hopfield.speed", "1", "hopfield.autoplay", "loop"));
        assertEquals(0.3, o.noise());
        assertEquals("PINV", o.protocol());
        assertEquals("digits", o.set());
        assertEquals(1.0, o.speed());
        assertEquals("loop", o.autoplay());
        assertNull(o.problemText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hopfield.noise|2|hopfield.noise=2 is outside 0 … 0.5; using 0.15",
        "hopfield.noise|lots|hopfield.noise=lots is not a number; using 0.15",
        "hopfield.noise|NaN|hopfield.noise=NaN is outside 0 … 0.5",
        "hopfield.protocol|bogus|hopfield.protocol=bogus is not a protocol (hebb, pinv, storkey, mpf, trn, km); using hebb",
        "hopfield.set|nope|hopfield.set=nope is not a bundled set",
        "hopfield.temperature|-1|hopfield.temperature=-1 is outside 0 … 2",
        "hopfield.speed|fast|hopfield.speed=fast is not a number",
        "hopfield.autoplay|yes|hopfield.autoplay=yes is not true, false or loop",
    })
    void aWrongSwitchFallsBackToItsDefaultAndIsNamed(String key, String value, String expected) {
        StartupOptions o = parse(Map.of(key, value));
        assertTrue(o.problemText().contains(expected), o.problemText());
        assertEquals(1, o.problems().size());
        assertEquals("hebb", o.protocol());
        assertEquals(HopfieldStudioApp.DEFAULT_NOISE, o.noise());
    }

    @Test
    void severalWrongSwitchesMakeOneMessage() {
        StartupOptions o = parse(Map.of("hopfield.noise", "2", "hopfield.protocol", "bogus"));
        assertEquals(2, o.problems().size());
        assertTrue(o.problemText().contains("hopfield.noise=2"));
        assertTrue(o.problemText().contains("hopfield.protocol=bogus"));
    }
}
