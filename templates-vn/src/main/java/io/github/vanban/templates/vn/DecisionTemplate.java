// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.templates.vn;

import io.github.vanban.core.model.AdministrativeDocument;
import io.github.vanban.core.model.Appendix;
import io.github.vanban.core.model.BodyBlock;
import io.github.vanban.core.model.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mẫu 1.2, Quyết định (cá biệt): "QUYẾT ĐỊNH" and the subject, the issuing authority's line
 * (the head's title, or the collective body) in bold capitals, the italic "Căn cứ …;" lines, the
 * italic "Theo đề nghị của … ." line, "QUYẾT ĐỊNH:", then "Điều 1." … with bold labels; symbol
 * "QĐ-&lt;agency&gt;".
 *
 * <p>With an {@linkplain #issued() issued document} it is Mẫu 1.3: the decision issues or
 * approves that document (a Quy chế, Quy định, Kế hoạch …), printed after the decision on new
 * pages with the issuing body's header (no number or date), its type name and subject, and the
 * italic "(Kèm theo Quyết định số … ngày … của …)" line.
 *
 * @param particulars the common particulars
 * @param subject the subject, e.g. "Về việc thành lập Tổ công tác …"
 * @param authority the authority line, e.g. "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
 * @param bases the legal bases, each starting "Căn cứ"; the closing punctuation is generated
 * @param proposal who proposed it, printed "Theo đề nghị của &lt;proposal&gt;.", if any
 * @param body the articles, e.g. from {@link StructuredBody}
 * @param issued the document the decision issues or approves (form 1.3), if any
 */
public record DecisionTemplate(
        Particulars particulars,
        String subject,
        String authority,
        List<String> bases,
        Optional<String> proposal,
        List<BodyBlock> body,
        Optional<Appendix> issued) implements FormTemplate {

    /** The line that opens the decided articles. */
    public static final String DECIDES = "QUYẾT ĐỊNH:";

    /** The words that open the proposal line. */
    public static final String PROPOSAL_PREFIX = "Theo đề nghị của ";

    /** Creates the template. */
    public DecisionTemplate {
        Objects.requireNonNull(particulars, "particulars");
        subject = Texts.required(subject, "subject");
        authority = Texts.required(authority, "authority");
        bases = List.copyOf(bases);
        proposal = Objects.requireNonNull(proposal, "proposal").map(p -> Texts.required(p, "proposal"));
        body = Texts.nonEmpty(body, "body");
        Objects.requireNonNull(issued, "issued");
        if (issued.isPresent() && !issued.get().isIssuedDocument()) {
            throw new IllegalArgumentException("issued must be made with Appendix.issuedDocument(type, subject, body)");
        }
    }

    /**
     * Returns a builder.
     *
     * @param particulars the common particulars
     * @return a builder with no bases, proposal or articles
     */
    public static Builder builder(Particulars particulars) {
        return new Builder(particulars);
    }

    @Override
    public Form form() {
        return issued.isPresent() ? Form.QUYET_DINH_BAN_HANH : Form.QUYET_DINH;
    }

    @Override
    public AdministrativeDocument document() {
        List<BodyBlock> blocks = new ArrayList<>();
        blocks.add(new BodyBlock.Centered(Texts.upper(authority), true));
        blocks.addAll(Texts.bases(bases, proposal.isPresent()));
        proposal.ifPresent(p -> blocks.add(new BodyBlock.Basis(PROPOSAL_PREFIX + Texts.strip(
                p.startsWith(PROPOSAL_PREFIX) ? p.substring(PROPOSAL_PREFIX.length()) : p) + ".")));
        blocks.add(new BodyBlock.Centered(DECIDES, true));
        blocks.addAll(body);
        return particulars.start(DocumentType.QUYET_DINH, particulars.symbol(DocumentType.QUYET_DINH))
                .subject(subject)
                .body(blocks)
                .appendices(issued.map(List::of).orElse(List.of()))
                .build();
    }

    /** Builds a {@link DecisionTemplate}; a single-thread scratch object. */
    public static final class Builder {
        private final Particulars particulars;
        private String subject = "";
        private String authority = "";
        private final List<String> bases = new ArrayList<>();
        private String proposal;
        private List<BodyBlock> body = new ArrayList<>();
        private Appendix issued;

        private Builder(Particulars particulars) {
            this.particulars = Objects.requireNonNull(particulars, "particulars");
        }

        /**
         * Sets the subject.
         *
         * @param subject e.g. "Về việc thành lập …"
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = Objects.requireNonNull(subject, "subject");
            return this;
        }

        /**
         * Sets the authority line.
         *
         * @param authority e.g. "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
         * @return this builder
         */
        public Builder authority(String authority) {
            this.authority = Objects.requireNonNull(authority, "authority");
            return this;
        }

        /**
         * Adds a legal basis.
         *
         * @param basis e.g. "Căn cứ Luật Tổ chức chính quyền địa phương"
         * @return this builder
         */
        public Builder basis(String basis) {
            bases.add(Objects.requireNonNull(basis, "basis"));
            return this;
        }

        /**
         * Sets who proposed the decision.
         *
         * @param proposal e.g. "Chánh Văn phòng Sở"
         * @return this builder
         */
        public Builder proposal(String proposal) {
            this.proposal = Objects.requireNonNull(proposal, "proposal");
            return this;
        }

        /**
         * Sets the articles.
         *
         * @param body the numbered body
         * @return this builder
         */
        public Builder body(List<BodyBlock> body) {
            this.body = new ArrayList<>(body);
            return this;
        }

        /**
         * Sets the document the decision issues or approves (form 1.3).
         *
         * @param type its type, e.g. {@link DocumentType#QUY_CHE}
         * @param subject its subject
         * @param body its content, e.g. from {@link StructuredBody}
         * @return this builder
         */
        public Builder issues(DocumentType type, String subject, List<BodyBlock> body) {
            this.issued = Appendix.issuedDocument(type, subject, body);
            return this;
        }

        /**
         * Builds the template.
         *
         * @return the template
         * @throws IllegalArgumentException naming the first missing field
         */
        public DecisionTemplate build() {
            return new DecisionTemplate(particulars, subject, authority, bases, Optional.ofNullable(proposal), body,
                    Optional.ofNullable(issued));
        }
    }
}
