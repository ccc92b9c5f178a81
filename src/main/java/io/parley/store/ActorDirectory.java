package io.parley.store;

import static io.parley.store.Attributes.s;
import static io.parley.store.Attributes.string;

import io.parley.model.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The directory of every named actor (partition {@code ACTORS}, sorted by surname), used to turn a name
 * typed by a user ("Lavrov", "Sergey Lavrov") into the actor keys under which facts are indexed.
 */
final class ActorDirectory {

    private final DynamoDbClient dynamo;
    private final String table;

    ActorDirectory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Records the actor; the first title and country seen for a name are kept. */
    void remember(Actor actor) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":name", s(actor.name())));
        StringBuilder update = new StringBuilder("SET #name = :name");
        if (actor.title() != null) {
            values.put(":title", s(actor.title()));
            update.append(", title = if_not_exists(title, :title)");
        }
        if (actor.country() != null) {
            values.put(":country", s(actor.country()));
            values.put(":countryKey", s(Keys.country(actor.country())));
            values.put(":actorKey", s(Keys.actor(actor.name())));
            update.append(", country = if_not_exists(country, :country)")
                    .append(", gsi2pk = if_not_exists(gsi2pk, :countryKey), gsi2sk = :actorKey");
        }
        dynamo.updateItem(b -> b.tableName(table)
                .key(Attributes.key(Keys.ACTORS, Keys.directory(actor.name())))
                .updateExpression(update.toString())
                .expressionAttributeNames(Map.of("#name", "name"))
                .expressionAttributeValues(values));
    }

    /** Actors whose surname is the last word of {@code query} and whose name has all of its words. */
    List<Actor> find(String query) {
        List<String> words = Names.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String surname = Names.surnameKey(query);
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.ACTORS), ":prefix", s(surname + "#"))))
                .items().stream()
                .map(ActorDirectory::actor)
                .filter(a -> Names.words(a.name()).containsAll(words))
                .toList();
    }

    private static Actor actor(Map<String, AttributeValue> item) {
        return new Actor(string(item, "name"), string(item, "title"), string(item, "country"));
    }
}
