package dev.eksatlas.scan;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.Abortable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Guards the scan against what a broken server or network answers:
 * <ul>
 * <li>A body larger than {@code maxBytes} is cut off with {@link ResponseTooLargeException}: the SDK
 * builds a whole document tree of an answer before reading it, so an endless or gigantic body would
 * otherwise fill the heap until the attempt timeout (10 s of a fast network is gigabytes).
 * <li>A successful IAM or STS answer (query protocol) must start with the {@code <OperationResponse>}
 * element: the SDK's XML reader accepts any markup (an HTML error page from a proxy) and yields a
 * response whose fields are all null, which would be stored as a role or provider without data.
 * Such an answer fails with a {@link MalformedResponseException} cause, which the SDK retries.
 * </ul>
 * Failures here are thrown as {@link SdkClientException}: the SDK neither wraps nor retries other
 * exceptions from an interceptor, so they would escape the scan's coverage handling.
 * The largest real answer is a ListRoles page of 1,000 roles with 4,096-character trust policies,
 * percent-encoded: about 13 MB; the default bound is 32 MiB.
 */
final class ResponseGuard implements ExecutionInterceptor {
    static final long DEFAULT_MAX_BYTES = 32L << 20;
    private static final int PEEK = 512;

    private final long maxBytes;

    ResponseGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        if (body.isEmpty()) {
            return body;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        InputStream bounded = new Bounded(body.get(), maxBytes, operation);
        if (body.get() instanceof Abortable abortable) {
            // Closing an over-long answer would make the HTTP client read the rest to reuse the
            // connection (a gibibyte, or forever); abort it instead.
            ((Bounded) bounded).onOverflow = abortable::abort;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        boolean queryProtocol = "Iam".equalsIgnoreCase(service) || "Sts".equalsIgnoreCase(service);
        if (queryProtocol && context.httpResponse().isSuccessful()) {
            return Optional.of(requireRoot(bounded, operation + "Response", operation));
        }
        return Optional.of(bounded);
    }

    private static InputStream requireRoot(InputStream in, String root, String operation) {
        BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
        try {
            buffered.mark(PEEK);
            byte[] head = buffered.readNBytes(PEEK);
            buffered.reset();
            if (!rootElement(new String(head, StandardCharsets.UTF_8)).equals(root)) {
                String message = "The answer to " + operation + " is not a " + root + " document";
                throw SdkClientException.create(message, new MalformedResponseException(message));
            }
            return buffered;
        } catch (IOException e) {
            throw SdkClientException.create("Could not read the answer to " + operation + ": " + e.getMessage(), e);
        }
    }

    /** The name of the first element that is not a declaration, processing instruction or comment. */
    static String rootElement(String head) {
        int i = 0;
        while ((i = head.indexOf('<', i)) >= 0 && i + 1 < head.length()) {
            char next = head.charAt(i + 1);
            if (next != '?' && next != '!') {
                int end = i + 1;
                while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && "/>".indexOf(head.charAt(end)) < 0) {
                    end++;
                }
                return head.substring(i + 1, end);
            }
            i++;
        }
        return "";
    }

    /** Counts what is read and fails once more than the bound has come. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String operation;
        private long read;
        private Runnable onOverflow = () -> { };

        Bounded(InputStream in, long max, String operation) {
            super(in);
            this.max = max;
            this.operation = operation;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                onOverflow.run();
                throw new ResponseTooLargeException("The answer to " + operation + " is larger than " + (max >> 20)
                        + " MiB; it was cut off");
            }
        }
    }

    /** An answer over the bound. Not retried: the same request would get the same flood. */
    static final class ResponseTooLargeException extends RuntimeException {
        ResponseTooLargeException(String message) {
            super(message);
        }
    }

    /** A successful status over a body that is not the operation's answer. Retried, as an I/O failure is. */
    static final class MalformedResponseException extends IOException {
        MalformedResponseException(String message) {
            super(message);
        }
    }
}
