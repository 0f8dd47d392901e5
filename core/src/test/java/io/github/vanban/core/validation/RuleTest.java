// SPDX-License-Identifier: Apache-2.0
package io.github.vanban.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void gives_every_rule_a_unique_nd30_id() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("ND30(-[A-Z]+)+"));
    }

    @Test
    void names_the_decree_as_the_legal_basis_of_every_rule() {
        assertThat(Rule.values()).allSatisfy(rule -> {
            assertThat(rule.legalBasis()).startsWith("Decree 30/2020/NĐ-CP, ");
            assertThat(rule.vietnameseTerm()).isNotBlank();
            assertThat(rule.messageTemplate()).endsWith(".");
        });
    }

    @Test
    void finds_a_rule_by_its_id() {
        assertThat(Rule.ofId("ND30-SYMBOL-LEGACY-ABBREVIATION")).isEqualTo(Rule.SYMBOL_LEGACY_ABBREVIATION);
    }

    @Test
    void rejects_an_unknown_id_and_quotes_it() {
        assertThatThrownBy(() -> Rule.ofId("ND30-NOPE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule has the id \"ND30-NOPE\"");
    }

    @Test
    void rejects_a_finding_whose_pointer_is_not_a_json_pointer() {
        assertThatThrownBy(() -> new Finding(Rule.BODY_EMPTY, "body", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pointer must be empty or start with \"/\", was \"body\"");
    }
}
