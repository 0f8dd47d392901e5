// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a whole batch.
 *
 * @param results one per input, in input order
 * @param elapsed wall-clock time of the batch
 * @param threads the number of worker threads used
 */
public record BatchSummary(List<ItemResult> results, Duration elapsed, int threads) {
    /** Checks for nulls and copies the list. */
    public BatchSummary {
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Returns the failed items, in input order.
     *
     * @return the failures
     */
    public List<ItemResult> failures() {
        return results.stream().filter(ItemResult::isFailed).toList();
    }

    /**
     * Counts the items that succeeded.
     *
     * @return the count
     */
    public long succeeded() {
        return results.stream().filter(r -> !r.isFailed()).count();
    }
}
