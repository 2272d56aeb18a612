package kr.maskportal.openapi.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A body put together from prepared pieces of JSON: a growable byte array, for one thread. */
final class JsonBytes {

    private byte[] bytes;
    private int length;

    JsonBytes(int expected) {
        bytes = new byte[Math.max(64, expected)];
    }

    JsonBytes add(byte[] piece) {
        ensure(piece.length);
        System.arraycopy(piece, 0, bytes, length, piece.length);
        length += piece.length;
        return this;
    }

    /** ASCII only: punctuation, member names, numbers. */
    JsonBytes add(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    JsonBytes add(int number) {
        return add(Integer.toString(number));
    }

    /** Any text, already JSON. */
    JsonBytes addJson(CharSequence json) {
        return add(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
