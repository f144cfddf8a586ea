package dev.leadpulse.core.engine;

import dev.leadpulse.core.event.Event;
import dev.leadpulse.core.event.MessageType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events as compact bytes, for the history the scoreboard keeps to replay people: one event
 * is a few hundred bytes in a shared buffer instead of a graph of some twenty objects, which
 * the garbage collector would otherwise trace and copy for as long as the server runs.
 *
 * <p>Exact: {@link #read} gives back an event equal to the one written, for the values an
 * {@link Event} holds (strings, {@code Double}, {@code Integer} and {@code Long} numbers,
 * booleans, lists and maps, nested). Maps keep their order. Any other value is refused.
 */
final class EventCodec {
  private static final MessageType[] TYPES = MessageType.values();
  private static final byte STRING = 1;
  private static final byte DOUBLE = 2;
  private static final byte TRUE = 3;
  private static final byte FALSE = 4;
  private static final byte LIST = 5;
  private static final byte MAP = 6;
  private static final byte INT = 7;
  private static final byte LONG = 8;
  private static final byte NULL = 9;

  private EventCodec() {}

  /** Appends {@code e} to {@code out}. */
  static void write(Event e, ByteSink out) {
    out.varint(e.type().ordinal());
    out.string(e.messageId());
    out.string(e.name());
    out.string(e.userId());
    out.string(e.anonymousId());
    out.fixedLong(e.time());
    map(e.properties(), out);
    map(e.traits(), out);
    out.string(e.groupId());
    out.string(e.previousId());
  }

  /** Reads the event that starts at {@code in}'s position, leaving it just after. */
  static Event read(ByteSource in) {
    MessageType type = TYPES[in.varint()];
    String messageId = in.string();
    String name = in.string();
    String userId = in.string();
    String anonymousId = in.string();
    long time = in.fixedLong();
    Map<String, Object> properties = readMap(in);
    Map<String, Object> traits = readMap(in);
    return new Event(messageId, type, name, userId, anonymousId, time, properties, traits, in.string(), in.string());
  }

  private static void map(Map<String, Object> map, ByteSink out) {
    out.varint(map.size());
    for (Map.Entry<String, Object> field : map.entrySet()) {
      out.string(field.getKey());
      value(field.getValue(), out);
    }
  }

  private static void value(Object v, ByteSink out) {
    switch (v) {
      case null -> out.put(NULL);
      case String s -> {
        out.put(STRING);
        out.string(s);
      }
      case Double d -> {
        out.put(DOUBLE);
        out.fixedLong(Double.doubleToRawLongBits(d));
      }
      case Boolean b -> out.put(b ? TRUE : FALSE);
      case Integer i -> {
        out.put(INT);
        out.fixedLong(i);
      }
      case Long l -> {
        out.put(LONG);
        out.fixedLong(l);
      }
      case List<?> list -> {
        out.put(LIST);
        out.varint(list.size());
        list.forEach(item -> value(item, out));
      }
      case Map<?, ?> m -> {
        out.put(MAP);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) m;
        map(fields, out);
      }
      default -> throw new IllegalArgumentException("an event holds only JSON values, not a "
          + v.getClass().getName());
    }
  }

  private static Map<String, Object> readMap(ByteSource in) {
    int size = in.varint();
    if (size == 0) {
      return Map.of();
    }
    Map<String, Object> map = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      String key = in.string();
      map.put(key, readValue(in));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object readValue(ByteSource in) {
    byte tag = in.get();
    return switch (tag) {
      case NULL -> null;
      case STRING -> in.string();
      case DOUBLE -> Double.valueOf(Double.longBitsToDouble(in.fixedLong()));
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case INT -> Integer.valueOf((int) in.fixedLong());
      case LONG -> Long.valueOf(in.fixedLong());
      case LIST -> {
        int size = in.varint();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(readValue(in));
        }
        yield Collections.unmodifiableList(list);
      }
      case MAP -> readMap(in);
      default -> throw new IllegalStateException("corrupt event history: unknown value tag " + tag);
    };
  }

  /** A growable byte buffer. */
  static final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
      return size;
    }

    byte[] bytes() {
      return bytes;
    }

    void put(byte b) {
      ensure(1);
      bytes[size++] = b;
    }

    void varint(int value) {
      ensure(5);
      int v = value;
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    void fixedLong(long value) {
      ensure(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (value >>> shift);
      }
    }

    /** Latin-1 strings as their bytes (length × 2), others as UTF-8 (length × 2 + 1). */
    void string(String s) {
      int n = s.length();
      boolean latin1 = true;
      for (int i = 0; i < n && latin1; i++) {
        latin1 = s.charAt(i) < 0x100;
      }
      if (latin1) {
        varint(n << 1);
        ensure(n);
        for (int i = 0; i < n; i++) {
          bytes[size++] = (byte) s.charAt(i);
        }
      } else {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varint((utf8.length << 1) | 1);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
      }
    }

    /** Drops everything after the first {@code newSize} bytes. */
    void truncate(int newSize) {
      size = newSize;
    }

    /** Trims the buffer to its contents, when it is much larger. */
    void trim() {
      if (bytes.length > size + (size >> 2) + 16) {
        bytes = java.util.Arrays.copyOf(bytes, size);
      }
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(size + more, bytes.length + (bytes.length >> 1)));
      }
    }
  }

  /** Reads what a {@link ByteSink} wrote. */
  static final class ByteSource {
    private final byte[] bytes;
    private final int end;
    private int at;

    ByteSource(byte[] bytes, int end) {
      this.bytes = bytes;
      this.end = end;
    }

    boolean hasMore() {
      return at < end;
    }

    byte get() {
      return bytes[at++];
    }

    int varint() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }

    long fixedLong() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (bytes[at++] & 0xFF);
      }
      return value;
    }

    String string() {
      int header = varint();
      int n = header >>> 1;
      String s = (header & 1) == 0 ? new String(bytes, at, n, StandardCharsets.ISO_8859_1)
          : new String(bytes, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }
  }
}
