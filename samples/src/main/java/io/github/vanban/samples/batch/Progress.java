// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.samples.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch, told once per finished item. Implementations must accept calls from
 * several threads.
 */
public interface Progress extends AutoCloseable {
    /** Progress that shows nothing (output is not a terminal, or tests). */
    Progress NONE = new Progress() {
        @Override
        public void itemDone() {}

        @Override
        public void close() {}
    };

    /** Tells that one more item finished. */
    void itemDone();

    /** Finishes the display. */
    @Override
    void close();

    /**
     * A progress bar on the terminal (standard error) when there is one, otherwise {@link #NONE},
     * so that logs and pipes stay clean.
     *
     * @param task the task name shown before the bar, e.g. "render"
     * @param total the number of items
     * @return the progress
     */
    static Progress onTerminal(String task, int total) {
        if (System.console() == null) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
        return new Progress() {
            @Override
            public void itemDone() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
