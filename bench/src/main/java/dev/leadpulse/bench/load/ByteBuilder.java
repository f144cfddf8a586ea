package dev.leadpulse.bench.load;

import java.util.Arrays;

/**
 * A growable byte array, reused from message to message: written at its end, and just before
 * its start for a header that is only known once the rest is written (an HTTP request's head,
 * whose {@code Content-Length} is the body's length), so that head and body go out as one
 * array without the body being copied. Keeps free room before the start for that.
 *
 * <p>Not thread-safe: each sender has its own.
 */
final class ByteBuilder {
  private final int headroom;
  private byte[] bytes;
  private int start;
  private int end;

  /** Empty, with room for {@code capacity} bytes before it grows. */
  ByteBuilder(int capacity) {
    this(0, capacity);
  }

  /** Empty, with {@code headroom} bytes free before the start and {@code capacity} after it. */
  ByteBuilder(int headroom, int capacity) {
    this.headroom = headroom;
    this.bytes = new byte[headroom + capacity];
    this.start = headroom;
    this.end = headroom;
  }

  /** Empties it, keeping its array. */
  ByteBuilder clear() {
    start = headroom;
    end = headroom;
    return this;
  }

  /** The array that holds the contents, from {@link #start()} for {@link #length()} bytes. */
  byte[] array() {
    return bytes;
  }

  int start() {
    return start;
  }

  int length() {
    return end - start;
  }

  /** A copy of the contents. */
  byte[] toByteArray() {
    return Arrays.copyOfRange(bytes, start, end);
  }

  ByteBuilder append(byte b) {
    ensureAfter(1);
    bytes[end++] = b;
    return this;
  }

  ByteBuilder append(byte[] b) {
    return append(b, 0, b.length);
  }

  ByteBuilder append(byte[] b, int offset, int length) {
    ensureAfter(length);
    System.arraycopy(b, offset, bytes, end, length);
    end += length;
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
    for (int i = end + size - 1; i >= end; i--) {
      bytes[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    end += size;
    return this;
  }

  /** Puts {@code length} bytes of {@code b} from {@code offset} before the contents. */
  ByteBuilder prepend(byte[] b, int offset, int length) {
    if (length > start) {
      int room = Math.max(headroom, length);
      byte[] grown = new byte[room + bytes.length - start];
      System.arraycopy(bytes, start, grown, room, end - start);
      end = room + end - start;
      start = room;
      bytes = grown;
    }
    start -= length;
    System.arraycopy(b, offset, bytes, start, length);
    return this;
  }

  private void ensureAfter(int more) {
    if (end + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(end + more, bytes.length * 2));
    }
  }
}
