package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.CancelSignal;
import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanCancelledException;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.ScanListener;
import dev.eksatlas.scan.ScanOptions;
import dev.eksatlas.scan.ScanReport;
import dev.eksatlas.scan.ScanRequest;
import dev.eksatlas.scan.ScanService;
import dev.eksatlas.scan.SdkProfileResolver;
import dev.eksatlas.scan.SnapshotSink;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.ProfileLocations;
import java.time.Clock;
import java.util.List;

/**
 * The services behind the scan controls, none of them on the FX thread: the user's AWS files
 * (their locations resolved once at start-up, ADR 0007), the demo fleet, and scans whose finished
 * accounts go to the inventory's writer.
 */
public final class ScanBackend implements AutoCloseable {
    private final ProfileLocations userFiles;
    private final DemoFleet demo;
    private final SnapshotSink sink;
    private final Clock clock;
    private final ScanLimits limits;

    /** @param limits how hard scans of the user's profiles push AWS ({@link ScanLimits#defaults()} in the app) */
    public ScanBackend(ProfileLocations userFiles, DemoFleet demo, SnapshotSink sink, Clock clock, ScanLimits limits) {
        this.userFiles = userFiles;
        this.demo = demo;
        this.sink = sink;
        this.clock = clock;
        this.limits = limits;
    }

    /** Reads the user's AWS config and credentials files again. */
    public ProfileCatalog readUserProfiles() {
        return ProfileCatalog.load(userFiles);
    }

    public List<String> demoProfileNames() {
        return demo.profileNames();
    }

    /** One profile of the user's files, read afresh so that a file fixed since start-up counts. */
    public ScanTarget profile(String name) {
        return new ScanTarget(readUserProfiles(), List.of(name), RegionChoice.profileRegion(), limits);
    }

    /** Every account of the demo fleet; starts its simulator if it is not running. */
    public ScanTarget demo() {
        return demo.start();
    }

    public void stopDemo() {
        demo.stop();
    }

    public DemoFleet demoFleet() {
        return demo;
    }

    /**
     * Scans {@code target}; each finished account is written before the next event, and once
     * {@code cancel} is true nothing more is written (the scan throws {@link ScanCancelledException}).
     */
    public ScanReport scan(ScanTarget target, RegionChoice regions, ScanListener listener, CancelSignal cancel) {
        return scan(target, regions, ScanOptions.defaults(), listener, cancel);
    }

    /** As {@link #scan(ScanTarget, RegionChoice, ScanListener, CancelSignal)}, reading what {@code options} asks for besides. */
    public ScanReport scan(ScanTarget target, RegionChoice regions, ScanOptions options, ScanListener listener, CancelSignal cancel) {
        try (SdkProfileResolver resolver = SdkProfileResolver.of(target.catalog())) {
            ScanRequest request = new ScanRequest(target.profiles(), regions, target.limits(), options);
            Object oneWriteAtATime = new Object();
            return new ScanService(resolver, clock).scan(request, listener, cancel, snapshot -> {
                // Accounts finish concurrently: checking under one lock means no write starts after Cancel.
                synchronized (oneWriteAtATime) {
                    if (cancel.isCancelled()) {
                        throw new ScanCancelledException();
                    }
                    sink.accept(snapshot);
                }
            });
        }
    }

    @Override
    public void close() {
        demo.close();
    }
}
