package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleHistoryTest {

    private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 3);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 16);

    @Test
    void aTitleSeenAgainWidensItsDatesAndTheTitleSeenLastIsCurrent() {
        List<TitleSpan> history = TitleHistory.add(List.of(), "Foreign Minister", FEB);
        history = TitleHistory.add(history, "Prime Minister", JUN);
        history = TitleHistory.add(history, "foreign minister", MAR);

        assertEquals(List.of(new TitleSpan("Foreign Minister", FEB, MAR), new TitleSpan("Prime Minister", JUN, JUN)),
                history);
        assertEquals("Prime Minister", TitleHistory.current(history));
    }

    @Test
    void theHistoryIsTheSameWhateverOrderTheArticlesArriveIn() {
        List<TitleSpan> late = TitleHistory.add(TitleHistory.add(TitleHistory.add(List.of(),
                "Prime Minister", JUN), "Foreign Minister", MAR), "Foreign Minister", FEB);
        List<TitleSpan> early = TitleHistory.add(TitleHistory.add(TitleHistory.add(List.of(),
                "Foreign Minister", FEB), "Foreign Minister", MAR), "Prime Minister", JUN);

        assertEquals(early, late);
        assertEquals("Prime Minister", TitleHistory.current(late));
    }

    @Test
    void anUndatedTitleIsKeptWithoutDatesAndADatedOneIsCurrentOverIt() {
        List<TitleSpan> history = TitleHistory.add(TitleHistory.add(List.of(), "Minister", null), "Envoy", FEB);

        assertEquals(List.of(new TitleSpan("Minister", null, null), new TitleSpan("Envoy", FEB, FEB)), history);
        assertEquals("Envoy", TitleHistory.current(history));
        assertEquals(history, TitleHistory.add(history, null, JUN));
        assertEquals(null, TitleHistory.current(List.of()));
    }
}
