package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CoreferenceTest {

    private static String resolved(String body, int sentence, int mention) {
        Doc doc = Texts.doc(Texts.HEADLINE + body);
        Coreference.Result r = new Coreference(Texts.LEX).resolve(doc);
        Entity e = r.of(doc.mentions(sentence).get(mention));
        return e == null ? null : e.name();
    }

    @Test
    void resolvesSurnameToFullName() {
        assertEquals("Mohammad-Reza Aref", resolved("Vice-President Mohammad-Reza Aref arrived. Aref spoke.", 2, 0));
    }

    @Test
    void resolvesTitleToPersonWithThatTitle() {
        String body = "Vice-President Reza Aref met Prime Minister Oleg Varlamov. The Vice-President spoke.";
        assertEquals("Reza Aref", resolved(body, 2, 0));
    }

    @Test
    void resolvesDemonymAndTitleToPersonOfThatCountry() {
        String body = "Russian President Ivan Petrov met French President Luc Morel. The Russian president left.";
        assertEquals("Ivan Petrov", resolved(body, 2, 0));
    }

    @Test
    void resolvesPronounToSubjectOfPreviousSentence() {
        assertEquals("Abbas Karimi", resolved("Minister Abbas Karimi met Olga Serova. He stressed the point.", 2, 0));
    }

    @Test
    void resolvesSheToFemalePerson() {
        assertEquals("Olga Serova", resolved("Minister Abbas Karimi met Olga Serova. She stressed the point.", 2, 0));
    }

    @Test
    void leavesUnknownSingleNameUnresolved() {
        assertNull(resolved("The plan was called Orion by its authors.", 1, 0));
    }

    @Test
    void resolvesTitleOfUnknownCountryToMainUntitledPerson() {
        String body = "Emmanuel Macron called Russian President Ivan Petrov. Macron spoke first. "
                + "The French president stressed the point.";
        assertEquals("Emmanuel Macron", resolved(body, 3, 0));
    }

    @Test
    void resolvesTitleAcronymToItsHolder() {
        String body = "External Affairs Minister (EAM) Priya Rao arrived. The EAM spoke.";
        assertEquals("Priya Rao", resolved(body, 2, 0));
    }

    @Test
    void readsGenderOfUnlistedFirstNameFromTheArticlesPronouns() {
        String body = "Foreign Minister Ketut Marsani said her country was ready. Envoy Paul Durand arrived later. "
                + "She welcomed him.";
        assertEquals("Ketut Marsani", resolved(body, 3, 0));
    }

    @Test
    void sheWithNoKnownWomanIsTheLastSubjectNotShownToBeAMan() {
        String body = "Chancellor Amara Vogel met Mr Paul Durand. Vogel said the talks were useful. She left.";
        assertEquals("Amara Vogel", resolved(body, 3, 0));
    }

    @Test
    void sheIsNeverAManTheArticleCallsMr() {
        String body = "Chancellor Amara Vogel met Mr Paul Durand. Durand said the talks were useful. She left.";
        assertNull(resolved(body, 3, 0));
    }
}
