package dev.jetpod.apiserver.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.WatchEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventWindowTest {
    private static CacheEvent<ConfigMap> event(long revision) {
        return new CacheEvent<>(WatchEvent.Type.ADDED, "k" + revision, revision, null, null, null);
    }

    private static List<Long> revisions(List<CacheEvent<ConfigMap>> events) {
        return events.stream().map(CacheEvent::revision).toList();
    }

    @Test
    void keepsTheNewestEventsAndKnowsWhereItStarts() {
        EventWindow<ConfigMap> w = new EventWindow<>(3);
        w.reset(10);
        assertEquals(List.of(), revisions(w.after(10)));
        for (long r = 11; r <= 15; r++) {
            w.add(event(r));
        }
        assertEquals(3, w.size());
        assertEquals(12, w.startRevision());
        assertEquals(List.of(13L, 14L, 15L), revisions(w.after(12)));
        assertEquals(List.of(15L), revisions(w.after(14)));
        assertEquals(List.of(), revisions(w.after(15)));
        assertEquals(List.of(), revisions(w.after(99)));
    }

    @Test
    void eventsSharingARevisionAreReplayedTogether() {
        EventWindow<ConfigMap> w = new EventWindow<>(10);
        w.reset(1);
        w.add(event(2));
        w.add(event(3));
        w.add(event(3));
        w.add(event(4));
        assertEquals(List.of(3L, 3L, 4L), revisions(w.after(2)));
        w.reset(50);
        assertEquals(0, w.size());
        assertEquals(50, w.startRevision());
    }
}
