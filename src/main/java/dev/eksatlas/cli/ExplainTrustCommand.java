package dev.eksatlas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.analysis.policy.PolicyDocument;
import dev.eksatlas.analysis.policy.PolicyFormatException;
import dev.eksatlas.analysis.policy.PolicyParser;
import dev.eksatlas.analysis.trust.IrsaGrant;
import dev.eksatlas.analysis.trust.TrustAnalysis;
import dev.eksatlas.analysis.trust.TrustFinding;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eks-atlas explain-trust [FILE|-]}: what one trust policy grants, as JSON. */
@Command(name = "explain-trust", mixinStandardHelpOptions = true,
        description = {"Explains one IAM role trust policy: its IRSA grants, whether it trusts EKS Pod Identity, and its findings.",
                "Reads JSON or the URL-encoded form IAM returns. Exit status 1 when the input is not a policy."})
public final class ExplainTrustCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
            description = "The policy document; '-' (the default) reads standard input.")
    String file;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final PolicyParser parser = new PolicyParser();
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier(parser);
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ExplainTrustCommand() {
        this(System.in);
    }

    ExplainTrustCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        String source = "-".equals(file) ? "standard input" : file;
        String text;
        try {
            text = utf8(readInput());
        } catch (NoSuchFileException e) {
            return fail(source + ": no such file");
        } catch (CharacterCodingException e) {
            return fail(source + " is not a trust policy: it is not UTF-8 text");
        } catch (IOException e) {
            return fail(source + ": cannot read it (" + e.getMessage() + ")");
        }
        PolicyDocument document;
        try {
            document = parser.parse(text);
        } catch (PolicyFormatException e) {
            return fail(source + " is not a trust policy: " + e.getMessage());
        }
        spec.commandLine().getOut().println(mapper.writeValueAsString(toJson(classifier.classify(document))));
        return 0;
    }

    private byte[] readInput() throws IOException {
        return "-".equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("explain-trust: " + message);
        return 1;
    }

    private ObjectNode toJson(TrustAnalysis analysis) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode irsa = root.putArray("irsa");
        for (IrsaGrant g : analysis.irsa()) {
            irsa.addObject()
                    .put("issuer", g.issuer())
                    .put("eksIssuer", g.eksIssuer())
                    .put("partition", g.partition())
                    .put("region", g.region())
                    .put("namespace", g.namespace())
                    .put("serviceAccount", g.serviceAccount())
                    .put("subject", g.subject())
                    .put("operator", g.operator())
                    .put("audienceChecked", g.audienceChecked());
        }
        root.put("podIdentity", analysis.podIdentity().trusted());
        ArrayNode findings = root.putArray("findings");
        for (TrustFinding f : analysis.findings()) {
            findings.addObject().put("code", f.code().id()).put("severity", f.severity().name()).put("message", f.message());
        }
        return root;
    }
}
