package quotestance.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The most heap this JVM has held since it started: the sum of the heap pools' peaks (an upper bound). */
public final class PeakHeap {
    private PeakHeap() {
    }

    public static long megabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024 * 1024);
    }
}
