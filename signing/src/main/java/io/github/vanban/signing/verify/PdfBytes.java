// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.jspecify.annotations.Nullable;

/**
 * Random access to the bytes of the PDF under verification, either an array already in memory
 * or a file, which is never copied whole into the heap. Each revision is parsed from its own
 * reader of a prefix ({@link #prefix}): for an array, a PDFBox buffer over a slice of it; for a
 * file, a reader of pages of the file channel, read on demand into a small cache (1 MiB; a file
 * that fits is read from disk once, for every purpose). Scans and digests, which pass over large
 * ranges once, go through one fixed scratch buffer. Read failures surface as {@link
 * UncheckedIOException} and are remembered ({@link #throwIfReadFailed}). Not thread-safe: one
 * instance per verification run.
 */
final class PdfBytes implements Closeable {
    /** Size of the scratch buffer, and so of every chunk handed to a {@link Chunks} sink. */
    static final int BUFFER = 64 * 1024;
    /** Size of a page of the file cached for the parsers. */
    static final int PAGE = 16 * 1024;
    /** Pages kept (1 MiB): a small file stays wholly cached, a large one costs no more. */
    private static final int MAX_PAGES = 64;
    /** Files up to this size are read from disk once: every read goes through the pages. */
    private static final long CACHED_WHOLE = (long) MAX_PAGES * PAGE;

