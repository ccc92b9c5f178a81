package io.parley.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.parley.ops.LogContext;
import io.quarkus.funqy.lambda.FunqyStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda handler of every function: Funqy's stream handler, with the Lambda request id in the log context
 * for the length of the request (Quarkus does this itself only in its own polling loop, not under the managed
 * Java runtime that SnapStart needs).
 */
public class ParleyStreamHandler implements RequestStreamHandler {

    private final RequestStreamHandler funqy;

    public ParleyStreamHandler() {
        this(new FunqyStreamHandler());
    }

    ParleyStreamHandler(RequestStreamHandler funqy) {
        this.funqy = funqy;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String requestId = context == null ? null : context.getAwsRequestId();
        LogContext.Scope request = LogContext.put(LogContext.REQUEST_ID, requestId);
        try {
            funqy.handleRequest(input, output, context);
        } finally {
            request.close();
        }
    }
}
