// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * In-memory streams that remember whether they were closed, for the tests that prove an API
 * leaves the caller's stream open (house style: never close a caller's stream).
 */
public final class CallerStreams {
    private CallerStreams() {}

    /** An input stream over fixed bytes that records {@link #close()}. */
    public static final class Input extends ByteArrayInputStream {
        private boolean closed;

        /**
         * Creates the stream.
         *
         * @param bytes the content
         */
        public Input(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }

        /**
         * Tells whether {@link #close()} was called.
         *
         * @return {@code true} once closed
         */
        public boolean isClosed() {
            return closed;
        }
    }

    /** An output stream that collects bytes and records {@link #close()}. */
    public static final class Output extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }

        /**
         * Tells whether {@link #close()} was called.
         *
         * @return {@code true} once closed
         */
        public boolean isClosed() {
            return closed;
        }
    }
}
