package dev.eksatlas.export;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.CoverageGap;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import dev.eksatlas.report.Column;
import dev.eksatlas.report.Report;
import dev.eksatlas.report.ReportDefinition;
import dev.eksatlas.report.ReportRegistry;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.testing.AsScanned;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Adversarial text (formula starts, quotes, commas, CR/LF, NUL, bidi controls, Hangul, emoji,
 * 10,000-character values) put into the demo fleet's free-text fields, then every report of
 * {@link ReportRegistry} written as CSV and read back with {@link Rfc4180Reader}: each file parses,
 * every cell restores to exactly what the report displays, no cell starts with a formula character
 * unguarded (numbers excepted), and the adversarial values do reach the files.
 */
public final class CsvAdversarialCase {
    private static final List<String> SEEDS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
            "\nLF", "\0NUL", "＝１", "＋", "－", "＠", "'quoted", "''two", "a,b", "\"q\"", "line1\r\nline2", "\u202Eevil\u202C",
            "한국어 값", "😀🚀", "\uFEFFbom", "   ", "", "x".repeat(10_000), "=cmd|' /C calc'!A0");
    private static final Set<String> FIELDS = Set.of("alias", "profile", "platformVersion", "status", "authenticationMode", "namespace",
            "serviceAccount", "externalId", "version", "path", "lastUsedRegion", "message", "errorCode");

    private final List<AccountSnapshot> demo = AsScanned.all(Fleet.generate(FleetSpec.demo()).snapshots());
    private final List<Report<?>> reports = new ReportRegistry(ReportRegistry.standardReports()).all();
    private final ExportService service = new ExportService(new CsvWriter(false), "test");

    public CaseResult run(int tries, long seed) {
        Tally tally = new Tally("Adversarial text through every CSV report");
        for (int i = 0; i < tries; i++) {
            try {
                tally.check(tryOnce(new SplittableRandom(seed + i)));
            } catch (RuntimeException e) {
                tally.lost("seed " + (seed + i) + ": " + e);
            }
        }
        return tally.result(reports.size() + " reports; strict RFC 4180 reader; restored cells equal the displayed values");
    }

    private String tryOnce(SplittableRandom random) {
        Set<String> injected = new HashSet<>();
        UnaryOperator<String> adversary = original -> {
            String s = random.nextInt(3) == 0 ? SEEDS.get(random.nextInt(SEEDS.size()))
                    : SEEDS.get(random.nextInt(SEEDS.size())) + original + SEEDS.get(random.nextInt(SEEDS.size()));
            if (s.length() > 3) {
                injected.add(s);
            }
            return s;
        };
        List<AccountSnapshot> snapshots = demo.stream().map(s -> poison(s, adversary)).toList();
        ExportInput input = ExportInput.of(snapshots, Selection.all());
        Set<String> allCells = new HashSet<>();
        for (Report<?> report : reports) {
            String problem = check(report, input, allCells);
            if (problem != null) {
                return report.name() + ": " + problem;
            }
        }
        return injected.stream().anyMatch(allCells::contains) ? null : "no adversarial value reached any report";
    }

    private <R> String check(Report<R> report, ExportInput input, Set<String> allCells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeReport(report, input, out);
        List<List<String>> records = Rfc4180Reader.read(out.toByteArray());
        ReportDefinition<R> d = report.definition();
        if (!records.getFirst().equals(d.headers())) {
            return "header differs: " + records.getFirst();
        }
        List<List<String>> displayed = report.rows(input.snapshots(), input.scope()).sorted(d.order())
                .map(r -> d.columns().stream().map(c -> c.display(r)).toList()).toList();
        List<List<String>> rows = records.subList(1, records.size());
        if (rows.size() != displayed.size()) {
            return rows.size() + " rows read, " + displayed.size() + " displayed";
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (FormulaGuard.needsPrefix(cell) && cell.charAt(0) != FormulaGuard.PREFIX
                        && !(d.columns().get(c).kind() == Column.Kind.NUMBER && FormulaGuard.isPlainNumber(cell))) {
                    return "row " + r + " column " + d.columns().get(c).id() + " starts a formula unguarded: " + abbreviate(cell);
                }
                String restored = FormulaGuard.restore(cell);
                if (!restored.equals(displayed.get(r).get(c))) {
                    return "row " + r + " column " + d.columns().get(c).id() + " reads back as " + abbreviate(restored)
                            + ", displayed " + abbreviate(displayed.get(r).get(c));
                }
                allCells.add(restored);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return (s.length() > 60 ? s.substring(0, 60) + "…" : s).replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
    }

    private static AccountSnapshot poison(AccountSnapshot s, UnaryOperator<String> adversary) {
        List<CoverageGap> gaps = new ArrayList<>(s.coverageGaps());
        gaps.add(new CoverageGap(s.accountId(), "us-east-1", "eks", "ListClusters", adversary.apply("cluster"),
                adversary.apply("AccessDenied"), adversary.apply("denied")));
        return new AccountSnapshot(poisonRecord(s.account(), adversary), adversary.apply("profile"), s.regions(), s.startedAt(),
                s.finishedAt(), each(s.clusters(), adversary), each(s.oidcProviders(), adversary), each(s.roles(), adversary),
                each(s.associations(), adversary), each(s.addons(), adversary), each(s.fargateProfiles(), adversary), s.staleTokens(),
                each(gaps, adversary), s.apiCalls(), s.run());
    }

    private static <T extends Record> List<T> each(List<T> records, UnaryOperator<String> adversary) {
        return records.stream().map(r -> poisonRecord(r, adversary)).toList();
    }

    /** A copy of the record with its free-text fields (and tag values) made adversarial; keys and ARNs are kept, so links hold. */
    @SuppressWarnings("unchecked")
    static <T extends Record> T poisonRecord(T record, UnaryOperator<String> adversary) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(record);
                types[i] = components[i].getType();
                if (value instanceof String text && FIELDS.contains(components[i].getName())) {
                    value = adversary.apply(text);
                } else if (value instanceof Map<?, ?> tags && components[i].getName().equals("tags")) {
                    Map<String, String> copy = new LinkedHashMap<>((Map<String, String>) tags);
                    copy.put("atlas-" + copy.size(), adversary.apply("tag"));
                    value = copy;
                }
                values[i] = value;
            }
            Constructor<T> canonical = (Constructor<T>) record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
