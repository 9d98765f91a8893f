package dev.eksatlas.scan;

import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Makes the SDK's retries wait for the same request rate as first attempts. The {@link CallGate}
 * takes a permit for a call's first attempt; the SDK retries inside the call, where the gate does
 * not see it. AWS counts every attempt, so a retry after throttling that ignored the rate would
 * only feed the throttling. The SDK calls this hook once per attempt, right before sending.
 */
final class RetryPacer implements ExecutionInterceptor {
    /** The rate of the bucket the current call belongs to; bound by the gate around each call. */
    static final ScopedValue<RateLimiter> CURRENT_RATE = ScopedValue.newInstance();

    private static final ExecutionAttribute<Boolean> SENT_ONCE = new ExecutionAttribute<>("EksAtlasSentOnce");

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(SENT_ONCE) == null) {
            attributes.putAttribute(SENT_ONCE, Boolean.TRUE);
            return;
        }
        if (CURRENT_RATE.isBound() && !CURRENT_RATE.get().acquire()) {
            throw AbortedException.create("The scan was cancelled while a retry waited for its turn.");
        }
    }
}
