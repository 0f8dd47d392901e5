// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.signing.verify;

import java.util.List;
import java.util.Optional;

/** Writes a {@link VerificationReport} as JSON or text, without a JSON library. */
final class ReportWriter {
    private ReportWriter() {}

    static String write(VerificationReport r) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n");
        field(sb, 1, "verdict", r.verdict().name());
        reason(sb, 1, r.reason());
        sb.append("  \"revisions\": ").append(r.revisions()).append(",\n");
        sb.append("  \"signatures\": [");
        List<SignatureReport> sigs = r.signatures();
        for (int i = 0; i < sigs.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            signature(sb, sigs.get(i));
        }
        sb.append(sigs.isEmpty() ? "],\n" : "\n  ],\n");
        sb.append("  \"changes\": [");
        List<Change> changes = r.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"revision\": ").append(c.revision())
                    .append(", \"object\": ").append(quote(c.object()))
                    .append(", \"kind\": ").append(quote(c.kind().name()))
                    .append(", \"permitted\": ").append(c.permitted())
                    .append(", \"detail\": ").append(quote(c.detail())).append('}');
        }
        sb.append(changes.isEmpty() ? "]\n" : "\n  ]\n");
        return sb.append("}\n").toString();
    }

    private static void signature(StringBuilder sb, SignatureReport s) {
        sb.append("    {\n");
        field(sb, 3, "field", s.fieldName());
        field(sb, 3, "kind", s.kind().name());
        field(sb, 3, "verdict", s.verdict().name());
        reason(sb, 3, s.reason());
        field(sb, 3, "subFilter", s.subFilter());
        optional(sb, "level", s.level().map(Enum::name));
        optional(sb, "claimedSigningTime", s.claimedSigningTime().map(Object::toString));
        optional(sb, "timestampTime", s.timestampTime().map(Object::toString));
        sb.append("      \"byteRange\": ").append(s.byteRange()).append(",\n");
        sb.append("      \"revision\": ").append(s.revision()).append(",\n");
        sb.append("      \"coversWholeDocument\": ").append(s.coversWholeDocument()).append(",\n");
        optional(sb, "docMdpPermission", s.docMdpPermission().map(Object::toString));
        sb.append("      \"signer\": ")
                .append(s.signer().map(ReportWriter::certificate).orElse("null")).append(",\n");
        sb.append("      \"certificatePath\": [");
        for (int i = 0; i < s.certificatePath().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(certificate(s.certificatePath().get(i)));
        }
        sb.append("],\n      \"checks\": [");
        for (int i = 0; i < s.checks().size(); i++) {
            Check c = s.checks().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("        {\"name\": ").append(quote(c.name()))
                    .append(", \"passed\": ").append(c.passed()).append(", \"detail\": ")
                    .append(quote(c.detail())).append('}');
        }
        sb.append(s.checks().isEmpty() ? "]\n" : "\n      ]\n").append("    }");
    }

    private static String certificate(CertificateInfo c) {
        return "{\"subject\": " + quote(c.subject()) + ", \"issuer\": " + quote(c.issuer())
                + ", \"serialNumber\": " + quote(c.serialNumber()) + ", \"notBefore\": "
                + quote(c.notBefore().toString()) + ", \"notAfter\": "
                + quote(c.notAfter().toString()) + ", \"keyUsage\": "
                + c.keyUsage().stream().map(ReportWriter::quote).toList()
                + ", \"extendedKeyUsage\": "
                + c.extendedKeyUsage().stream().map(ReportWriter::quote).toList() + ", \"sha256\": "
                + quote(c.sha256()) + "}";
    }

    private static void optional(StringBuilder sb, String name, Optional<String> value) {
        sb.append("      ").append(quote(name)).append(": ")
                .append(value.map(ReportWriter::quote).orElse("null")).append(",\n");
    }

    private static void field(StringBuilder sb, int indent, String name, String value) {
        sb.append("  ".repeat(indent)).append(quote(name)).append(": ").append(quote(value))
                .append(",\n");
    }

    private static void reason(StringBuilder sb, int indent, Reason reason) {
        field(sb, indent, "reason", reason.name());
        field(sb, indent, "message", reason.english());
        field(sb, indent, "messageVi", reason.vietnamese());
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    static String text(VerificationReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Kết quả / Result: ").append(r.verdict().vietnamese()).append(" / ")
                .append(r.verdict().english()).append('\n');
        sb.append("  ").append(r.reason().vietnamese()).append('\n');
        sb.append("  ").append(r.reason().english()).append('\n');
        for (SignatureReport s : r.signatures()) {
            sb.append("Chữ ký / Signature '").append(s.fieldName()).append("' (")
                    .append(s.kind().name()).append(", ")
                    .append(s.level().map(Enum::name).orElse("no PAdES level")).append("): ")
                    .append(s.verdict().vietnamese()).append(" / ").append(s.verdict().english())
                    .append('\n');
            s.signer().ifPresent(c -> sb.append("  Người ký / Signer: ").append(c.subject())
                    .append("\n  Tổ chức cấp / Issuer: ").append(c.issuer()).append('\n'));
            s.claimedSigningTime().ifPresent(t -> sb.append("  Thời gian ký / Claimed time: ")
                    .append(t).append('\n'));
            s.timestampTime().ifPresent(t -> sb.append("  Dấu thời gian / Time-stamp: ")
                    .append(t).append('\n'));
            sb.append("  ").append(s.reason().vietnamese()).append(" / ")
                    .append(s.reason().english()).append('\n');
            for (Check c : s.failedChecks()) {
                sb.append("  ! ").append(c.name()).append(": ").append(c.detail()).append('\n');
            }
        }
        for (Change c : r.forbiddenChanges()) {
            sb.append("Thay đổi không được phép / Forbidden change (revision ").append(c.revision())
                    .append(", ").append(c.object()).append("): ").append(c.detail()).append('\n');
        }
        return sb.toString();
    }
}
