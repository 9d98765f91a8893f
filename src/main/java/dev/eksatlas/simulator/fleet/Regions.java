package dev.eksatlas.simulator.fleet;

import java.util.ArrayList;
import java.util.List;

/** The regions simulated accounts use, and the short codes cluster names carry. */
final class Regions {
    static final List<String> POOL = List.of("us-east-1", "eu-west-1", "ap-northeast-2", "us-west-2", "eu-central-1",
            "ap-southeast-1", "ap-northeast-1", "us-east-2", "eu-north-1", "ca-central-1", "ap-south-1", "sa-east-1");

    private Regions() {
    }

    /**
     * Account {@code index}'s regions: us-east-1 first (the home region), then the next ones of the
     * pool. The first three accounts share their regions; later ones rotate through the pool.
     */
    static List<String> forAccount(int index, int count) {
        List<String> regions = new ArrayList<>();
        regions.add(POOL.getFirst());
        int shift = index < 3 ? 0 : (index - 2) * (count - 1);
        for (int j = 0; regions.size() < count; j++) {
            String r = POOL.get(1 + (shift + j) % (POOL.size() - 1));
            if (!regions.contains(r)) {
                regions.add(r);
            }
        }
        return regions;
    }

    /** {@code us-east-1} → {@code use1}, {@code ap-northeast-2} → {@code apne2}. */
    static String shortCode(String region) {
        String[] p = region.split("-");
        String area = switch (p[1]) {
            case "east" -> "e";
            case "west" -> "w";
            case "north" -> "n";
            case "south" -> "s";
            case "central" -> "c";
            case "northeast" -> "ne";
            case "southeast" -> "se";
            default -> p[1].substring(0, 1);
        };
        return p[0] + area + p[2];
    }
}
