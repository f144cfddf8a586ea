package dev.leadpulse.core.engine;

/**
 * Sizes of heap objects on a 64-bit HotSpot JVM with compressed references (heaps under
 * 32 GB): 12-byte object headers, 16-byte array headers, 4-byte references, 8-byte alignment.
 */
final class Footprints {
  private Footprints() {}

  /** An object with a 12-byte header and {@code fieldBytes} of fields. */
  static long object(long fieldBytes) {
    return align(12 + fieldBytes);
  }

  /** An array of {@code length} elements of {@code elementBytes} each. */
  static long array(long length, int elementBytes) {
    return align(16 + length * elementBytes);
  }

  /** A Latin-1 string of {@code length} characters (the String and its byte array). */
  static long string(int length) {
    return 24 + array(length, 1);
  }

  static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
