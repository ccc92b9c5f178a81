package io.parley.service;

/** Where ingest asks for an article to be extracted: SQS in AWS, the same process on the command line. */
@FunctionalInterface
public interface ExtractQueue {

    /** Asks for the stored article to be extracted. */
    void send(String articleId);
}
