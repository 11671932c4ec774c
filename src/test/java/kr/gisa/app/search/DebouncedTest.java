package kr.gisa.app.search;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search as you type: one search per pause, off the FX thread, stale answers dropped. */
class DebouncedTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }

    private static void await(java.util.function.BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keystrokesInOnePauseRunOnlyTheLastSearchOffTheFxThread() throws Exception {
        Debounced d = new Debounced();
        List<String> ran = new CopyOnWriteArrayList<>();
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        onFx(() -> {
            for (String q : new String[]{"공", "공급", "공급하", "공급"}) {
                d.later(() -> {
                    ran.add(q);
                    onFxThread.add(Platform.isFxApplicationThread());
                    return q;
                }, delivered::add);
            }
        });
        await(() -> !delivered.isEmpty() && !d.busy());
        assertEquals(List.of("공급"), ran, "earlier keystrokes never searched");
        assertEquals(List.of("공급"), delivered);
        assertEquals(List.of(false), onFxThread);
        d.shutdown();
    }

    @Test
    void anAnswerOvertakenByANewerRequestIsDropped() throws Exception {
        Debounced d = new Debounced();
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        onFx(() -> d.now(() -> {
            slowStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "stale";
        }, delivered::add));
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS));
        // The FX thread is free while the slow search runs: it takes the next request at once.
        onFx(() -> d.now(() -> "fresh", delivered::add));
        release.countDown();
        await(() -> !d.busy());
        assertEquals(List.of("fresh"), delivered);
        d.shutdown();
    }

    @Test
    void cancelDropsWhatWaits() throws Exception {
        Debounced d = new Debounced();
        List<String> delivered = new CopyOnWriteArrayList<>();
        onFx(() -> {
            d.later(() -> "x", delivered::add);
            d.cancel();
        });
        WaitForAsyncUtils.sleep(Debounced.DELAY_MS * 3L, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(delivered.isEmpty());
        assertFalse(d.busy());
        d.shutdown();
    }
}
