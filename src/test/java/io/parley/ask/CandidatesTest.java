package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.store.Page;
import io.parley.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    @Test
    void stopsAfterItsPagesWhenEveryPageComesBackEmptyWithANextToken() {
        List<PageRequest> asked = new ArrayList<>();

        List<String> read = Candidates.read(page -> {
            asked.add(page);
            return new Page<String>(List.of(), "more");
        });

        assertEquals(List.of(), read);
        assertEquals(Candidates.MAX_PAGES, asked.size());
        assertEquals("more", asked.get(1).token());
    }

    @Test
    void readsEveryPageUntilTheLastOne() {
        List<String> read = Candidates.read(page -> page.token() == null
                ? new Page<>(List.of("a", "b"), "t1") : new Page<>(List.of("c"), null));

        assertEquals(List.of("a", "b", "c"), read);
    }
}
