package dev.eksatlas.simulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Access denied for matching calls. Written {@code key=value[,key=value...]} with keys {@code account},
 * {@code region}, {@code service} and {@code operation}; a rule matches when all its terms do (a term
 * left out matches anything). Several rules are separated by {@code ;} (or given as several
 * {@code --deny} options) and a call is denied when any rule matches. Example:
 * {@code account=111122223333,service=eks;operation=ListPodIdentityAssociations}.
 * A {@code region} term never matches IAM, which is global.
 */
public record DenyRule(String account, String region, String service, String operation) {

    public DenyRule {
        if (account == null && region == null && service == null && operation == null) {
            throw new IllegalArgumentException("a deny rule needs at least one of account, region, service, operation");
        }
    }

    public boolean matches(CallTarget target) {
        return (account == null || account.equals(target.accountId()))
                && (region == null || region.equals(target.region()))
                && (service == null || service.equalsIgnoreCase(target.service()))
                && (operation == null || operation.equalsIgnoreCase(target.operation()));
    }

    /** Parses one or more rules separated by {@code ;}. */
    public static List<DenyRule> parse(String spec) {
        List<DenyRule> rules = new ArrayList<>();
        for (String rule : spec.split(";")) {
            if (!rule.isBlank()) {
                rules.add(parseOne(rule.strip()));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("empty deny spec");
        }
        return rules;
    }

    private static DenyRule parseOne(String rule) {
        String account = null;
        String region = null;
        String service = null;
        String operation = null;
        for (String term : rule.split(",")) {
            int eq = term.indexOf('=');
            if (eq <= 0 || eq == term.length() - 1) {
                throw new IllegalArgumentException("deny term must be key=value: '" + term.strip() + "'");
            }
            String value = term.substring(eq + 1).strip();
            switch (term.substring(0, eq).strip().toLowerCase(Locale.ROOT)) {
                case "account" -> account = value;
                case "region" -> region = value;
                case "service" -> service = value.toLowerCase(Locale.ROOT);
                case "operation" -> operation = value;
                default -> throw new IllegalArgumentException(
                        "unknown deny key '" + term.substring(0, eq).strip() + "' (use account, region, service, operation)");
            }
        }
        return new DenyRule(account, region, service, operation);
    }

    @Override
    public String toString() {
        List<String> terms = new ArrayList<>();
        if (account != null) terms.add("account=" + account);
        if (region != null) terms.add("region=" + region);
        if (service != null) terms.add("service=" + service);
        if (operation != null) terms.add("operation=" + operation);
        return String.join(",", terms);
    }
}
