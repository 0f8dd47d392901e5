// SPDX-License-Identifier: Apache-2.0
/**
 * {@code vanban batch}: one operation over many files, in parallel on a bounded pool, each file's
 * failure recorded and the others completed ({@link io.github.vanban.samples.batch.Batch}).
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.samples.batch;
