// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a form from JSON: the core JSON {@code type}, an optional {@code "form"} ("2.1" for a
 * document with appendices, "2.2" for its appendices issued as a separate electronic file, "3.1"
 * for a paper copy, "3.2" for an electronic copy), the agency
 * profile (inline, as the path of a profile file relative to the form file, or supplied by the
 * caller), the common particulars
 * ({@code number}, {@code date}, {@code signer}, {@code distribution}, {@code fileCopy},
 * {@code drafter}, {@code copiesIssued}, {@code urgency}, {@code confidentiality}) and the form's
 * own fields. The module README lists every field; {@code samples/documents/forms/} holds one
 * complete example per form.
 *
 * <p>Thread-safe; input files are only read.
 */
public final class FormJson {
    private FormJson() {}

    /**
     * Reads a form file; an {@code "agency"} path is resolved against the file's directory.
     *
     * @param file the JSON file (UTF-8)
     * @return the template
     * @throws TemplateException naming the file and the JSON pointer of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static FormTemplate read(Path file) {
        return FormBinder.form(file, Optional.empty());
    }

    /**
     * Reads a form file whose agency, when it names none, is {@code agency}.
     *
     * @param file the JSON file (UTF-8)
     * @param agency the profile used when the file has no {@code "agency"}
     * @return the template
     * @throws TemplateException naming the file and the JSON pointer of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static FormTemplate read(Path file, AgencyProfile agency) {
        return FormBinder.form(file, Optional.of(agency));
    }

    /**
     * Reads a form from a stream, which is not closed; the agency must be inline or supplied.
     *
     * @param in the JSON (UTF-8)
     * @param source the name used in error messages
     * @param agency the profile used when the JSON has no {@code "agency"}
     * @return the template
     * @throws TemplateException naming the source and the JSON pointer of the first problem
     */
    public static FormTemplate read(InputStream in, String source, Optional<AgencyProfile> agency) {
        return FormBinder.form(in, source, agency);
    }
}
