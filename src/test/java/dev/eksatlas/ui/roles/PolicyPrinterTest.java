package dev.eksatlas.ui.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksatlas.analysis.Trust;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolicyPrinterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PolicyPrinter printer = new PolicyPrinter();

    @Test
    void printsLikeTheIamConsoleAndCutsOutEachStatement() throws Exception {
        String policy = Trust.policy(Trust.irsa("111122223333", "oidc.eks.eu-west-1.amazonaws.com/id/AAA", "system:serviceaccount:a:b"),
                Trust.podIdentity());

        PrintedPolicy printed = printer.print(policy);

        assertThat(printed.parsed()).isTrue();
        assertThat(printed.text()).startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",");
        assertThat(JSON.readTree(printed.text())).isEqualTo(JSON.readTree(policy));
        List<PrintedPolicy.Part> statements = printed.parts().stream().filter(PrintedPolicy.Part::isStatement).toList();
        assertThat(statements).extracting(PrintedPolicy.Part::statement).containsExactly(0, 1);
        assertThat(JSON.readTree(statements.get(1).text())).isEqualTo(JSON.readTree(Trust.podIdentity()));
        assertThat(statements.get(1).text()).endsWith("\n    }");
    }

    @Test
    void aLoneStatementObjectIsStatementZero() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":" + Trust.podIdentity() + "}";

        PrintedPolicy printed = printer.print(policy);

        assertThat(printed.parts()).extracting(PrintedPolicy.Part::statement).containsExactly(-1, 0, -1);
        assertThat(printed.parts().get(1).text()).startsWith("{\n    \"Sid\"").endsWith("\n  }");
        assertThat(JSON.readTree(printed.text())).isEqualTo(JSON.readTree(policy));
    }

    @Test
    void readsIamsUrlEncodedForm() throws Exception {
        String policy = Trust.policy(Trust.podIdentity());

        PrintedPolicy printed = printer.print(URLEncoder.encode(policy, StandardCharsets.UTF_8));

        assertThat(JSON.readTree(printed.text())).isEqualTo(JSON.readTree(policy));
    }

    @Test
    void showsTextThatIsNotAPolicyAsItIs() {
        PrintedPolicy printed = printer.print("{not json");

        assertThat(printed.parsed()).isFalse();
        assertThat(printed.text()).isEqualTo("{not json");
    }

    @Test
    void aStatementThatContainsThePlaceholderTextStillComesBackWhole() throws Exception {
        String tricky = "{\"Sid\":\"@@eks-atlas-statement-0-0@@\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}";
        String policy = Trust.policy(tricky, Trust.podIdentity());

        PrintedPolicy printed = printer.print(policy);

        assertThat(JSON.readTree(printed.text())).isEqualTo(JSON.readTree(policy));
        assertThat(printed.parts().stream().filter(PrintedPolicy.Part::isStatement)).hasSize(2);
    }

    @Test
    void anyPolicyOfRandomStatementsPrintsBackToTheSameDocument() throws Exception {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> pool = List.of(Trust.podIdentity(), Trust.ec2(), Trust.podIdentityForNamespace("ns"),
                Trust.irsa("111122223333", "oidc.eks.us-east-1.amazonaws.com/id/X", "system:serviceaccount:a:b", "system:serviceaccount:c:d"),
                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":[]},\"Action\":[],\"Condition\":{}}");
        for (int run = 0; run < 200; run++) {
            String[] statements = random.ints(random.nextInt(0, 6), 0, pool.size()).mapToObj(pool::get).toArray(String[]::new);
            String policy = Trust.policy(statements);

            PrintedPolicy printed = printer.print(policy);

            JsonNode back = JSON.readTree(printed.text());
            assertThat(back).as("seed %d run %d", seed, run).isEqualTo(JSON.readTree(policy));
            assertThat(printed.parts().stream().filter(PrintedPolicy.Part::isStatement).count())
                    .as("seed %d run %d", seed, run).isEqualTo(statements.length);
        }
    }
}
