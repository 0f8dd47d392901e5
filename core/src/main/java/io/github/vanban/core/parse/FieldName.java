// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.parse;

import org.apiguardian.api.API;

/**
 * The components a {@link DocumentReader} looks for, named as in the JSON format v1 of vanban.
 *
 * <p>Decree 30/2020/NĐ-CP, Article 8, makes most of them mandatory; {@link #isRequired()} tells
 * which ones an incoming document is expected to carry whatever its type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FieldName {
    /** Tên loại văn bản: the document type. */
    TYPE("type", true),
    /** Tên cơ quan chủ quản: the direct parent body, when there is one. */
    PARENT_AUTHORITY("parentAuthority", false),
    /** Tên cơ quan ban hành: the issuing body (ô 2). */
    ISSUING_AUTHORITY("issuingAuthority", true),
    /** Số, ký hiệu: number and symbol (ô 3). */
    NUMBER("number", true),
    /** Địa danh: the place name (ô 4). */
    PLACE("place", true),
    /** Thời gian ban hành: the date of issue (ô 4). */
    DATE("date", true),
    /** Trích yếu: the subject (ô 5a or 5b). */
    SUBJECT("subject", true),
    /** Kính gửi: the addressees (ô 9a); expected on a công văn only. */
    RECIPIENTS("recipients", false),
    /** Thẩm quyền, chức vụ, họ tên người ký: the signer (ô 7). */
    SIGNER("signer", true),
    /** Nơi nhận: the distribution list (ô 9b). */
    DISTRIBUTION("distribution", true),
    /** Mức độ khẩn: the urgency mark (ô 10b), printed only on urgent documents. */
    URGENCY("urgency", false),
    /** Độ mật: the confidentiality mark (ô 10a), printed only on classified documents. */
    CONFIDENTIALITY("confidentiality", false);

    private final String jsonName;
    private final boolean required;

    FieldName(String jsonName, boolean required) {
        this.jsonName = jsonName;
        this.required = required;
    }

    /**
     * Returns the member name in vanban's JSON format v1, e.g. "issuingAuthority".
     *
     * @return the JSON name
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Tells whether every administrative document must carry the component (Article 8): a
     * missing required component is listed by {@link IncomingDocument#notFound()}.
     *
     * @return {@code true} for the mandatory components
     */
    public boolean isRequired() {
        return required;
    }
}
