package io.newsflow.publish.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;
import com.datadoghq.sketch.ddsketch.store.CollapsingLowestDenseStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Latency quantiles of one window in bounded space: a DDSketch (Datadog's sketches-java) with 1%
 * relative accuracy and at most {@value #MAX_BINS} bins, so a window's store value and changelog
 * record stay a few kilobytes however many articles it counts. With 1% accuracy 1024 bins cover
 * latencies from 1 ms to beyond 10^8 ms before the lowest ones are merged, so nothing real collapses.
 */
public final class LatencySketch {
  public static final double RELATIVE_ACCURACY = 0.01;
  static final int MAX_BINS = 1024;

  private LatencySketch() {}

  /** The sketch with one more latency; empty bytes are an empty sketch. */
  public static ByteBuffer add(ByteBuffer encoded, long latencyMs) {
    DDSketch sketch = decode(encoded);
    sketch.accept(Math.max(0, latencyMs));
    // The library's own compact encoding (serialize() writes the larger protobuf form).
    GrowingByteArrayOutput out = GrowingByteArrayOutput.withDefaultInitialCapacity();
    try {
      sketch.encode(out, false);
    } catch (IOException e) {
      throw new UncheckedIOException("a latency sketch cannot be encoded", e);
    }
    return ByteBuffer.wrap(out.trimmedCopy());
  }

  /**
   * @param quantile between 0 and 1
   * @return the latency at that quantile, within 1% of a latency that was measured; 0 without any
   */
  public static long quantile(ByteBuffer encoded, double quantile) {
    DDSketch sketch = decode(encoded);
    return sketch.isEmpty() ? 0 : Math.round(sketch.getValueAtQuantile(quantile));
  }

  public static long count(ByteBuffer encoded) {
    return Math.round(decode(encoded).getCount());
  }

  private static DDSketch decode(ByteBuffer encoded) {
    if (encoded == null || !encoded.hasRemaining()) {
      return empty();
    }
    byte[] bytes = new byte[encoded.remaining()];
    encoded.duplicate().get(bytes);
    try {
      return DDSketch.decode(ByteArrayInput.wrap(bytes), () -> new CollapsingLowestDenseStore(MAX_BINS));
    } catch (IOException e) {
      throw new UncheckedIOException("a stored latency sketch cannot be read", e);
    }
  }

  private static DDSketch empty() {
    return DDSketches.logarithmicCollapsingLowestDense(RELATIVE_ACCURACY, MAX_BINS);
  }
}
