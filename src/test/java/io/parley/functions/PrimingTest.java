package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

class PrimingTest {

    /** A client whose every call fails, as an unreachable or unauthorised endpoint would. */
    private static final DynamoDbClient NO_DYNAMO = new DynamoDbClient() {
        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    };

    private static final SqsClient NO_SQS = new SqsClient() {
        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {
        }
    };

    @Test
    void runsTheExtractorOnThePrimingArticleAndSurvivesClientsThatFail() {
        Priming.Result result = Priming.prime(Extractor.create(), NO_DYNAMO, "parley-test", NO_SQS, "http://q");

        assertEquals(1, result.meetings());
        assertEquals(2, result.statements());
        assertFalse(result.dynamoAnswered());
        assertFalse(result.sqsAnswered());
    }

    @Test
    void touchesTheTableItIsGiven() {
        List<String> described = new ArrayList<>();
        DynamoDbClient dynamo = new DynamoDbClient() {
            @Override
            public DescribeTableResponse describeTable(Consumer<DescribeTableRequest.Builder> request) {
                described.add(DescribeTableRequest.builder().applyMutation(request).build().tableName());
                return DescribeTableResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };

        assertTrue(Priming.prime(Extractor.create(), dynamo, "parley-prod", NO_SQS, "http://q").dynamoAnswered());
        assertEquals(List.of("parley-prod"), described);
    }
}
