package io.parley.store;

import static io.parley.store.Attributes.s;

import io.parley.actors.NameForm;
import io.parley.json.Json;
import io.parley.model.Actor;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the items that one extraction adds to the table: each meeting and statement under its article
 * (the main item, which lists the partitions of its copies, so a cleaner can find every item of a version
 * without one item holding the whole list), and an index copy under every actor, country and topic it names
 * (see {@link Keys}), and the {@code TERM#} postings of the statements' indexed search terms ({@link PostingItems}:
 * one per term and article), with the extraction's lists of those terms ({@link TermLists}, in the article's
 * partition, so they are cleaned with its facts). Every key carries the extraction's version.
 */
final class FactItems {

    static final String FACT = "fact";
    static final String DOC = "doc";
    /** On a main item: the partition keys of its index copies. */
    static final String COPIES = "copies";

    /**
     * The items of one extraction: the main items and term lists (written first, since they record where the
     * copies and postings go) and the index copies and postings.
     */
    record FactSet(List<Map<String, AttributeValue>> mains, List<Map<String, AttributeValue>> copies) {
    }

    private FactItems() {
    }

    /** Every meeting, statement and index item for the extraction, with deterministic keys of its version. */
    static FactSet build(ArticleInfo info, Extraction extraction, Function<Actor, String> idOf, String version) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        List<Meeting> meetings = extraction.meetings();
        for (int i = 0; i < meetings.size(); i++) {
            items.addAll(meetingItems(info, meetings.get(i), i, idOf, version));
        }
        List<Statement> statements = extraction.statements();
        Map<String, StatementTerms> termsByFact = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            MeetingEntry at = saidAt(info, meetings, statements.get(i), idOf);
            List<Map<String, AttributeValue>> these = statementItems(info, statements.get(i), at, i, idOf, version);
            termsByFact.put(these.get(0).get(FACT).s(), StatementTerms.of(statements.get(i), searchText(statements.get(i))));
            items.addAll(these);
        }
        Map<String, Set<String>> indexed = new LinkedHashMap<>();
        termsByFact.forEach((fact, terms) -> indexed.put(fact, terms.indexed()));
        items.addAll(TermLists.build(info.id(), version, indexed));
        items.addAll(PostingItems.build(termsByFact));
        String article = Keys.article(info.id());
        return new FactSet(items.stream().filter(i -> i.get(TableDefinition.PK).s().equals(article)).toList(),
                items.stream().filter(i -> !i.get(TableDefinition.PK).s().equals(article)).toList());
    }

    /** The actor ids the extraction's facts are filed under, in order (part of its version). */
    static List<String> actorIds(Extraction extraction, Function<Actor, String> idOf) {
        return actors(extraction).stream().map(a -> a.name() + "=" + idOf.apply(a)).toList();
    }

    /** The keys of the index copies a main item lists, and of the postings of one written before {@link TermLists}. */
    static List<Map<String, AttributeValue>> copyKeys(Map<String, AttributeValue> main) {
        AttributeValue copies = main.get(COPIES);
        String fact = main.get(FACT).s();
        List<Map<String, AttributeValue>> keys = new ArrayList<>(PostingItems.keysOf(main));
        if (copies != null) {
            copies.ss().forEach(pk -> keys.add(Attributes.key(pk, fact)));
        }
        return keys;
    }

    private static List<Map<String, AttributeValue>> meetingItems(ArticleInfo info, Meeting meeting, int index,
                                                                  Function<Actor, String> idOf, String version) {
        LocalDate date = meeting.date() != null ? meeting.date() : info.published();
        String fact = Keys.fact(Keys.FactType.MEETING, date, info.id(), version, index);
        List<String> ids = meeting.participants().stream().map(idOf).toList();
        String doc = Json.write(new MeetingEntry(info.id(), info.title(), info.published(), meeting, ids));
        Set<String> partitions = new LinkedHashSet<>();
        meeting.participants().forEach(p -> addActorPartitions(partitions, p, idOf));
        meeting.topics().forEach(t -> partitions.add(Keys.topic(t)));
        return factItems(new Main(info.id(), Keys.FactType.MEETING, version, index), fact, doc, partitions);
    }

    /** The meeting of the extraction the statement was said at, as its own item stores it; {@code null} when none. */
    private static MeetingEntry saidAt(ArticleInfo info, List<Meeting> meetings, Statement statement,
                                       Function<Actor, String> idOf) {
        if (statement.meeting() == null || statement.meeting().index() >= meetings.size()) {
            return null;
        }
        Meeting m = meetings.get(statement.meeting().index());
        return new MeetingEntry(info.id(), info.title(), info.published(), m, m.participants().stream().map(idOf).toList());
    }

    private static List<Map<String, AttributeValue>> statementItems(ArticleInfo info, Statement statement,
                                                                    MeetingEntry at, int index,
                                                                    Function<Actor, String> idOf, String version) {
        String fact = Keys.fact(Keys.FactType.STATEMENT, info.published(), info.id(), version, index);
        String doc = Json.write(new StatementEntry(info.id(), info.title(), info.published(), statement,
                idOf.apply(statement.speaker()), at));
        Set<String> partitions = new LinkedHashSet<>();
        addActorPartitions(partitions, statement.speaker(), idOf);
        statement.topics().forEach(t -> partitions.add(Keys.topic(t)));
        return factItems(new Main(info.id(), Keys.FactType.STATEMENT, version, index), fact, doc, partitions);
    }

    /** What a statement is found by: its sentence, quote, reported content and topics. */
    static String searchText(Statement s) {
        return String.join(" ", s.evidence().text(), s.quote() == null ? "" : s.quote(),
                s.content() == null ? "" : s.content(), String.join(" ", s.topics()));
    }

    private static void addActorPartitions(Set<String> partitions, Actor actor, Function<Actor, String> idOf) {
        String id = idOf.apply(actor);
        if (id != null) {
            partitions.add(Keys.actorId(id));
        }
        if (actor.country() != null && !NameForm.key(actor.country()).isEmpty()) {
            partitions.add(Keys.country(actor.country()));
        }
    }

    /** Where a main item goes: its article, type, version and number. */
    private record Main(String articleId, Keys.FactType type, String version, int index) {
    }

    /** The main item and its index copies. */
    private static List<Map<String, AttributeValue>> factItems(Main m, String fact, String doc, Set<String> partitions) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> main = item(Keys.article(m.articleId()), Keys.factItem(m.type(), m.version(), m.index()),
                fact, doc);
        main.put(TableDefinition.GSI1_PK, s(Keys.type(m.type(), m.articleId())));
        main.put(TableDefinition.GSI1_SK, s(fact));
        if (!partitions.isEmpty()) {
            main.put(COPIES, AttributeValue.fromSs(List.copyOf(partitions)));
        }
        items.add(main);
        partitions.forEach(pk -> items.add(item(pk, fact, fact, doc)));
        return items;
    }

    /** An index copy or main item of a fact. */
    private static Map<String, AttributeValue> item(String pk, String sk, String fact, String doc) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(pk, sk));
        item.put(FACT, s(fact));
        Attributes.putIfPresent(item, DOC, doc);
        return item;
    }

    /** Every named speaker and participant, in order of first appearance. */
    static List<Actor> actors(Extraction extraction) {
        Set<Actor> actors = new LinkedHashSet<>();
        extraction.meetings().forEach(m -> actors.addAll(m.participants()));
        extraction.statements().forEach(s -> actors.add(s.speaker()));
        actors.removeIf(a -> !named(a));
        return List.copyOf(actors);
    }

    static boolean named(Actor actor) {
        return actor != null && actor.name() != null && !NameForm.surname(actor.name()).isEmpty();
    }

    /** "pk|sk" of an item, the form in which an extraction written before versions listed what it wrote. */
    static String keyString(Map<String, AttributeValue> item) {
        return item.get(TableDefinition.PK).s() + "|" + item.get(TableDefinition.SK).s();
    }

    static Map<String, AttributeValue> keyOf(String keyString) {
        int bar = keyString.indexOf('|');
        return Attributes.key(keyString.substring(0, bar), keyString.substring(bar + 1));
    }
}
