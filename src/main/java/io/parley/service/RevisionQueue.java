package io.parley.service;

/**
 * Where an extraction asks for an actor group to be revised ({@link ActorRevisionService}): the extract queue in
 * AWS (a message of its own, handled by the extract function), the same process on the command line and in tests.
 */
@FunctionalInterface
public interface RevisionQueue {

    /** Run the revisions in the calling process, at once: what the wiring does when no queue is given. */
    RevisionQueue IN_PROCESS = group -> {
        throw new IllegalStateException("IN_PROCESS is a marker the wiring replaces by the revision service");
    };

    /** Asks for the profiles under this surname skeleton to be revised. */
    void reviseActors(String surnameSkeleton);
}
