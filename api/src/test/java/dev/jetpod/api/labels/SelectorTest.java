package dev.jetpod.api.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.LabelSelectorRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {

    @ParameterizedTest(name = "[{0}] prints as [{1}]")
    @CsvSource(delimiter = '|', value = {
            "''|''",
            "x=a|x=a",
            "x==a|x==a",
            "x!=a|x!=a",
            "  x = a  |x=a",
            "x=a,y=b|x=a,y=b",
            "y=b,x=a|x=a,y=b",
            "x=|x=",
            "x=,z= |x=,z=",
            "x|x",
            "!x|!x",
            " ! x |!x",
            "x in (a)|x in (a)",
            "x in (b,a)|x in (a,b)",
            "x in ( b , a , a )|x in (a,b)",
            "x notin (a,b)|x notin (a,b)",
            "x in ()|x in ()",
            "x in (,a)|x in (,a)",
            "x in (a,)|x in (,a)",
            "x>1|x>1",
            "x<10|x<10",
            "x=a,!y,z in (c),w|w,x=a,!y,z in (c)",
            "example.com/tier=web|example.com/tier=web",
            "in=notin|in=notin",
            "x in (in,notin)|x in (in,notin)",
            "environment in (production, qa),tier notin (frontend)|environment in (production,qa),tier notin (frontend)",
    })
    void parsesAndPrintsLikeKubernetes(String in, String printed) {
        assertEquals(printed, Selector.parse(in).toString());
    }

    @ParameterizedTest(name = "[{0}] fails: {1}")
    @CsvSource(delimiter = '|', value = {
            "x=a,,y=b|found ',', expected: identifier after ','",
            "x=a,|found '', expected: identifier after ','",
            "x==,|found '', expected: identifier after ','",
            "x= a b|found 'b', expected: ',' or 'end of string'",
            "x!!=a|",
            "x in a|found 'a' expected: '('",
            "x in (a|found '', expected: ',' or ')'",
            "x in (a b)|found 'b', expected: ',' or ')'",
            "x notin|",
            "!x=a|found '=', expected: ',' or 'end of string'",
            "x=a=b|",
            "(x)|found '(', expected: !, identifier, or 'end of string'",
            "x>a|for 'Gt', 'Lt' operators, the value must be an integer",
            "x y|found 'y', expected: in, notin, =, ==, !=, gt, lt",
            "-x=a|name part must consist of alphanumeric characters",
            "x=-a|a valid label must be an empty string or consist of alphanumeric characters",
            "a/b/c=d|a qualified name must consist of",
    })
    void rejectsBadSelectorsWithAClearMessage(String in, String fragment) {
        InvalidSelectorException e = assertThrows(InvalidSelectorException.class, () -> Selector.parse(in));
        if (fragment != null) {
            assertTrue(e.getMessage().contains(fragment), () -> "message for [" + in + "]: " + e.getMessage());
        }
    }

    @Test
    void keyValidationMessageIsKubernetes() {
        InvalidSelectorException e = assertThrows(InvalidSelectorException.class, () -> Selector.parse("x=a b"));
        assertEquals("found 'b', expected: ',' or 'end of string'", e.getMessage());
        e = assertThrows(InvalidSelectorException.class, () -> Selector.parse("_x=a"));
        assertEquals("unable to parse requirement: key: Invalid value: \"_x\": name part must consist of alphanumeric characters, '-', '_' or '.', "
                + "and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
                + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", e.getMessage());
    }

    @ParameterizedTest(name = "[{0}] matches [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "''|''|true",
            "''|x=a|true",
            "x=a|x=a|true",
            "x=a|x=b|false",
            "x=a|''|false",
            "x==a|x=a|true",
            "x!=a|x=b|true",
            "x!=a|x=a|false",
            "x!=a|''|true",
            "x in (a,b)|x=b|true",
            "x in (a,b)|x=c|false",
            "x in (a,b)|''|false",
            "x notin (a,b)|x=c|true",
            "x notin (a,b)|x=a|false",
            "x notin (a,b)|''|true",
            "x|x=|true",
            "x|y=a|false",
            "!x|y=a|true",
            "!x|x=a|false",
            "x=|x=|true",
            "x in ()|x=|true",
            "x>1|x=2|true",
            "x>1|x=1|false",
            "x>1|x=abc|false",
            "x>1|''|false",
            "x<1|x=-5|true",
            "x=a,y=b|x=a;y=b|true",
            "x=a,y=b|x=a;y=c|false",
            "x=a,!z|x=a;y=b|true",
    })
    void matchesLabelSets(String selector, String labels, boolean expected) {
        assertEquals(expected, Selector.parse(selector).matches(labels(labels)));
    }

    @Test
    void convertsMetav1LabelSelector() {
        LabelSelector ls = new LabelSelector(Map.of("app", "web"), List.of(
                new LabelSelectorRequirement("tier", "NotIn", List.of("cache")),
                new LabelSelectorRequirement("env", "In", List.of("qa", "prod")),
                new LabelSelectorRequirement("canary", "DoesNotExist", null),
                new LabelSelectorRequirement("team", "Exists", List.of())));
        Selector s = Selector.from(ls);
        assertEquals("app=web,!canary,env in (prod,qa),team,tier notin (cache)", s.toString());
        assertTrue(s.matches(labels("app=web;env=qa;team=a")));
        assertFalse(s.matches(labels("app=web;env=qa;team=a;canary=1")));
        assertFalse(s.matches(labels("app=web;env=qa;team=a;tier=cache")));
        assertEquals(s, Selector.parse(s.toString()), "prints back to an equivalent selector");
    }

    @Test
    void nilMatchesNothingEmptyMatchesEverything() {
        assertFalse(Selector.from(null).matches(Map.of()));
        assertTrue(Selector.from(null).isNothing());
        assertTrue(Selector.from(new LabelSelector(null, null)).matches(labels("a=b")));
        assertTrue(Selector.from(new LabelSelector(Map.of(), List.of())).isEverything());
    }

    @Test
    void badMetav1SelectorsAreRejected() {
        assertEquals("\"Bogus\" is not a valid label selector operator", assertThrows(InvalidSelectorException.class,
                () -> Selector.from(new LabelSelector(null, List.of(new LabelSelectorRequirement("a", "Bogus", List.of()))))).getMessage());
        assertTrue(assertThrows(InvalidSelectorException.class,
                () -> Selector.from(new LabelSelector(null, List.of(new LabelSelectorRequirement("a", "In", List.of())))))
                .getMessage().contains("values set can't be empty"));
        assertTrue(assertThrows(InvalidSelectorException.class,
                () -> Selector.from(new LabelSelector(null, List.of(new LabelSelectorRequirement("a", "Exists", List.of("x"))))))
                .getMessage().contains("values set must be empty for exists and does not exist"));
    }

    @Test
    void fromSetAndRequiredValue() {
        Selector s = Selector.fromSet(Map.of("b", "2", "a", "1"));
        assertEquals("a=1,b=2", s.toString());
        assertEquals("1", s.requiredValue("a"));
        assertEquals(null, Selector.parse("a!=1").requiredValue("a"));
        assertTrue(Selector.fromSet(Map.of()).isEverything());
    }

    static Map<String, String> labels(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return m;
        }
        for (String kv : s.split(";")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }
}
