package dev.eksatlas.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetOpenIdConnectProviderResponse;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

class IamOperationsTest {
    private static FleetSimulator sim;
    private static SimulatedAccount prod;
    private static AccountSnapshot truth;
    private static IamClient iam;

    @BeforeAll
    static void start() {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
        prod = sim.fleet().accountNamed("prod");
        truth = prod.snapshot();
        iam = SdkClients.iam(sim.endpoint(), SdkClients.credentials(prod));
    }

    @AfterAll
    static void stop() {
        iam.close();
        sim.close();
    }

    @AfterEach
    void resetKnobs() {
        sim.setKnobs(sim.knobs().withMaxPageSize(0));
        sim.requestCounts().reset();
    }

    @Test
    void paginatorReadsEveryRoleWithItsTrustPolicyDecodedExactly() {
        sim.setKnobs(sim.knobs().withMaxPageSize(7));
        List<Role> roles = iam.listRolesPaginator(b -> b.maxItems(50)).roles().stream().toList();
        assertThat(roles).extracting(Role::roleName).containsExactlyElementsOf(truth.roles().stream().map(IamRole::name).toList());
        Map<String, IamRole> byName = truth.roles().stream().collect(Collectors.toMap(IamRole::name, r -> r));
        for (Role r : roles) {
            IamRole expected = byName.get(r.roleName());
            // The SDK hands the document over still URL-encoded; the scanner decodes it like this.
            assertThat(URLDecoder.decode(r.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(expected.trustPolicy());
            assertThat(r.createDate()).isEqualTo(expected.createdAt());
            assertThat(r.arn()).isEqualTo(expected.arn());
            assertThat(r.path()).isEqualTo(expected.path());
            assertThat(r.maxSessionDuration()).isEqualTo(expected.maxSessionDuration());
            assertThat(r.roleLastUsed()).isNull();
            assertThat(r.hasTags()).isFalse();
        }
        assertThat(sim.requestCounts().count("iam", "ListRoles")).isEqualTo((truth.roles().size() + 6) / 7);
    }

    @Test
    void encodedPoliciesUsePercentTwentyForSpacesAndNeverPlus() {
        IamRole indented = truth.roles().stream().filter(r -> r.trustPolicy().contains(" ")).findFirst().orElseThrow();
        Role r = iam.getRole(b -> b.roleName(indented.name())).role();
        assertThat(r.assumeRolePolicyDocument()).contains("%20").doesNotContain("+").doesNotContain(" ");
        assertThat(URLDecoder.decode(r.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(indented.trustPolicy());
    }

    @Test
    void getRoleReturnsLastUseAndTagsAsPlanted() {
        for (IamRole expected : truth.roles().subList(0, 40)) {
            Role r = iam.getRole(b -> b.roleName(expected.name())).role();
            IamRole read = new IamRole(prod.accountId(), r.arn(), r.roleName(), r.path(), r.createDate(), r.maxSessionDuration(),
                    URLDecoder.decode(r.assumeRolePolicyDocument(), StandardCharsets.UTF_8),
                    IamRole.policySize(URLDecoder.decode(r.assumeRolePolicyDocument(), StandardCharsets.UTF_8)), true,
                    r.roleLastUsed() == null ? null : r.roleLastUsed().lastUsedDate(),
                    r.roleLastUsed() == null ? null : r.roleLastUsed().region(),
                    r.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)));
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void listRoleTagsPagesThroughTags() {
        sim.setKnobs(sim.knobs().withMaxPageSize(1));
        IamRole tagged = truth.roles().stream().filter(r -> r.tags().size() >= 2).findFirst().orElseThrow();
        List<Tag> tags = iam.listRoleTagsPaginator(b -> b.roleName(tagged.name())).tags().stream().toList();
        assertThat(tags.stream().collect(Collectors.toMap(Tag::key, Tag::value))).isEqualTo(tagged.tags());
        assertThat(sim.requestCounts().count("iam", "ListRoleTags")).isEqualTo(tagged.tags().size());
    }

    @Test
    void oidcProvidersAreListedAndDescribed() {
        List<String> arns = iam.listOpenIDConnectProviders().openIDConnectProviderList().stream()
                .map(OpenIDConnectProviderListEntry::arn).toList();
        assertThat(arns).containsExactlyElementsOf(truth.oidcProviders().stream().map(OidcProvider::arn).toList());
        for (OidcProvider expected : truth.oidcProviders()) {
            GetOpenIdConnectProviderResponse p = iam.getOpenIDConnectProvider(b -> b.openIDConnectProviderArn(expected.arn()));
            assertThat(new OidcProvider(prod.accountId(), expected.arn(), p.url(), p.clientIDList(), p.thumbprintList(),
                    p.createDate(), p.tags().stream().collect(Collectors.toMap(Tag::key, Tag::value)))).isEqualTo(expected);
        }
    }

    @Test
    void accountAliasIsListed() {
        assertThat(iam.listAccountAliases().accountAliases()).containsExactly("acme-prod");
    }

    @Test
    void unknownRolesAndProvidersRaiseNoSuchEntityException() {
        assertThatThrownBy(() -> iam.getRole(b -> b.roleName("nope")))
                .isInstanceOfSatisfying(NoSuchEntityException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The role with name nope cannot be found.");
                });
        assertThatThrownBy(() -> iam.listRoleTags(b -> b.roleName("nope"))).isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> iam.getOpenIDConnectProvider(b -> b.openIDConnectProviderArn(
                "arn:aws:iam::" + prod.accountId() + ":oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/NOPE")))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> iam.getOpenIDConnectProvider(b -> b.openIDConnectProviderArn("not-an-arn")))
                .isInstanceOf(InvalidInputException.class);
    }
}
