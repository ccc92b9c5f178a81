package io.parley.ask;

import io.parley.actors.ActorRef;
import io.parley.actors.NameForm;
import io.parley.model.ActorProfile;
import io.parley.store.ParleyStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks the names of a parsed question up in the actor directory, once: each known name becomes a reference to
 * one actor (the profile spelled as asked, else the first match), each unknown one is kept to be reported. The
 * answers use the references' ids and never resolve the names again. Statements ask about the first person as
 * the speaker; meetings need every person as a participant.
 */
final class QuestionResolver {

    private final ParleyStore store;

    QuestionResolver(ParleyStore store) {
        this.store = store;
    }

    Question resolve(ParsedQuestion q) {
        Set<ActorRef> people = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : q.names()) {
            List<ActorProfile> found = store.actors(name);
            if (found.isEmpty()) {
                unknown.add(name);
            } else {
                people.add(ActorRef.of(spelledAsAsked(found, name)));
            }
        }
        boolean statements = q.intent() == Question.Intent.STATEMENTS;
        List<ActorRef> named = List.copyOf(people);
        return new Question(q.intent(), statements && !named.isEmpty() ? named.get(0) : null,
                statements ? List.of() : named, q.countries(), q.topic(), q.about(), q.words(), q.from(), q.to(),
                q.location(), q.kind(), q.latest(), unknown);
    }

    private static ActorProfile spelledAsAsked(List<ActorProfile> found, String name) {
        String key = NameForm.key(name);
        return found.stream().filter(p -> p.aliases().stream().anyMatch(a -> NameForm.key(a).equals(key)))
                .findFirst().orElse(found.get(0));
    }
}
