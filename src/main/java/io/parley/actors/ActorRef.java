package io.parley.actors;

import io.parley.model.ActorProfile;

/**
 * A reference to one resolved actor: its id (what facts are filed under) and its fullest name (what an answer
 * shows). A question resolves each name once into a reference and carries it to the answer, so nothing looks
 * the name up again.
 */
public record ActorRef(String id, String name) {

    public static ActorRef of(ActorProfile profile) {
        return new ActorRef(profile.id(), profile.name());
    }
}
