package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.testing.AsScanned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges a scan against the simulator's ground truth ({@code Fleet.snapshots()}): either every item
 * came back exactly, or every item that did not is covered by a coverage gap of its service, region
 * and resource (or by a failed profile for a whole account). Anything else is a silently smaller or
 * different inventory.
 */
public final class GroundTruthCheck {
    /** How a scan came out: complete, complete except what its gaps and failures name, or lost something. */
    public enum Verdict { COMPLETE, REPORTED, LOST }

    public record Outcome(Verdict verdict, String problem) {
    }

    private GroundTruthCheck() {
    }

    public static Outcome judge(List<AccountSnapshot> truth, List<AccountSnapshot> scanned, ScanReport report,
            Map<String, String> profileOfAccount) {
        Map<String, AccountSnapshot> got = scanned.stream().collect(Collectors.toMap(AccountSnapshot::accountId, Function.identity()));
        List<String> problems = new ArrayList<>();
        boolean complete = scanned.size() == truth.size() && report.failures().isEmpty();
        for (AccountSnapshot t : truth) {
            AccountSnapshot s = got.get(t.accountId());
            if (s == null) {
                String profile = profileOfAccount.get(t.accountId());
                if (report.failures().stream().noneMatch(f -> f.profile().equals(profile))) {
                    problems.add("account " + t.accountId() + " missing without a failed profile");
                }
                continue;
            }
            complete &= s.coverageGaps().isEmpty();
            problems.addAll(unexplained(AsScanned.snapshot(t), s));
        }
        if (!problems.isEmpty()) {
            return new Outcome(Verdict.LOST, String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " (+" + (problems.size() - 5) + " more)" : ""));
        }
        return new Outcome(complete ? Verdict.COMPLETE : Verdict.REPORTED, null);
    }

    private static List<String> unexplained(AccountSnapshot expected, AccountSnapshot actual) {
        List<CoverageGap> gaps = actual.coverageGaps();
        List<String> problems = new ArrayList<>();
        if (!expected.account().equals(actual.account()) && gaps.stream().noneMatch(g -> g.operation().equals("ListAccountAliases"))) {
            problems.add("account record differs: " + actual.account());
        }
        compare("cluster", expected.clusters(), actual.clusters(), EksCluster::arn,
                c -> covered(gaps, "eks", c.region(), c.name()), problems);
        compare("provider", expected.oidcProviders(), actual.oidcProviders(), OidcProvider::arn,
                p -> covered(gaps, "iam", "global", p.arn()), problems);
        compare("role", expected.roles(), actual.roles(), IamRole::arn, r -> covered(gaps, "iam", "global", r.arn()), problems);
        compare("association", expected.associations(), actual.associations(), PodIdentityAssociation::associationArn,
                a -> covered(gaps, "eks", a.region(), a.clusterName(), a.associationId()), problems);
        compare("add-on", expected.addons(), actual.addons(), a -> a.region() + "/" + a.clusterName() + "/" + a.name(),
                a -> covered(gaps, "eks", a.region(), a.clusterName(), a.name()), problems);
        compare("fargate profile", expected.fargateProfiles(), actual.fargateProfiles(), FargateProfile::arn,
                f -> covered(gaps, "eks", f.region(), f.clusterName(), f.name()), problems);
        return problems;
    }

    /**
     * Items expected but not stored exactly must be covered; items stored but not expected must be
     * another version of a covered expected item (e.g. a role without GetRole's details).
     */
    private static <T> void compare(String what, List<T> expected, List<T> actual, Function<T, String> key,
            Predicate<T> covered, List<String> problems) {
        Set<T> stored = new HashSet<>(actual);
        Set<String> coveredKeys = new HashSet<>();
        for (T item : expected) {
            if (!stored.contains(item)) {
                if (covered.test(item)) {
                    coveredKeys.add(key.apply(item));
                } else {
                    problems.add(what + " " + key.apply(item) + (actual.stream().anyMatch(a -> key.apply(a).equals(key.apply(item)))
                            ? " stored differently" : " missing") + " without a coverage gap");
                }
            }
        }
        Set<T> wanted = new HashSet<>(expected);
        for (T item : actual) {
            if (!wanted.contains(item) && !coveredKeys.contains(key.apply(item))) {
                problems.add(what + " " + key.apply(item) + " stored but not in the ground truth");
            }
        }
        if (actual.size() != new HashSet<>(actual).size()) {
            problems.add(what + "s duplicated");
        }
    }

    private static boolean covered(List<CoverageGap> gaps, String service, String region, String... resources) {
        return gaps.stream().anyMatch(g -> g.service().equals(service) && g.region().equals(region)
                && (g.resource() == null || List.of(resources).stream().anyMatch(r -> Objects.equals(r, g.resource()))));
    }
}
