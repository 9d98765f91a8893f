package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.RegionChoice;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The regions field: empty means the profile's own region (the demo: the fleet's regions), a
 * comma (or space) separated list names regions, and "all regions" wins over the field.
 *
 * @param choice  the regions to scan; empty when the target's default applies
 * @param invalid the first entry that is not a region name, else null
 */
record RegionInput(Optional<RegionChoice> choice, String invalid) {
    /** AWS region names: {@code us-east-1}, {@code ap-northeast-2}, {@code us-gov-west-1}, {@code cn-north-1}. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    static RegionInput parse(String text, boolean allRegions) {
        if (allRegions) {
            return new RegionInput(Optional.of(RegionChoice.all()), null);
        }
        List<String> names = Arrays.stream((text == null ? "" : text).split("[,\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        Optional<String> bad = names.stream().filter(n -> !REGION.matcher(n).matches()).findFirst();
        if (bad.isPresent()) {
            return new RegionInput(Optional.empty(), bad.get());
        }
        return new RegionInput(names.isEmpty() ? Optional.empty() : Optional.of(RegionChoice.of(names)), null);
    }

    boolean valid() {
        return invalid == null;
    }
}
