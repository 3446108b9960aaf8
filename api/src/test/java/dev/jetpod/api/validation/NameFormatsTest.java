package dev.jetpod.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFormatsTest {
    static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and "
            + "end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
            + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
            + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    @Test
    void subdomainMessageIsKubernetesWordForWord() {
        assertEquals(List.of(SUBDOMAIN), NameFormats.dns1123Subdomain("Web_1"));
        assertEquals(List.of("must be no more than 253 characters"), NameFormats.dns1123Subdomain("a".repeat(254)));
    }

    @Test
    void labelMessageIsKubernetesWordForWord() {
        assertEquals(List.of(LABEL), NameFormats.dns1123Label("-web"));
        assertEquals(List.of("must not contain dots"), NameFormats.dns1123Label("a.b"));
        assertEquals(List.of("must be no more than 63 characters"), NameFormats.dns1123Label("a".repeat(64)));
    }

    @ParameterizedTest(name = "subdomain [{0}] valid={1}")
    @CsvSource({"a,true", "web-1,true", "a.b.c,true", "1,true", "0.0.0.0,true", "A,false", "a-,false", "-a,false", "a..b,false",
            "a_b,false", ".a,false", "a.,false", "'',false"})
    void subdomains(String name, boolean valid) {
        assertEquals(valid, NameFormats.dns1123Subdomain(name).isEmpty());
    }

    @ParameterizedTest(name = "qualified [{0}] valid={1}")
    @CsvSource({"app,true", "App_Name.v1,true", "example.com/app,true", "k8s.io/a-b_c.d,true", "a/b/c,false", "/app,false",
            "example.com/,false", "Example.com/app,false", "-app,false", "app-,false", "'',false"})
    void qualifiedNames(String key, boolean valid) {
        assertEquals(valid, NameFormats.qualifiedName(key).isEmpty(), () -> NameFormats.qualifiedName(key).toString());
    }

    @Test
    void qualifiedNameMessages() {
        assertEquals(List.of("prefix part must be non-empty"), NameFormats.qualifiedName("/app"));
        assertEquals(List.of("name part must be non-empty", "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with "
                + "an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
                + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"), NameFormats.qualifiedName("example.com/"));
        assertEquals(List.of("name part must be no more than 63 characters"), NameFormats.qualifiedName("a".repeat(64)));
    }

    @ParameterizedTest(name = "label value [{0}] valid={1}")
    @CsvSource({"'',true", "web,true", "v1.2_3-x,true", "-x,false", "x y,false"})
    void labelValues(String v, boolean valid) {
        assertEquals(valid, NameFormats.labelValue(v).isEmpty());
    }

    @Test
    void longLabelValue() {
        assertEquals(List.of("must be no more than 63 characters"), NameFormats.labelValue("a".repeat(64)));
    }

    @ParameterizedTest(name = "port name [{0}] errors={1}")
    @CsvSource(delimiter = '|', value = {
            "http|0", "h2c|0", "web-metrics|0", "123|1", "a--b|1", "-http|1", "HTTP|2", "abcdefghijklmnop|1"})
    void portNames(String name, int errors) {
        assertEquals(errors, NameFormats.portName(name).size(), () -> NameFormats.portName(name).toString());
    }

    @Test
    void otherFormats() {
        assertEquals(List.of("must be between 1 and 65535, inclusive"), NameFormats.portNumber(0));
        assertEquals(1, NameFormats.envVarName("1ABC").size());
        assertEquals(0, NameFormats.envVarName("MY_VAR.1-x").size());
        assertEquals(List.of("must not be '..'"), NameFormats.configMapKey(".."));
        assertEquals(1, NameFormats.configMapKey("a/b").size());
        assertEquals(1, NameFormats.dns1035Label("1abc").size());
        assertEquals(0, NameFormats.objectName("web-", true).size(), "generateName may end in '-'");
        assertEquals(1, NameFormats.objectName("web-", false).size());
    }

    @ParameterizedTest(name = "ip [{0}] valid={1}")
    @CsvSource({"10.0.0.1,true", "255.255.255.255,true", "256.1.1.1,false", "10.0.0,false", "::1,true", "fd00:10:244:1::7,true",
            "2001:db8::ffff,true", "1:2:3:4:5:6:7:8,true", "1:2:3:4:5:6:7:8:9,false", "::ffff:10.0.0.1,true", "1::2::3,false", "example.com,false"})
    void ipAddresses(String ip, boolean valid) {
        assertEquals(valid, IpAddresses.isValid(ip));
    }

    @Test
    void cidrs() {
        assertEquals(true, IpAddresses.isCidr("10.244.0.0/16"));
        assertEquals(true, IpAddresses.isCidr("fd00:10:244:1::/64"));
        assertEquals(false, IpAddresses.isCidr("10.244.0.0/33"));
        assertEquals(false, IpAddresses.isCidr("10.244.0.0"));
    }

    @Test
    void characterChecksAgreeWithTheRegularExpressions() {
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
        java.util.regex.Pattern subdomain = java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
        java.util.regex.Pattern dns1035 = java.util.regex.Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
        java.util.regex.Pattern qualified = java.util.regex.Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
        String alphabet = "az09AZ-._/ é";
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(6);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = b.toString();
            assertEquals(label.matcher(v).matches(), NameFormats.isDns1123Label(v, 0, v.length()), v);
            assertEquals(subdomain.matcher(v).matches(), NameFormats.isDns1123Subdomain(v), v);
            assertEquals(dns1035.matcher(v).matches(), NameFormats.isDns1035Label(v), v);
            assertEquals(qualified.matcher(v).matches(), NameFormats.isQualifiedNamePart(v), v);
        }
    }
}
