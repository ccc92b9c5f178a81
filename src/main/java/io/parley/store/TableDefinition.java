package io.parley.store;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one definition of Parley's table: a string partition key {@code pk}, a string sort key {@code sk},
 * and two overloaded global secondary indexes ({@code gsi1pk/gsi1sk}, {@code gsi2pk/gsi2sk}) that project
 * all attributes. {@code template.yaml} declares the same table; {@code TemplateAgreementTest} checks it.
 */
public final class TableDefinition {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String GSI2 = "gsi2";
    public static final String GSI2_PK = "gsi2pk";
    public static final String GSI2_SK = "gsi2sk";

    private TableDefinition() {
    }

    /** Every key attribute of the table and its indexes; all are strings. */
    public static List<String> keyAttributes() {
        return List.of(PK, SK, GSI1_PK, GSI1_SK, GSI2_PK, GSI2_SK);
    }

    /** Index name to its (partition key, sort key) attribute names. */
    public static List<IndexKeys> indexes() {
        return List.of(new IndexKeys(GSI1, GSI1_PK, GSI1_SK), new IndexKeys(GSI2, GSI2_PK, GSI2_SK));
    }

    /** The request that creates the table, on demand, as the SAM template declares it. */
    public static CreateTableRequest createRequest(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(keyAttributes().stream().map(TableDefinition::stringAttribute).toList())
                .keySchema(keys(PK, SK))
                .globalSecondaryIndexes(indexes().stream().map(TableDefinition::index).toList())
                .build();
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static GlobalSecondaryIndex index(IndexKeys keys) {
        return GlobalSecondaryIndex.builder()
                .indexName(keys.name())
                .keySchema(keys(keys.partitionKey(), keys.sortKey()))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static List<KeySchemaElement> keys(String partition, String sort) {
        return List.of(
                KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }

    /** The key attributes of one global secondary index. */
    public record IndexKeys(String name, String partitionKey, String sortKey) {
    }
}
