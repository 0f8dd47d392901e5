// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing;

import org.apiguardian.api.API;

/**
 * The records office step of the issuing workflow cannot proceed: a number or date field is
 * missing, already filled with another value, or the page already prints a different value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class IssuanceException extends SigningException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception naming the field or printed value at fault.
     *
     * @param message English description of the failure
     */
    public IssuanceException(String message) {
        super(message);
    }
}
