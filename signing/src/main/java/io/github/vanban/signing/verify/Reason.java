// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

/**
 * Why a signature, time-stamp or document got its {@link Verdict}, modelled on the
 * sub-indications of ETSI EN 319 102-1 §5.1.3 (and EU DSS), with English and Vietnamese messages.
 * When several checks fail, the report names the first failing one in the order the constants are
 * declared here, so an integrity failure always wins over a trust problem.
 */
public enum Reason {
    /** The signature dictionary or the CMS structure is missing or malformed (USF). */
    FORMAT_FAILURE(Verdict.INVALID,
            "The signature dictionary or its CMS structure is missing or malformed.",
            "Cấu trúc chữ ký không hợp lệ hoặc bị thiếu."),
    /** The {@code /ByteRange} is malformed or does not end at a revision end. */
    BYTE_RANGE_INVALID(Verdict.INVALID,
            "The /ByteRange is malformed or does not cover a complete revision of the file.",
            "Phạm vi dữ liệu được ký (ByteRange) không hợp lệ."),
    /** The unsigned gap holds more than the {@code /Contents} hex string (signature wrapping). */
    SIGNATURE_WRAPPING(Verdict.INVALID,
            "The unsigned gap holds more than the signature value (signature wrapping).",
            "Vùng chứa giá trị chữ ký bị chèn dữ liệu lạ (tấn công bọc chữ ký)."),
    /** The digest of the signed bytes differs from the signed digest. */
    HASH_FAILURE(Verdict.INVALID,
            "The signed bytes do not match the signed digest: the document was changed.",
            "Tài liệu đã bị thay đổi sau khi ký (giá trị băm không khớp)."),
    /** The signature value does not verify with the signer's public key. */
    SIG_CRYPTO_FAILURE(Verdict.INVALID,
            "The signature value does not verify with the signer's public key.",
            "Giá trị chữ ký không khớp với khóa công khai của người ký."),
    /** The signed signing-certificate attribute names another certificate. */
    SIGNING_CERTIFICATE_MISMATCH(Verdict.INVALID,
            "The signed signing-certificate attribute does not match the signer's certificate.",
            "Thuộc tính chứng thư ký không khớp với chứng thư số của người ký."),
    /** A later revision changed the document in a way that is not permitted. */
    DOCUMENT_MODIFIED(Verdict.INVALID,
            "The document was changed after signing in a way that is not permitted.",
            "Tài liệu đã bị thay đổi sau khi ký."),
    /** A certificate of the path was revoked before the proven signing time. */
    REVOKED(Verdict.INVALID,
            "A certificate of the signer's path was revoked before the signing time.",
            "Chứng thư số trong chuỗi của người ký đã bị thu hồi trước thời điểm ký."),
    /** The signature format is not one this verifier supports. */
    UNSUPPORTED_FORMAT(Verdict.INDETERMINATE,
            "The signature format (SubFilter) is not supported.",
            "Định dạng chữ ký (SubFilter) không được hỗ trợ."),
    /** A hash or key is weaker than Circular 15/2025 allows. */
    CRYPTO_CONSTRAINTS_FAILURE(Verdict.INDETERMINATE,
            "A hash algorithm or key size is weaker than allowed "
                    + "(SHA-2/SHA-3, RSA ≥ 2048, EC ≥ 256).",
            "Thuật toán băm hoặc độ dài khóa không đáp ứng yêu cầu."),
    /** No certificate path leads from the signer to a caller's trust anchor. */
    NO_CERTIFICATE_CHAIN_FOUND(Verdict.INDETERMINATE,
            "No certificate path leads from the signer to a trusted root.",
            "Không xây dựng được chuỗi chứng thư đến chứng thư gốc tin cậy."),
    /** A certificate was outside its validity period at the proven signing time. */
    OUT_OF_BOUNDS(Verdict.INDETERMINATE,
            "A certificate was expired or not yet valid at the proven signing time.",
            "Chứng thư số đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký được chứng minh."),
    /** The signer certificate's key usage does not allow signing documents. */
    KEY_USAGE_NOT_ALLOWED(Verdict.INDETERMINATE,
            "The certificate's key usage does not allow this kind of signature.",
            "Mục đích sử dụng khóa của chứng thư số không cho phép loại chữ ký này."),
    /**
     * A later revision was added by a signature that verifies but does not lead to a trust
     * anchor, so whether that change was legitimate cannot be told.
     */
    CHANGED_BY_UNTRUSTED_SIGNATURE(Verdict.INDETERMINATE,
            "A later revision was added by a signature that cannot be traced to a trusted root.",
            "Tài liệu được bổ sung sau khi ký bởi chữ ký không xác định được nguồn tin cậy."),
    /** A time-stamp is malformed, does not match, or is not trusted. */
    TIMESTAMP_FAILURE(Verdict.INDETERMINATE,
            "The signature time-stamp is invalid or not trusted.",
            "Dấu thời gian của chữ ký không hợp lệ hoặc không tin cậy."),
    /** Revocation status of a certificate of the path could not be established. */
    REVOCATION_UNKNOWN(Verdict.INDETERMINATE,
            "The revocation status of a certificate could not be established.",
            "Không xác định được trạng thái thu hồi của chứng thư số."),
    /** The document holds no signature and no document time-stamp. */
    NO_SIGNATURE(Verdict.INDETERMINATE,
            "The document holds no signature.",
            "Tài liệu không có chữ ký số."),
    /** Every check passed. */
    PASSED(Verdict.VALID,
            "The signature is valid and the document was not changed after signing.",
            "Chữ ký hợp lệ.");

    private final Verdict verdict;
    private final String english;
    private final String vietnamese;

    Reason(Verdict verdict, String english, String vietnamese) {
        this.verdict = verdict;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the verdict this reason leads to.
     *
     * @return INVALID, INDETERMINATE or (for {@link #PASSED}) VALID
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Returns the English message for end users.
     *
     * @return one sentence
     */
    public String english() {
        return english;
    }

    /**
     * Returns the Vietnamese message for end users (Circular 15/2025/TT-BKHCN, Art. 6).
     *
     * @return one sentence
     */
    public String vietnamese() {
        return vietnamese;
    }
}
