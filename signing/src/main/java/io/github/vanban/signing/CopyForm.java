// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/** Forms of copy of Decree 30/2020/NĐ-CP Art. 25 (used in the electronic-copy stamp, §10.6). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CopyForm {
    /** Full copy ("sao y"). */
    SAO_Y("SAO Y"),
    /** Copy of a copy ("sao lục"). */
    SAO_LUC("SAO LỤC"),
    /** Extract ("trích sao"). */
    TRICH_SAO("TRÍCH SAO");

    private final String label;

    CopyForm(String label) {
        this.label = label;
    }

    /**
     * Returns the label as printed, in capitals with diacritics.
     *
     * @return e.g. {@code SAO Y}
     */
    public String label() {
        return label;
    }
}
