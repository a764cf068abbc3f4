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

  /**
   * CPU nanoseconds by kind of thread: the stream threads, their producers' I/O threads, the other Java
   * threads (consumers' heartbeats, admin clients, HTTP, ops), and the JVM's own (JIT compilers, GC),
   * which is the process's CPU less every live Java thread's; threads that ended count there too.
   */
  static java.util.Map<String, Long> cpuNanosByThread() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    java.util.Map<String, Long> byKind = new java.util.LinkedHashMap<>();
    long process = cpuNanos();
    long java = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
      if (cpu < 0) {
        continue;
      }
      String name = info.getThreadName();
      String kind = !name.contains("StreamThread") ? "otherJava" : name.endsWith("-producer") ? "producer" : "stream";
      byKind.merge(kind, cpu, Long::sum);
      java += cpu;
    }
    byKind.put("jvm", Math.max(0, process - java));
    return byKind;
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
