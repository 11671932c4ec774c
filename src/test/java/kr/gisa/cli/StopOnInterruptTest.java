package kr.gisa.cli;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+C asks a long command to stop, and waits for it to finish (its summary printed) before the JVM exits. */
class StopOnInterruptTest {

    @Test
    void theSignalRaisesTheFlagAndWaitsForTheCommandToFinish() throws Exception {
        StopOnInterrupt stop = StopOnInterrupt.forTest();
        assertFalse(stop.getAsBoolean());
        Thread signal = new Thread(stop::onSignal); // what the JVM's shutdown hook runs on Ctrl+C
        signal.start();
        long waited = System.nanoTime();
        while (!stop.getAsBoolean()) {
            assertTrue(System.nanoTime() - waited < TimeUnit.SECONDS.toNanos(10), "the flag was never raised");
            Thread.onSpinWait();
        }
        signal.join(200);
        assertTrue(signal.isAlive(), "the hook waits while the command ends its batch and prints its summary");
        stop.close(); // the command has finished
        signal.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(signal.isAlive(), "the hook returns once the command has finished");
    }

    @Test
    void installedAndClosedLeavesNoHook() {
        StopOnInterrupt stop = StopOnInterrupt.install();
        stop.close();
        stop.close(); // twice is harmless
        assertFalse(stop.getAsBoolean());
    }
}
