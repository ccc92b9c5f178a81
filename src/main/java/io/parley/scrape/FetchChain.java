package io.parley.scrape;

import java.util.List;

/** A FetchChain runs its steps in order and ends in the transport, which sends the request. */
final class FetchChain implements FetchStep.Chain {

    private final List<FetchStep> steps;
    private final FetchStep.Chain transport;

    FetchChain(List<FetchStep> steps, FetchStep.Chain transport) {
        this.steps = List.copyOf(steps);
        this.transport = transport;
    }

    @Override
    public FetchResponse proceed(FetchRequest request) throws FetchException {
        return from(0, request);
    }

    private FetchResponse from(int index, FetchRequest request) throws FetchException {
        if (index == steps.size()) {
            return transport.proceed(request);
        }
        return steps.get(index).fetch(request, next -> from(index + 1, next));
    }
}
