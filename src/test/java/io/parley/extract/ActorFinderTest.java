package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFinderTest {

    private static List<Mention> find(String sentence) {
        String text = "T\n" + sentence;
        return Texts.doc(text).mentions(1);
    }

    @Test
    void findsTitleCountryAndName() {
        Mention m = find("Russian Prime Minister Mikhail Mishustin spoke.").get(0);
        assertEquals(Mention.Kind.PERSON, m.kind());
        assertEquals("Mikhail Mishustin", m.name());
        assertEquals("Prime Minister", m.title());
        assertEquals("Russia", m.country());
        assertEquals(2, m.start());
        assertEquals(42, m.end());
    }

    @Test
    void keepsPlaceSurnameAfterMiddleInitial() {
        Mention m = find("Peter K. Jordan, the trade envoy, said the deal was close.").get(0);
        assertEquals(Mention.Kind.PERSON, m.kind());
        assertEquals("Peter K. Jordan", m.name());
        assertEquals(2, m.start());
        assertEquals(17, m.end());
    }

    @Test
    void findsPossessiveTitleWithAppositiveName() {
        Mention m = find("Iran’s First Vice-President, Mohammad-Reza Aref, arrived.").get(0);
        assertEquals("Mohammad-Reza Aref", m.name());
        assertEquals("First Vice-President", m.title());
        assertEquals("Iran", m.country());
    }

    @Test
    void findsCounterpartAndParticleNames() {
        List<Mention> ms = find("Saudi Foreign Minister Adel al-Jubeir met his Russian counterpart Sergey Lavrov.")
                .stream().filter(m -> m.kind() == Mention.Kind.PERSON).toList();
        assertEquals("Adel al-Jubeir", ms.get(0).name());
        assertEquals("Saudi Arabia", ms.get(0).country());
        assertEquals("Sergey Lavrov", ms.get(1).name());
        assertEquals("counterpart", ms.get(1).title());
    }

    @Test
    void findsInstitutionSpeaker() {
        Mention m = find("The Russian Foreign Ministry said so.").get(0);
        assertEquals(Mention.Kind.INSTITUTION, m.kind());
        assertEquals("Russian Foreign Ministry", m.name());
    }

    @Test
    void neverTakesOrganizationsOrCountriesForPeople() {
        List<Mention> ms = find("BRICS, the SCO and the IAEA met in Iran.");
        assertEquals(List.of(Mention.Kind.ORGANIZATION, Mention.Kind.ORGANIZATION, Mention.Kind.ORGANIZATION,
                Mention.Kind.COUNTRY), ms.stream().map(Mention::kind).toList());
    }

    @Test
    void findsTitleOnlyMentionAndPronoun() {
        List<Mention> ms = find("The Vice-President said he agreed.");
        assertEquals(Mention.Kind.TITLE, ms.get(0).kind());
        assertEquals("Vice-President", ms.get(0).title());
        assertEquals(Mention.Kind.PRONOUN, ms.get(1).kind());
    }

    @Test
    void findsBodyNamedAfterPerson() {
        Mention m = find("The Obama administration said no.").get(0);
        assertEquals(Mention.Kind.INSTITUTION, m.kind());
        assertEquals("Obama administration", m.name());
    }

    @Test
    void keepsOrganizationInTitleComplementOutOfTheName() {
        List<Mention> ms = find("The leader of the Defence League, Jonas Berg, warned them.");
        assertEquals(1, ms.size());
        assertEquals("Jonas Berg", ms.get(0).name());
        assertEquals("leader", ms.get(0).title());
    }

    @Test
    void readsUnknownAcronymAsOrganizationButNotHeadings() {
        assertEquals(Mention.Kind.ORGANIZATION, find("The DNC disclosed it.").get(0).kind());
        assertEquals(0, find("NUSA DUA — Leaders met.").stream().filter(m -> m.kind() == Mention.Kind.ORGANIZATION).count());
    }

    @Test
    void findsLongAccentedNameAfterTitle() {
        Mention m = find("President Recep Tayyip Erdoğan said so.").get(0);
        assertEquals("Recep Tayyip Erdoğan", m.name());
        assertEquals("President", m.title());
    }

    private static List<Mention> persons(String sentence) {
        return find(sentence).stream().filter(m -> m.kind() == Mention.Kind.PERSON).toList();
    }

    @Test
    void gazetteerPlaceAfterInIsNoPerson() {
        assertEquals(List.of("Ana Ruiz"), persons("President Ana Ruiz arrived in Ouagadougou on Monday.").stream()
                .map(Mention::name).toList());
    }

    @Test
    void severalWordGazetteerPlaceWithoutTitleIsNoPerson() {
        assertEquals(List.of(), persons("Port Louis welcomed the delegation warmly."));
    }

    @Test
    void bareSurnameThatIsAlsoATownStaysAPerson() {
        assertEquals(List.of("Santos"), persons("Santos said the border would stay open.").stream()
                .map(Mention::name).toList());
    }

    @Test
    void dropsHonorificsFromNames() {
        assertEquals("Anwar Karim", find("Datuk Seri Anwar Karim spoke.").get(0).name());
        assertEquals("Aung Thiri", find("Daw Aung Thiri spoke.").get(0).name());
        assertEquals("Hassan Tehrani", find("Hujjatoleslam Hassan Tehrani spoke.").get(0).name());
        assertEquals("Grace Mensah", find("Hon. Grace Mensah spoke.").get(0).name());
    }
}
