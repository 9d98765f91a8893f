package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two simulators started from the same preset and seed answer the same questions with the same bytes. */
class DeterminismTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void sameSeedGivesByteIdenticalAnswersOnTwoServers() throws Exception {
        try (FleetSimulator a = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
             FleetSimulator b = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            List<Request> requests = requests(a.fleet().accountNamed("prod"));
            long t0 = System.nanoTime();
            for (Request r : requests) {
                HttpResponse<byte[]> fromA = send(a.endpoint(), r);
                HttpResponse<byte[]> fromB = send(b.endpoint(), r);
                assertThat(fromA.statusCode()).as(r.toString()).isEqualTo(200);
                assertThat(fromB.body()).as(r.toString()).isEqualTo(fromA.body());
                assertThat(fromB.headers().firstValue("x-amzn-RequestId")).isEqualTo(fromA.headers().firstValue("x-amzn-RequestId"));
            }
            System.out.println("requests took " + (System.nanoTime() - t0) / 1_000_000 + " ms for " + requests.size());
        }
    }

    @Test
    void anotherSeedGivesAnotherFleet() throws Exception {
        try (FleetSimulator a = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny()));
             FleetSimulator b = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny().withSeed(99)))) {
            Request describe = eks(a.fleet().accounts().getFirst(), "/clusters");
            assertThat(send(b.endpoint(), describe).body()).isNotEqualTo(send(a.endpoint(), describe).body());
        }
    }

    private static List<Request> requests(SimulatedAccount account) {
        AccountSnapshot s = account.snapshot();
        List<Request> out = new ArrayList<>();
        out.add(eks(account, "/clusters"));
        out.add(eks(account, "/clusters?maxResults=2"));
        for (EksCluster c : s.clusters().subList(0, 4)) {
            out.add(eks(account, c.region(), "/clusters/" + c.name()));
            out.add(eks(account, c.region(), "/clusters/" + c.name() + "/pod-identity-associations"));
            out.add(eks(account, c.region(), "/clusters/" + c.name() + "/addons"));
            out.add(eks(account, c.region(), "/clusters/" + c.name() + "/fargate-profiles"));
        }
        for (PodIdentityAssociation p : s.associations().subList(0, 5)) {
            out.add(eks(account, p.region(), "/clusters/" + p.clusterName() + "/pod-identity-associations/" + p.associationId()));
        }
        out.add(s.addons().isEmpty() ? eks(account, "/clusters") : eks(account, s.addons().getFirst().region(),
                "/clusters/" + s.addons().getFirst().clusterName() + "/addons/" + s.addons().getFirst().name()));
        out.add(iam(account, "Action=ListRoles&Version=2010-05-08&MaxItems=1000"));
        out.add(iam(account, "Action=ListOpenIDConnectProviders&Version=2010-05-08"));
        for (var role : s.roles().subList(0, 10)) {
            out.add(iam(account, "Action=GetRole&Version=2010-05-08&RoleName=" + role.name()));
        }
        out.add(iam(account, "Action=GetOpenIDConnectProvider&Version=2010-05-08&OpenIDConnectProviderArn="
                + s.oidcProviders().getFirst().arn().replace(":", "%3A").replace("/", "%2F")));
        out.add(new Request(account, "us-east-1", "sts", "POST", "/", "Action=GetCallerIdentity&Version=2011-06-15"));
        return out;
    }

    private static Request eks(SimulatedAccount account, String path) {
        return eks(account, "us-east-1", path);
    }

    private static Request eks(SimulatedAccount account, String region, String path) {
        return new Request(account, region, "eks", "GET", path, null);
    }

    private static Request iam(SimulatedAccount account, String form) {
        return new Request(account, "us-east-1", "iam", "POST", "/", form);
    }

    private HttpResponse<byte[]> send(URI endpoint, Request r) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + r.path()))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + r.account().accessKeyId() + "/20261101/" + r.region() + "/"
                        + r.service() + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0");
        if (r.form() == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(r.form()));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Request(SimulatedAccount account, String region, String service, String method, String path, String form) {
    }
}
