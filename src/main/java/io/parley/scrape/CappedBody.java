package io.parley.scrape;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * CappedBody collects a response body up to a byte limit and cancels the download as soon as the body,
 * or its declared {@code Content-Length}, goes past it.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final long declared;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes, long declared) {
        this.maxBytes = maxBytes;
        this.declared = declared;
    }

    /** A body handler that caps every body at {@code maxBytes}. */
    static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
        return info -> new CappedBody(maxBytes, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > maxBytes) {
            tooLarge();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                tooLarge();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void tooLarge() {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException(maxBytes));
    }

    /** The body went past the cap. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long maxBytes) {
            super("too large: more than " + maxBytes + " bytes");
        }
    }
}
