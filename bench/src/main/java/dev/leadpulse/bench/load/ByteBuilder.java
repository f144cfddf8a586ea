package dev.leadpulse.bench.load;

import java.util.Arrays;

/**
 * A growable byte array, reused from message to message and written at its end.
 *
 * <p>Not thread-safe: each sender has its own.
 */
final class ByteBuilder {
  private byte[] bytes;
  private int length;

  /** Empty, with room for {@code capacity} bytes before it grows. */
  ByteBuilder(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** Empties it, keeping its array. */
  ByteBuilder clear() {
    length = 0;
    return this;
  }

  /** The array that holds the contents, from {@link #start()} for {@link #length()} bytes. */
  byte[] array() {
    return bytes;
  }

  int start() {
    return 0;
  }

  int length() {
    return length;
  }

  /** A copy of the contents. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  ByteBuilder append(byte b) {
    ensureAfter(1);
    bytes[length++] = b;
    return this;
  }

  ByteBuilder append(byte[] b) {
    ensureAfter(b.length);
    System.arraycopy(b, 0, bytes, length, b.length);
    length += b.length;
    return this;
  }

  /** The decimal digits of {@code n} (≥ 0), no sign, no padding. */
  ByteBuilder appendDecimal(long n) {
    return appendPadded(n, 1);
  }

  /** The decimal digits of {@code n} (≥ 0), left-padded with zeros to at least {@code width}. */
  ByteBuilder appendPadded(long n, int width) {
    if (n < 0) {
      throw new IllegalArgumentException("negative: " + n);
    }
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int size = Math.max(digits, width);
    ensureAfter(size);
    for (int i = length + size - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    length += size;
    return this;
  }

  private void ensureAfter(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
    }
  }
}