    /** The bytes, when they are in memory; else {@link #channel} reads them. */
    private final byte @Nullable [] array;
    private final @Nullable FileChannel channel;
    private final String name;
    private final long length;
    private final byte[] buffer = new byte[BUFFER];
    /** The first read failure, kept because callers on the way (BC, PDFBox) may swallow it. */
    private @Nullable IOException failure;
    /** Pages of a file by index, least recently used first; shared by every revision's reader. */
    private final Map<Long, byte[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > MAX_PAGES;
        }
    };

    private PdfBytes(byte @Nullable [] array, @Nullable FileChannel channel, String name,
            long length) {
        this.array = array;
        this.channel = channel;
        this.name = name;
        this.length = length;
    }

    /** The bytes of {@code bytes}, which the caller must not change while this is in use. */
    static PdfBytes of(byte[] bytes) {
        return new PdfBytes(bytes, null, "the input", bytes.length);
    }

    /** The bytes of {@code file}, read on demand; the caller closes the result. */
    static PdfBytes open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new PdfBytes(null, channel, file.toString(), channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The number of bytes. */
    long length() {
        return length;
    }

    /** Receives consecutive chunks of a byte range; the array is only valid during the call. */
    @FunctionalInterface
    interface Chunks {
        /** Takes {@code bytes[offset, offset + count)}. */
        void accept(byte[] bytes, int offset, int count) throws IOException;
    }

    /**
     * Hands {@code [from, from + count)} to {@code sink} in chunks of at most {@link #BUFFER}
     * bytes. The sink must not call back into this object.
     */
    void read(long from, long count, Chunks sink) throws IOException {
        checkRange(from, count);
        long position = from;
        long left = count;
        while (left > 0) {
            int n = (int) Math.min(buffer.length, left);
            readAt(position, buffer, n);
            sink.accept(buffer, 0, n);
            position += n;
            left -= n;
        }
    }

    /** A copy of {@code [from, to)}; for small sections only. */
    byte[] copy(long from, long to) {
        checkRange(from, to - from);
        if (to - from > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("section too large to copy: " + (to - from));
        }
        byte[] out = new byte[(int) (to - from)];
        try {
            readAt(from, out, out.length);
        } catch (IOException e) {
            throw failure(e);
        }
        return out;
    }

    /** The byte at {@code position}, as 0 to 255. */
    int at(long position) {
        checkRange(position, 1);
        byte[] one = new byte[1];
        try {
            readAt(position, one, 1);
        } catch (IOException e) {
            throw failure(e);
        }
        return one[0] & 0xFF;
    }

    /** The first index of {@code needle} lying wholly inside {@code [from, to)}, or -1. */
    long indexOf(byte[] needle, long from, long to) {
        long start = Math.max(from, 0);
        long end = Math.min(to, length);
        long position = start;
        try {
            while (end - position >= needle.length) {
                int n = (int) Math.min(buffer.length, end - position);
                readAt(position, buffer, n);
                int i = PdfRevisions.indexOf(buffer, needle, 0, n);
                if (i >= 0) {
                    return position + i;
                }
                if (position + n >= end) {
                    break;
                }
                // The next chunk repeats the last needle.length - 1 bytes: a match across the
                // boundary is found there, and none is found twice.
                position += n - (needle.length - 1);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return -1;
    }

    /**
     * The first index at or after {@code from} whose byte is neither PDF white space nor NUL, or
     * -1 when there is none.
     */
    long firstNonBlank(long from) {
        long position = Math.max(from, 0);
        try {
            while (position < length) {
                int n = (int) Math.min(buffer.length, length - position);
                readAt(position, buffer, n);
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
                        return position + i;
                    }
                }
                position += n;
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return -1;
    }

    /**
     * A reader of the prefix {@code [0, end)} for PDFBox's parser, with its own position; the
     * caller closes it (or the document parsed from it).
     */
    RandomAccessRead prefix(long end) {
        checkRange(0, end);
        if (array != null) {
            return new RandomAccessReadBuffer(ByteBuffer.wrap(array, 0, (int) end).slice());
        }
        return new Window(end);
    }

    /** The cached page {@code index} of the file (shorter than {@link #PAGE} at the end). */
    private byte[] page(long index) throws IOException {
        byte[] page = pages.get(index);
        if (page == null) {
            long start = index * PAGE;
            page = new byte[(int) Math.min(PAGE, length - start)];
            readAt(start, page, page.length, false);
            pages.put(index, page);
        }
        return page;
    }

    private void readAt(long position, byte[] into, int count) throws IOException {
        readAt(position, into, count, array == null && length <= CACHED_WHOLE);
    }

    /**
     * Reads exactly {@code count} bytes at {@code position}, from the cached pages or straight
     * from the array or the file channel, and remembers a failure.
     */
    private void readAt(long position, byte[] into, int count, boolean viaPages)
            throws IOException {
        try {
            int done = 0;
            while (done < count) {
                int n = viaPages ? fromPage(position + done, into, done, count - done)
                        : bulkRead(position + done, into, done, count - done);
                if (n < 0) {
                    throw new EOFException(name + " ended at offset " + (position + done)
                            + ", before its expected length of " + length + " bytes");
                }
                done += n;
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /**
     * Reads up to {@code count} bytes at {@code position} from the array or the file channel,
     * bypassing PDFBox's reader (its page cache and its position): -1 at the end.
     */
    /** Copies up to {@code count} bytes at {@code position} from its cached page; -1 at the end. */
    private int fromPage(long position, byte[] into, int offset, int count) throws IOException {
        if (position >= length) {
            return -1;
        }
        long index = position / PAGE;
        byte[] page = page(index);
        int from = (int) (position - index * PAGE);
        int n = Math.min(count, page.length - from);
        System.arraycopy(page, from, into, offset, n);
        return n;
    }

    private int bulkRead(long position, byte[] into, int offset, int count) throws IOException {
        if (array != null) {
            if (position >= array.length) {
                return -1;
            }
            int n = (int) Math.min(count, array.length - position);
            System.arraycopy(array, (int) position, into, offset, n);
            return n;
        }
        return Objects.requireNonNull(channel).read(ByteBuffer.wrap(into, offset, count),
                position);
    }

    private void checkRange(long from, long count) {
        if (from < 0 || count < 0 || from + count > length) {
            throw new IndexOutOfBoundsException("[" + from + ", " + (from + count)
                    + ") is outside the " + length + "-byte PDF");
        }
    }

    /** Wraps a read failure of this PDF for callers that cannot throw {@link IOException}. */
    UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("Cannot read " + name, e);
    }

    /**
     * Throws the first read failure, if any: a verdict must never rest on bytes that could not
     * be read, even where a library on the way turned the failure into a format error.
     */
    void throwIfReadFailed() {
        if (failure != null) {
            throw failure(failure);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /**
     * The first {@code length} bytes of the file, read a cached page at a time (the parser
     * mostly reads byte by byte, near where it last read; the revisions' parsers share the
     * cache). Views, which the parser makes for streams, read through one second reader shared
     * by all of them (each view seeks before it reads), so that reading a stream does not move
     * the parser's position: PDFBox's own readers likewise give their views one copy of
     * themselves.
     */
    private final class Window implements RandomAccessRead {
        private final long length;
        private byte @Nullable [] page;
        private long pageStart;
        private long position;
        private boolean closed;
        /** The reader under this reader's views, made on the first view. */
        private @Nullable Window forViews;

        Window(long length) {
            this.length = length;
        }

        /** The page holding {@code position}, which must be before the end. */
        private byte[] ensure() throws IOException {
            byte[] p = page;
            if (p == null || position < pageStart || position >= pageStart + p.length) {
                long index = position / PAGE;
                p = page(index);
                page = p;
                pageStart = index * PAGE;
            }
            return p;
        }

        @Override
        public int read() throws IOException {
            checkClosed();
            if (position >= length) {
                return -1;
            }
            byte[] w = ensure();
            return w[(int) (position++ - pageStart)] & 0xFF;
        }

        @Override
        public int read(byte[] b, int offset, int count) throws IOException {
            checkClosed();
            if (count == 0) {
                return 0;
            }
            if (position >= length) {
                return -1;
            }
            byte[] w = ensure();
            int n = (int) Math.min(count, pageStart + w.length - position);
            System.arraycopy(w, (int) (position - pageStart), b, offset, n);
            position += n;
            return n;
        }

        @Override
        public long getPosition() throws IOException {
            checkClosed();
            return position;
        }

        @Override
        public void seek(long to) throws IOException {
            checkClosed();
            if (to < 0) {
                throw new IOException("Invalid position " + to);
            }
            position = Math.min(to, length);
        }

        @Override
        public long length() throws IOException {
            checkClosed();
            return length;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isEOF() throws IOException {
            checkClosed();
            return position >= length;
        }

        @Override
        public RandomAccessReadView createView(long start, long count) throws IOException {
            checkClosed();
            Window under = forViews;
            if (under == null) {
                under = new Window(length);
                forViews = under;
            }
            return new RandomAccessReadView(under, start, count, false);
        }

        @Override
        public void close() {
            closed = true;
            page = null;
            if (forViews != null) {
                forViews.close();
                forViews = null;
            }
        }

        private void checkClosed() throws IOException {
            if (closed) {
                throw new IOException(name + ": reader already closed");
            }
        }
    }
}
