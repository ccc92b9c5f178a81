package io.parley.aws;

import io.parley.json.Json;
import io.parley.ops.LogContext;
import io.parley.service.ExtractQueue;
import io.parley.service.RevisionQueue;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends extract requests, and "revise actors" jobs, to the SQS queue that triggers the extract function, with
 * the current correlation id (see {@link LogContext}) in the message body.
 */
public final class SqsExtractQueue implements ExtractQueue, RevisionQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsExtractQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(String articleId) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Json.write(new ExtractMessage(articleId, LogContext.correlationId()))));
    }

    @Override
    public void reviseActors(String surnameSkeleton) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl)
                .messageBody(Json.write(ExtractMessage.revision(surnameSkeleton, LogContext.correlationId()))));
    }
}
