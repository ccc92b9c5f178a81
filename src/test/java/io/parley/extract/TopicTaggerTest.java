package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

    private final TopicTagger tagger = new TopicTagger(Texts.LEX);

    @Test
    void tagsTopicsFromKeywordStems() {
        assertEquals(List.of("cyber", "nuclear programme", "sanctions", "security"),
                tagger.tag("They discussed sanctions, the nuclear talks and cyberspace security."));
    }

    @Test
    void matchesOnlyAtWordStarts() {
        assertEquals(List.of(), tagger.tag("A boiled egg."));
    }

    @Test
    void namesAgreementsAndTreaties() {
        assertEquals(List.of("agreement or treaty", "bilateral relations", "Comprehensive Strategic Partnership Treaty"),
                tagger.tag("He praised the Comprehensive Strategic Partnership Treaty."));
    }
}
