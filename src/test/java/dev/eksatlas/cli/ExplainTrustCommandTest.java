package dev.eksatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExplainTrustCommandTest {
    private static final String ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/AAAA0000AAAA0000AAAA0000AAAA0000";
    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[
             {"Sid":"Irsa","Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/%1$s"},
              "Action":"sts:AssumeRoleWithWebIdentity",
              "Condition":{"StringLike":{"%1$s:sub":"system:serviceaccount:payments:*"}}},
             {"Sid":"PodIdentity","Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],
              "Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"payments"}}}]}""".formatted(ISSUER);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AtlasCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void printsGrantsWithExactlyTheDocumentedFieldsPodIdentityAndFindings() throws Exception {
        Path file = write("trust.json", POLICY.getBytes(StandardCharsets.UTF_8));

        assertThat(run("explain-trust", file.toString())).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(json)).containsExactly("irsa", "podIdentity", "findings");
        JsonNode grant = json.get("irsa").get(0);
        assertThat(fieldNames(grant)).containsExactly("issuer", "eksIssuer", "partition", "region", "namespace",
                "serviceAccount", "subject", "operator", "audienceChecked");
        assertThat(grant.get("issuer").asText()).isEqualTo(ISSUER);
        assertThat(grant.get("namespace").asText()).isEqualTo("payments");
        assertThat(grant.get("serviceAccount").asText()).isEqualTo("*");
        assertThat(grant.get("operator").asText()).isEqualTo("StringLike");
        assertThat(grant.get("audienceChecked").asBoolean()).isFalse();
        assertThat(json.get("podIdentity").asBoolean()).isTrue();
        List<String> codes = new ArrayList<>();
        json.get("findings").forEach(f -> {
            assertThat(fieldNames(f)).containsExactly("code", "severity", "message");
            codes.add(f.get("code").asText());
        });
        assertThat(codes).containsExactlyInAnyOrder("missing-audience-condition", "wildcard-subject", "irsa-and-pod-identity");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void readsTheUrlEncodedFormIamReturnsLikeJson() throws Exception {
        Path plain = write("plain.json", POLICY.getBytes(StandardCharsets.UTF_8));
        Path encoded = write("encoded.txt", URLEncoder.encode(POLICY, StandardCharsets.UTF_8).replace("+", "%20")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(run("explain-trust", plain.toString())).isZero();
        String fromPlain = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("explain-trust", encoded.toString())).isZero();

        assertThat(out.toString()).isEqualTo(fromPlain);
    }

    @Test
    void readsStandardInputForADash() {
        CommandLine cl = new CommandLine(new ExplainTrustCommand(new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        assertThat(cl.execute("-")).isZero();
        assertThat(out.toString()).contains("\"podIdentity\" : true");
    }

    @Test
    void refusesAFileThatIsNotAPolicyNamingTheFileAndTheProblem() throws Exception {
        Path file = write("package.json", "{\"name\":\"web\",\"version\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(run("explain-trust", file.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("explain-trust: " + file + " is not a trust policy: the JSON object has no \"Statement\" element");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesTextThatIsNotJson() throws Exception {
        Path file = write("notes.txt", "Principal: pods.eks.amazonaws.com".getBytes(StandardCharsets.UTF_8));

        assertThat(run("explain-trust", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("explain-trust: " + file + " is not a trust policy: not valid JSON");
    }

    @Test
    void refusesBinaryInput() throws Exception {
        Path file = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});

        assertThat(run("explain-trust", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("image.png is not a trust policy: it is not UTF-8 text");
    }

    @Test
    void reportsAMissingFile() {
        assertThat(run("explain-trust", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json: no such file");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
