package dev.eksatlas.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": \"b c\"}", "x+y=z&w", "100%", "système:serviceaccount:ns:*", "line\nbreak\ttab", "~._-"})
    void rfc3986EncodingSurvivesUrlDecoderExactly(String text) {
        String encoded = FormEncoding.encodeRfc3986(text);
        assertThat(encoded).doesNotContain(" ", "+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void spacesAndPlusSignsAreSpelledAsIamDoes() {
        assertThat(FormEncoding.encodeRfc3986("a b+c")).isEqualTo("a%20b%2Bc");
    }

    @Test
    void xmlTextIsEscapedAndAbsentMembersLeftOut() {
        String xml = new XmlWriter().open("R", "urn:x").element("Name", "a<b&\"c'>").element("Gone", (String) null)
                .element("At", Instant.parse("2024-03-14T12:20:03.456Z")).close().toString();
        assertThat(xml).isEqualTo("<R xmlns=\"urn:x\"><Name>a&lt;b&amp;&quot;c&apos;&gt;</Name><At>2024-03-14T12:20:03Z</At></R>");
    }

    @Test
    void pagesEndWithoutATokenAndHonourTheSmallerOfLimitAndCap() throws Exception {
        List<Integer> all = IntStream.range(0, 7).boxed().toList();
        Paging.Page<Integer> first = Paging.page(all, null, 5, 3);
        assertThat(first.items()).containsExactly(0, 1, 2);
        Paging.Page<Integer> second = Paging.page(all, first.nextToken(), 5, 0);
        assertThat(second.items()).containsExactly(3, 4, 5, 6);
        assertThat(second.nextToken()).isNull();
        assertThat(Paging.page(List.of(), null, 100, 0).nextToken()).isNull();
        assertThatThrownBy(() -> Paging.page(all, "bogus", 5, 0)).isInstanceOf(Paging.BadTokenException.class);
    }

    @Test
    void credentialScopeIsReadFromTheAuthorizationHeader() {
        RawRequest signed = new RawRequest("GET", "/clusters", java.util.Map.of(), java.util.Map.of("authorization",
                List.of("AWS4-HMAC-SHA256 Credential=AKIASIM111122223333/20261101/eu-west-1/eks/aws4_request, SignedHeaders=host, Signature=abc")),
                java.util.Map.of(), new byte[0]);
        assertThat(CredentialScope.of(signed)).contains(new CredentialScope("AKIASIM111122223333", "20261101", "eu-west-1", "eks"));
        RawRequest basic = new RawRequest("GET", "/clusters", java.util.Map.of(), java.util.Map.of("authorization", List.of("Basic Zm9v")),
                java.util.Map.of(), new byte[0]);
        assertThat(CredentialScope.of(basic)).isEmpty();
    }
}
