package dev.eksatlas.analysis.policy;

import java.util.Locale;

/**
 * A condition operator as IAM reads it: an optional set qualifier ({@code ForAnyValue:},
 * {@code ForAllValues:}), a base operator, and an optional {@code IfExists} suffix.
 * Unknown names parse to {@link Base#UNKNOWN} (IAM would have refused the policy).
 */
public record ConditionOperator(String name, Base base, Qualifier qualifier, boolean ifExists) {

    /** How a base operator compares a policy value with a request value. */
    public enum Comparison {
        EXACT, IGNORE_CASE, GLOB, NULL_CHECK, BOOL, OTHER
    }

    public enum Qualifier {
        NONE, FOR_ANY_VALUE, FOR_ALL_VALUES
    }

    public enum Base {
        STRING_EQUALS("StringEquals", Comparison.EXACT, false),
        STRING_NOT_EQUALS("StringNotEquals", Comparison.EXACT, true),
        STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Comparison.IGNORE_CASE, false),
        STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Comparison.IGNORE_CASE, true),
        STRING_LIKE("StringLike", Comparison.GLOB, false),
        STRING_NOT_LIKE("StringNotLike", Comparison.GLOB, true),
        // ArnEquals and ArnLike both accept wildcards in each ARN segment.
        ARN_EQUALS("ArnEquals", Comparison.GLOB, false),
        ARN_LIKE("ArnLike", Comparison.GLOB, false),
        ARN_NOT_EQUALS("ArnNotEquals", Comparison.GLOB, true),
        ARN_NOT_LIKE("ArnNotLike", Comparison.GLOB, true),
        BOOL("Bool", Comparison.BOOL, false),
        NULL("Null", Comparison.NULL_CHECK, false),
        NUMERIC_EQUALS("NumericEquals", Comparison.OTHER, false),
        NUMERIC_NOT_EQUALS("NumericNotEquals", Comparison.OTHER, true),
        NUMERIC_LESS_THAN("NumericLessThan", Comparison.OTHER, false),
        NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Comparison.OTHER, false),
        NUMERIC_GREATER_THAN("NumericGreaterThan", Comparison.OTHER, false),
        NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Comparison.OTHER, false),
        DATE_EQUALS("DateEquals", Comparison.OTHER, false),
        DATE_NOT_EQUALS("DateNotEquals", Comparison.OTHER, true),
        DATE_LESS_THAN("DateLessThan", Comparison.OTHER, false),
        DATE_LESS_THAN_EQUALS("DateLessThanEquals", Comparison.OTHER, false),
        DATE_GREATER_THAN("DateGreaterThan", Comparison.OTHER, false),
        DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Comparison.OTHER, false),
        IP_ADDRESS("IpAddress", Comparison.OTHER, false),
        NOT_IP_ADDRESS("NotIpAddress", Comparison.OTHER, true),
        BINARY_EQUALS("BinaryEquals", Comparison.OTHER, false),
        UNKNOWN("?", Comparison.OTHER, false);

        private final String iamName;
        private final Comparison comparison;
        private final boolean negated;

        Base(String iamName, Comparison comparison, boolean negated) {
            this.iamName = iamName;
            this.comparison = comparison;
            this.negated = negated;
        }

        public String iamName() {
            return iamName;
        }

        public Comparison comparison() {
            return comparison;
        }

        public boolean negated() {
            return negated;
        }

        public boolean isString() {
            return this == STRING_EQUALS || this == STRING_NOT_EQUALS || this == STRING_EQUALS_IGNORE_CASE
                    || this == STRING_NOT_EQUALS_IGNORE_CASE || this == STRING_LIKE || this == STRING_NOT_LIKE;
        }

        static Base byName(String name) {
            for (Base b : values()) {
                if (b.iamName.equalsIgnoreCase(name)) {
                    return b;
                }
            }
            return UNKNOWN;
        }
    }

    /** Reads e.g. {@code ForAnyValue:StringLikeIfExists}. Never throws. */
    public static ConditionOperator parse(String name) {
        String rest = name == null ? "" : name.strip();
        Qualifier qualifier = Qualifier.NONE;
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("foranyvalue:")) {
            qualifier = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring("foranyvalue:".length());
        } else if (lower.startsWith("forallvalues:")) {
            qualifier = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring("forallvalues:".length());
        }
        boolean ifExists = false;
        // "Null" has no IfExists form: the suffix would contradict the operator.
        if (rest.toLowerCase(Locale.ROOT).endsWith("ifexists") && rest.length() > "ifexists".length()) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - "ifexists".length());
        }
        Base base = Base.byName(rest);
        if (base == Base.NULL && (ifExists || qualifier != Qualifier.NONE)) {
            base = Base.UNKNOWN;
        }
        return new ConditionOperator(name, base, qualifier, ifExists);
    }

    public boolean negated() {
        return base.negated();
    }

    public boolean known() {
        return base != Base.UNKNOWN;
    }

    public Comparison comparison() {
        return base.comparison();
    }

    /** A positive string/ARN test: one that must match for the statement to apply. */
    public boolean positiveMatch() {
        return !negated() && (base.isString() || base.name().startsWith("ARN_"));
    }
}
