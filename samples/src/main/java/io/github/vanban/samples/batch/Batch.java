// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs one operation over many inputs on a fixed pool of worker threads. An item that throws is
 * recorded as failed with the exception's message; the others still run. Results come back in
 * input order.
 */
public final class Batch {
    private Batch() {}

    /**
     * Expands the arguments into input files: a file is taken as is, a directory contributes its
     * files (not subdirectories) whose name ends in {@code extension}, sorted by name.
     *
     * @param arguments files and directories
     * @param extension e.g. {@code .json}, compared case-insensitively
     * @return the input files, without duplicates, in argument order
     * @throws IllegalArgumentException if an argument does not exist
     * @throws UncheckedIOException if a directory cannot be listed
     */
    public static List<Path> inputs(List<Path> arguments, String extension) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> listing = Files.list(argument)) {
                    listing.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list the directory " + argument, e);
                }
            } else if (Files.exists(argument)) {
                files.add(argument);
            } else {
                throw new IllegalArgumentException("No such file or directory: " + argument);
            }
        }
        return files.stream().distinct().toList();
    }

    /**
     * Runs {@code operation} on every input with {@code threads} workers.
     *
     * @param inputs the inputs
     * @param threads the number of worker threads, at least 1
     * @param operation what to do with one input; may throw, which fails that item only
     * @param progress told after each item
     * @return the results in input order, the elapsed time and the threads used
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public static BatchSummary run(List<Path> inputs, int threads, Function<Path, ItemResult> operation,
            Progress progress) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        long start = System.nanoTime();
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())), r -> {
            Thread t = new Thread(r, "vanban-batch-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ItemResult>> futures = new ArrayList<>();
            for (Path input : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        return operation.apply(input);
                    } catch (RuntimeException e) {
                        return ItemResult.failed(input, List.of(describe(e)));
                    } finally {
                        progress.itemDone();
                    }
                }));
            }
            List<ItemResult> results = new ArrayList<>();
            for (Future<ItemResult> future : futures) {
                results.add(future.get());
            }
            return new BatchSummary(results, Duration.ofNanos(System.nanoTime() - start), threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A batch item failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
