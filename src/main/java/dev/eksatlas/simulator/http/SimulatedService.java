package dev.eksatlas.simulator.http;

/**
 * One AWS service the simulator speaks. The dispatcher picks a service by the SigV4 signing name in
 * the credential scope, or by the request's shape when there is none (so an unsigned request still
 * gets the error in the right protocol). A json-1.1 service such as CloudWatch Logs plugs in the same
 * way: signing name {@code logs}, recognised by its {@code X-Amz-Target} header.
 */
public interface SimulatedService {

    /** The SigV4 service name, e.g. {@code eks}. */
    String signingName();

    WireProtocol protocol();

    /** Whether the request has this service's shape (path, method, form {@code Version}, target header). */
    boolean recognises(RawRequest request);

    /** The operation the request names, e.g. {@code DescribeCluster}; null when there is none. */
    String operation(RawRequest request);

    /** Global services (IAM) ignore the region of the credential scope. */
    default boolean global() {
        return false;
    }

    AwsResponse handle(Call call);
}
