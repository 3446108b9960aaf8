package dev.jetpod.runtime.image.unpack;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the raw bytes read between two tar entries so that binary PAX xattr values
 * ({@code SCHILY.xattr.security.capability}) can be recovered exactly: Commons Compress decodes PAX values as
 * UTF-8, which is lossy for binary data. The unpacker calls {@link #startWindow()} after consuming an entry's data,
 * so the capture only ever holds padding and header blocks (bounded by {@link #LIMIT}).
 */
final class PaxXattrCapture extends FilterInputStream {
    private static final int LIMIT = 4 * 1024 * 1024;
    private static final byte[] KEY_PREFIX = "SCHILY.xattr.".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer = new byte[8192];
    private int length;
    private boolean capturing = true;
    private boolean endOfStream;
    private boolean overflowed;

    PaxXattrCapture(InputStream in) {
        super(in);
    }

    /** Starts a new capture window (call right before asking for the next tar entry). */
    void startWindow() {
        length = 0;
        capturing = true;
        overflowed = false;
    }

    /** Stops capturing (call once the next entry's header is parsed, before its data is read). */
    void pause() {
        capturing = false;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            append(new byte[]{(byte) b}, 0, 1);
        } else {
            endOfStream = true;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            append(b, off, n);
        } else if (n < 0) {
            endOfStream = true;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    private void append(byte[] b, int off, int n) {
        if (!capturing) {
            return;
        }
        if (length + n > LIMIT) {
            overflowed = true;
            return;
        }
        if (length + n > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
        }
        System.arraycopy(b, off, buffer, length, n);
        length += n;
    }

    boolean atEndOfStream() {
        return endOfStream;
    }

    /** Whether everything read in the current window was zero bytes (tar padding), nothing of a header. */
    boolean windowIsAllZero() {
        if (overflowed) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The raw xattr values (name without the SCHILY prefix → bytes) found in PAX records of the current window. */
    Map<String, byte[]> rawXattrs() {
        Map<String, byte[]> found = new HashMap<>();
        for (int i = 0; i + KEY_PREFIX.length < length; i++) {
            if (!startsWith(i, KEY_PREFIX) || i < 2 || buffer[i - 1] != ' ') {
                continue;
            }
            int digitsStart = i - 1;
            while (digitsStart > 0 && Character.isDigit(buffer[digitsStart - 1])) {
                digitsStart--;
            }
            if (digitsStart == i - 1) {
                continue;
            }
            int recordLength = Integer.parseInt(new String(buffer, digitsStart, i - 1 - digitsStart, StandardCharsets.US_ASCII));
            int recordEnd = digitsStart + recordLength;
            int equals = indexOf((byte) '=', i, recordEnd);
            if (recordEnd > length || equals < 0 || buffer[recordEnd - 1] != '\n') {
                continue;
            }
            String name = new String(buffer, i + KEY_PREFIX.length, equals - i - KEY_PREFIX.length, StandardCharsets.UTF_8);
            found.put(name, java.util.Arrays.copyOfRange(buffer, equals + 1, recordEnd - 1));
            i = recordEnd - 1;
        }
        return found;
    }

    private boolean startsWith(int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (buffer[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte b, int from, int to) {
        for (int j = from; j < Math.min(to, length); j++) {
            if (buffer[j] == b) {
                return j;
            }
        }
        return -1;
    }
}
