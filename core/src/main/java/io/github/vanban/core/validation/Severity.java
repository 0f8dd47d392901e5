// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** Decree 30/2020/NĐ-CP forbids it or requires the opposite; the document must not be issued so. */
    ERROR,
    /** The decree or its official forms only advise it; the document may be issued after a check. */
    WARNING
}
