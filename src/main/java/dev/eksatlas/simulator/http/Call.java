package dev.eksatlas.simulator.http;

/**
 * One authenticated call handed to a service: the request, the operation it names, the caller, the
 * region from the credential scope ({@code global} for IAM) and the request id to echo back.
 */
public record Call(RawRequest request, String operation, Caller caller, String region, String requestId) {

    public String accountId() {
        return caller.accountId();
    }
}
