package io.newsflow.bench.e2e;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What a stage's JVM costs, measured from inside it: CPU of the whole process (every thread: stream
 * threads, producer I/O, GC, JIT), peak resident memory as the kernel counts it, and the heap left
 * after each garbage collection (the live data, not the garbage waiting to be collected).
 */
final class ProcessFigures {
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final AtomicLong maxHeapAfterGc = new AtomicLong();

  ProcessFigures() {
    Set<String> heapPools = new HashSet<>();
    ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).forEach(pool -> heapPools.add(pool.getName()));
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
              .filter(pool -> heapPools.contains(pool.getKey()))
              .mapToLong(pool -> pool.getValue().getUsed()).sum();
          maxHeapAfterGc.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }

  static long cpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** Peak resident set size in KB ({@code VmHWM}), or -1 where there is no /proc. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  long maxHeapAfterGcBytes() {
    return maxHeapAfterGc.get();
  }

  /** Heap in use after a full collection now: what the stage keeps alive. */
  static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
