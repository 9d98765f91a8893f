package dev.eksatlas.simulator.eks;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.fleet.AccountIndex;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.AwsError;
import dev.eksatlas.simulator.http.AwsResponse;
import dev.eksatlas.simulator.http.Call;
import dev.eksatlas.simulator.http.Paging;
import dev.eksatlas.simulator.http.RawRequest;
import dev.eksatlas.simulator.http.RestJsonProtocol;
import dev.eksatlas.simulator.http.JsonBodies;
import dev.eksatlas.simulator.http.SimulatedService;
import dev.eksatlas.simulator.http.StandardError;
import dev.eksatlas.simulator.http.WireProtocol;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Amazon EKS over rest-json ({@code GET /clusters...}): the read operations the scanner uses, each
 * answering from the caller's account in the credential scope's region.
 */
public final class EksService implements SimulatedService {
    private static final int DEFAULT_PAGE = 100;

    private final FleetIndex fleet;
    private final IntSupplier maxPageSize;
    private final RestJsonProtocol protocol = new RestJsonProtocol(Map.of(
            StandardError.INTERNAL_FAILURE, new AwsError(500, "ServerException", "An internal error occurred.")));

    public EksService(FleetIndex fleet, IntSupplier maxPageSize) {
        this.fleet = fleet;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String signingName() {
        return "eks";
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public boolean recognises(RawRequest request) {
        return request.path().equals("/clusters") || request.path().startsWith("/clusters/");
    }

    @Override
    public String operation(RawRequest request) {
        if (!"GET".equals(request.method()) || !recognises(request)) {
            return null;
        }
        List<String> p = segments(request.path());
        return switch (p.size()) {
            case 1 -> "ListClusters";
            case 2 -> "DescribeCluster";
            case 3 -> switch (p.get(2)) {
                case "pod-identity-associations" -> "ListPodIdentityAssociations";
                case "addons" -> "ListAddons";
                case "fargate-profiles" -> "ListFargateProfiles";
                default -> null;
            };
            case 4 -> switch (p.get(2)) {
                case "pod-identity-associations" -> "DescribePodIdentityAssociation";
                case "addons" -> "DescribeAddon";
                case "fargate-profiles" -> "DescribeFargateProfile";
                default -> null;
            };
            default -> null;
        };
    }

    @Override
    public AwsResponse handle(Call call) {
        AccountIndex account = fleet.account(call.accountId()).orElseThrow();
        List<String> p = segments(call.request().path());
        String region = call.region();
        try {
            if (call.operation().equals("ListClusters")) {
                return listClusters(call, account);
            }
            EksCluster cluster = account.cluster(region, p.get(1)).orElse(null);
            if (cluster == null) {
                return error(call, new AwsError(404, "ResourceNotFoundException", "No cluster found for name: " + p.get(1) + ".")
                        .withField("clusterName", p.get(1)));
            }
            return switch (call.operation()) {
                case "DescribeCluster" -> ok(call, g -> {
                    g.writeFieldName("cluster");
                    EksJson.cluster(g, cluster, account.infrastructure(cluster));
                });
                case "ListPodIdentityAssociations" -> listAssociations(call, account, cluster);
                case "DescribePodIdentityAssociation" -> describeAssociation(call, account, cluster, p.get(3));
                case "ListAddons" -> list(call, "addons",
                        account.addons(region, cluster.name()).stream().map(a -> a.name()).toList(), EksService::writeString);
                case "DescribeAddon" -> describeAddon(call, account, cluster, p.get(3));
                case "ListFargateProfiles" -> list(call, "fargateProfileNames",
                        account.fargateProfiles(region, cluster.name()).stream().map(f -> f.name()).toList(), EksService::writeString);
                case "DescribeFargateProfile" -> describeFargate(call, account, cluster, p.get(3));
                default -> error(call, protocol.standard(StandardError.UNKNOWN_OPERATION, null));
            };
        } catch (Paging.BadTokenException e) {
            return error(call, new AwsError(400, "InvalidParameterException", "The nextToken provided is not valid."));
        } catch (BadLimitException e) {
            return error(call, new AwsError(400, "InvalidParameterException", e.getMessage()));
        }
    }

    private AwsResponse listClusters(Call call, AccountIndex account) throws Paging.BadTokenException, BadLimitException {
        return list(call, "clusters", account.clusters(call.region()).stream().map(EksCluster::name).toList(), EksService::writeString);
    }

    private AwsResponse listAssociations(Call call, AccountIndex account, EksCluster cluster) throws Paging.BadTokenException, BadLimitException {
        String namespace = call.request().query().get("namespace");
        String serviceAccount = call.request().query().get("serviceAccount");
        var matching = account.associations(call.region(), cluster.name()).stream()
                .filter(a -> namespace == null || a.namespace().equals(namespace))
                .filter(a -> serviceAccount == null || a.serviceAccount().equals(serviceAccount))
                .toList();
        return list(call, "associations", matching, EksJson::associationSummary);
    }

    private AwsResponse describeAssociation(Call call, AccountIndex account, EksCluster cluster, String id) {
        return account.associations(call.region(), cluster.name()).stream().filter(a -> a.associationId().equals(id)).findFirst()
                .map(a -> ok(call, g -> {
                    g.writeFieldName("association");
                    EksJson.association(g, a);
                }))
                .orElseGet(() -> error(call, new AwsError(404, "ResourceNotFoundException",
                        "No Pod Identity association found for id " + id + " in cluster " + cluster.name() + ".")
                        .withField("clusterName", cluster.name())));
    }

    private AwsResponse describeAddon(Call call, AccountIndex account, EksCluster cluster, String name) {
        return account.addons(call.region(), cluster.name()).stream().filter(a -> a.name().equals(name)).findFirst()
                .map(a -> ok(call, g -> {
                    g.writeFieldName("addon");
                    EksJson.addon(g, a);
                }))
                .orElseGet(() -> error(call, new AwsError(404, "ResourceNotFoundException",
                        "No addon: " + name + " found in cluster: " + cluster.name())
                        .withField("clusterName", cluster.name()).withField("addonName", name)));
    }

    private AwsResponse describeFargate(Call call, AccountIndex account, EksCluster cluster, String name) {
        return account.fargateProfiles(call.region(), cluster.name()).stream().filter(f -> f.name().equals(name)).findFirst()
                .map(f -> ok(call, g -> {
                    g.writeFieldName("fargateProfile");
                    EksJson.fargateProfile(g, f, cluster, account.infrastructure(cluster));
                }))
                .orElseGet(() -> error(call, new AwsError(404, "ResourceNotFoundException",
                        "No Fargate Profile found with name: " + name + ".")
                        .withField("clusterName", cluster.name()).withField("fargateProfileName", name)));
    }

    private <T> AwsResponse list(Call call, String field, List<T> all, ItemWriter<T> writer) throws Paging.BadTokenException, BadLimitException {
        Paging.Page<T> page = Paging.page(all, call.request().query().get("nextToken"), limit(call), maxPageSize.getAsInt());
        return ok(call, g -> {
            g.writeArrayFieldStart(field);
            for (T item : page.items()) {
                writer.write(g, item);
            }
            g.writeEndArray();
            if (page.nextToken() != null) {
                g.writeStringField("nextToken", page.nextToken());
            }
        });
    }

    private static int limit(Call call) throws BadLimitException {
        String raw = call.request().query().get("maxResults");
        if (raw == null) {
            return DEFAULT_PAGE;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new BadLimitException("maxResults must be between 1 and 100: " + raw);
    }

    private AwsResponse ok(Call call, JsonBodies.Members body) {
        return new AwsResponse(200, RestJsonProtocol.CONTENT_TYPE, Map.of("x-amzn-RequestId", call.requestId()), JsonBodies.object(body));
    }

    private AwsResponse error(Call call, AwsError error) {
        return protocol.render(error, call.requestId());
    }

    private static void writeString(JsonGenerator g, String s) throws IOException {
        g.writeString(s);
    }

    private static List<String> segments(String path) {
        return java.util.Arrays.stream(path.substring(1).split("/"))
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }


    private interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private static final class BadLimitException extends Exception {
        BadLimitException(String message) {
            super(message);
        }
    }
}
