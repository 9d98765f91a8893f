package dev.eksatlas.simulator.iam;

import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.simulator.fleet.AccountIndex;
import dev.eksatlas.simulator.fleet.FleetIndex;
import dev.eksatlas.simulator.http.AwsError;
import dev.eksatlas.simulator.http.AwsResponse;
import dev.eksatlas.simulator.http.Call;
import dev.eksatlas.simulator.http.Paging;
import dev.eksatlas.simulator.http.QueryProtocol;
import dev.eksatlas.simulator.http.RawRequest;
import dev.eksatlas.simulator.http.SimulatedService;
import dev.eksatlas.simulator.http.StandardError;
import dev.eksatlas.simulator.http.WireProtocol;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * AWS IAM over the query protocol (API version 2010-05-08). IAM is global: the region of the
 * credential scope does not matter. Lists always carry {@code IsTruncated}, and a {@code Marker} when
 * it is true, because the SDK's paginators read both.
 */
public final class IamService implements SimulatedService {
    public static final String VERSION = "2010-05-08";
    private static final Set<String> OPERATIONS = Set.of("ListRoles", "GetRole", "ListRoleTags",
            "ListOpenIDConnectProviders", "GetOpenIDConnectProvider", "ListAccountAliases");

    private final FleetIndex fleet;
    private final IntSupplier maxPageSize;
    private final ConcurrentHashMap<String, IamXml.Derived> derived = new ConcurrentHashMap<>();
    private final QueryProtocol protocol = new QueryProtocol("https://iam.amazonaws.com/doc/2010-05-08/", Map.of(
            StandardError.INTERNAL_FAILURE, new AwsError(500, "ServiceFailure", "The request processing has failed because of an unknown error, exception or failure.")));

    public IamService(FleetIndex fleet, IntSupplier maxPageSize) {
        this.fleet = fleet;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public String signingName() {
        return "iam";
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public boolean recognises(RawRequest request) {
        return request.isFormPost() && VERSION.equals(request.form().get("Version"));
    }

    @Override
    public String operation(RawRequest request) {
        String action = request.form().get("Action");
        return OPERATIONS.contains(action) ? action : null;
    }

    @Override
    public AwsResponse handle(Call call) {
        AccountIndex account = fleet.account(call.accountId()).orElseThrow();
        Map<String, String> form = call.request().form();
        try {
            return switch (call.operation()) {
                case "ListRoles" -> listRoles(call, account, form);
                case "GetRole" -> withRole(call, account, form, r ->
                        protocol.success("GetRole", call.requestId(), x -> IamXml.role(x, "Role", r, derived(r), true)));
                case "ListRoleTags" -> withRole(call, account, form, r -> listRoleTags(call, r, form));
                case "ListOpenIDConnectProviders" -> protocol.success("ListOpenIDConnectProviders", call.requestId(), x -> {
                    x.open("OpenIDConnectProviderList");
                    account.providers().forEach(p -> x.open("member").element("Arn", p.arn()).close());
                    x.close();
                });
                case "GetOpenIDConnectProvider" -> getProvider(call, account, form.get("OpenIDConnectProviderArn"));
                case "ListAccountAliases" -> protocol.success("ListAccountAliases", call.requestId(), x -> {
                    x.open("AccountAliases");
                    if (account.account().alias() != null) {
                        x.element("member", account.account().alias());
                    }
                    x.close().element("IsTruncated", false);
                });
                default -> protocol.render(protocol.standard(StandardError.UNKNOWN_OPERATION, null), call.requestId());
            };
        } catch (Paging.BadTokenException e) {
            return error(call, new AwsError(400, "InvalidInput", "Invalid Marker."));
        } catch (IllegalArgumentException e) {
            return error(call, new AwsError(400, "ValidationError", e.getMessage()));
        }
    }

    private AwsResponse listRoles(Call call, AccountIndex account, Map<String, String> form) throws Paging.BadTokenException {
        String prefix = form.getOrDefault("PathPrefix", "/");
        List<IamRole> roles = account.roles().stream().filter(r -> r.path().startsWith(prefix)).toList();
        Paging.Page<IamRole> page = Paging.page(roles, form.get("Marker"), maxItems(form), maxPageSize.getAsInt());
        return protocol.success("ListRoles", call.requestId(), x -> {
            x.open("Roles");
            page.items().forEach(r -> IamXml.role(x, "member", r, derived(r), false));
            x.close();
            x.element("IsTruncated", page.nextToken() != null).element("Marker", page.nextToken());
        });
    }

    private AwsResponse listRoleTags(Call call, IamRole role, Map<String, String> form) {
        try {
            List<Map.Entry<String, String>> tags = List.copyOf(role.tags().entrySet());
            Paging.Page<Map.Entry<String, String>> page = Paging.page(tags, form.get("Marker"), maxItems(form), maxPageSize.getAsInt());
            return protocol.success("ListRoleTags", call.requestId(), x -> {
                x.open("Tags");
                page.items().forEach(t -> x.open("member").element("Key", t.getKey()).element("Value", t.getValue()).close());
                x.close();
                x.element("IsTruncated", page.nextToken() != null).element("Marker", page.nextToken());
            });
        } catch (Paging.BadTokenException e) {
            return error(call, new AwsError(400, "InvalidInput", "Invalid Marker."));
        }
    }

    private AwsResponse getProvider(Call call, AccountIndex account, String arn) {
        if (arn == null || !arn.startsWith("arn:aws:iam::") || !arn.contains(":oidc-provider/")) {
            return error(call, new AwsError(400, "InvalidInput", "ARN " + arn + " is not valid."));
        }
        OidcProvider provider = account.provider(arn).orElse(null);
        if (provider == null) {
            return error(call, new AwsError(404, "NoSuchEntity", "OpenIDConnect Provider not found for arn " + arn));
        }
        return protocol.success("GetOpenIDConnectProvider", call.requestId(), x -> IamXml.provider(x, provider));
    }

    private AwsResponse withRole(Call call, AccountIndex account, Map<String, String> form, java.util.function.Function<IamRole, AwsResponse> then) {
        String name = form.get("RoleName");
        if (name == null || name.isEmpty()) {
            return error(call, new AwsError(400, "ValidationError", "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null"));
        }
        return account.role(name).map(then).orElseGet(() ->
                error(call, new AwsError(404, "NoSuchEntity", "The role with name " + name + " cannot be found.")));
    }

    private IamXml.Derived derived(IamRole r) {
        return derived.computeIfAbsent(r.arn(), k -> IamXml.Derived.of(r));
    }

    private static int maxItems(Map<String, String> form) {
        String raw = form.get("MaxItems");
        if (raw == null) {
            return 100;
        }
        int n;
        try {
            n = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("1 validation error detected: Value '" + raw
                    + "' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000");
        }
        return n;
    }

    private AwsResponse error(Call call, AwsError error) {
        return protocol.render(error, call.requestId());
    }
}
