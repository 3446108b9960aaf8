package dev.jetpod.apiserver.openapi.proto;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One protobuf message being written with protobuf-java's {@link CodedOutputStream}, proto3 style: fields at
 * their default value (empty string, false, 0) are left out. A nested message is written into its own buffer
 * first, so its length is known when the parent writes it.
 */
final class ProtoMessage {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    ProtoMessage string(int field, String value) {
        try {
            if (value != null && !value.isEmpty()) {
                out.writeString(field, value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProtoMessage bool(int field, boolean value) {
        try {
            if (value) {
                out.writeBool(field, true);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProtoMessage int64(int field, long value) {
        try {
            if (value != 0) {
                out.writeInt64(field, value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProtoMessage float64(int field, double value) {
        try {
            if (value != 0) {
                out.writeDouble(field, value);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A nested message; written even when empty, as presence of a message field is meaningful. */
    ProtoMessage message(int field, ProtoMessage value) {
        try {
            out.writeByteArray(field, value.toByteArray());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] toByteArray() {
        try {
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
