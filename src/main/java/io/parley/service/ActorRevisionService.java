package io.parley.service;

import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.store.ActorsRevised;
import io.parley.store.ParleyStore;

/**
 * Runs one "revise actors" job: the store revisits the resolution of one actor group from every mention filed
 * under it and moves the facts whose evidence says they belong to another profile (see
 * {@link ParleyStore#reviseActors}). Idempotent, so a redelivered or repeated job changes nothing more.
 */
public final class ActorRevisionService {

    private final ParleyStore store;
    private final Metrics metrics;

    public ActorRevisionService(ParleyStore store, Metrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    /** Revises the group; a failure (another extraction raced it) throws, so the queue retries the job. */
    public ActorsRevised revise(String surnameSkeleton) {
        ActorsRevised done = store.reviseActors(surnameSkeleton);
        metrics.record(Metric.of(MetricName.ACTOR_MENTIONS_MOVED, done.moved()));
        return done;
    }
}
