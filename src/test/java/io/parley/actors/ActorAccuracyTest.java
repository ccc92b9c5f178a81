package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorAccuracyTest {

    private static final ActorAccuracy GOLD = ActorAccuracy.gold(List.of(
            "# two people, three spellings",
            "lavrov\tSergey Lavrov",
            "lavrov\tSergei Lavrov",
            "dmitry\tDmitry Lavrov",
            ""));

    @Test
    void mentionsOnTheirPersonsProfileAreRightAndUnknownNamesAreNotScored() {
        ActorAccuracy.Score score = GOLD.score(List.of(
                mention("Sergey Lavrov", "sergei-lavrov"), mention("Sergei Lavrov", "sergei-lavrov"),
                mention("Dmitry Lavrov", "dmitry-lavrov"), mention("Wang Yi", "wang-yi")));

        assertEquals(new ActorAccuracy.Score(3, 3, 0, 0), score);
        assertEquals(1.0, score.share());
    }

    @Test
    void onePersonOnTwoProfilesIsASplitAndTheSmallerShareIsWrong() {
        ActorAccuracy.Score score = GOLD.score(List.of(
                mention("Sergey Lavrov", "sergei-lavrov"), mention("Sergey Lavrov", "sergei-lavrov"),
                mention("Sergei Lavrov", "lavrov-2")));

        assertEquals(new ActorAccuracy.Score(3, 2, 1, 0), score);
    }

    @Test
    void twoPeopleOnOneProfileIsAMergeAndThePersonWithFewerMentionsIsWrong() {
        ActorAccuracy.Score score = GOLD.score(List.of(
                mention("Sergey Lavrov", "lavrov"), mention("Sergei Lavrov", "lavrov"),
                mention("Dmitry Lavrov", "lavrov")));

        assertEquals(new ActorAccuracy.Score(3, 2, 0, 1), score);
    }

    @Test
    void aSpellingGivenToTwoPeopleIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ActorAccuracy.gold(List.of("a\tSergey Lavrov", "b\tSergey Lavrov")));
    }

    private static ActorAccuracy.Mention mention(String name, String profile) {
        return new ActorAccuracy.Mention("a1", name, profile);
    }
}
