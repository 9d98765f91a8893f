package dev.eksatlas.scan;

import dev.eksatlas.domain.CoverageGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what could not be read (access denied, throttling that outlasted the retries, timeouts,
 * server errors, a region not enabled) into coverage gaps, so "could not see" is never stored as
 * "nothing there". Each read that fails yields its fallback and the scan goes on.
 */
final class Coverage {
    private static final Logger LOG = Logger.getLogger(Coverage.class.getName());
    private final String accountId;
    private final Queue<CoverageGap> gaps = new ConcurrentLinkedQueue<>();

    Coverage(String accountId) {
        this.accountId = accountId;
    }

    <T> T read(CallSite site, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (ScanCancelledException e) {
            throw e;
        } catch (AbortedException e) {
            // The SDK reports an interrupted call this way; on cancel it is not a gap.
            Thread.currentThread().interrupt();
            throw new ScanCancelledException();
        } catch (SdkException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ScanCancelledException();
            }
            record(site, e);
            return fallback;
        }
    }

    void record(CallSite site, SdkException e) {
        record(site, errorCode(e), message(e));
    }

    /** A gap that is not an SDK error, e.g. a query that did not complete; {@code code} names what went wrong. */
    void record(CallSite site, String code, String message) {
        LOG.log(Level.INFO, "Coverage gap in account {0}: {1} {2} {3} {4}: {5}",
                new Object[] {accountId, site.service(), site.region(), site.operation(), code, message});
        gaps.add(new CoverageGap(accountId, site.region(), site.service(), site.operation(),
                site.resource() != null ? site.resource() : site.cluster(), code, message));
    }

    List<CoverageGap> gaps() {
        return new ArrayList<>(gaps);
    }

    static String errorCode(SdkException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ResponseGuard.ResponseTooLargeException) {
                return "ResponseTooLarge";
            }
            if (c instanceof ResponseGuard.MalformedResponseException) {
                return "MalformedResponse";
            }
        }
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null && s.awsErrorDetails().errorCode() != null) {
            return s.awsErrorDetails().errorCode();
        }
        if (e instanceof AwsServiceException s) {
            return "HTTP " + s.statusCode();
        }
        return e.getClass().getSimpleName();
    }

    static String message(SdkException e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null && s.awsErrorDetails().errorMessage() != null) {
            return s.awsErrorDetails().errorMessage();
        }
        if (e instanceof SdkClientException && e.getMessage() != null) {
            return e.getMessage();
        }
        return String.valueOf(e.getMessage());
    }
}
