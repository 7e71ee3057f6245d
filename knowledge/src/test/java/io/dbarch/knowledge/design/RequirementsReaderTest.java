package io.dbarch.knowledge.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsReaderTest {

    private final RequirementsReader reader = new RequirementsReader();

    @Test
    void should_read_sample_saas_requirements_when_yaml_is_valid() {
        // when
        RequirementsReadResult result = reader.read(Samples.text(Samples.SAAS));

        // then
        assertThat(result.errors()).isEmpty();
        Requirements r = result.orElseThrow();
        assertThat(r.domain().entities()).hasSize(8);
        assertThat(r.domain().entity("task").orElseThrow().growthPercentPerYear()).isEqualTo(45);
        assertThat(r.domain().entity("project").orElseThrow().growthPercentPerYear()).isEqualTo(40);
        assertThat(r.tenancy().tenants()).isEqualTo(3000);
        assertThat(r.slas().rpoScope()).isEqualTo(Slas.FailureScope.REGION);
        assertThat(r.platform().provider()).contains("aws");
        assertThat(r.domain().entity("app_user").orElseThrow().attribute("email").orElseThrow().personal()).isTrue();
    }

    @Test
    void should_list_defaults_as_assumptions_when_only_a_name_is_given() {
        // when
        Requirements r = reader.read("name: Minimal").orElseThrow();

        // then
        assertThat(r.slas().availabilityPercent()).isEqualTo(99.9);
        assertThat(r.platform().engine()).isEqualTo(Platform.Engine.POSTGRESQL);
        assertThat(r.assumptions()).extracting(Assumption::field).contains("slas.availabilityPercent",
                "slas.rpoSeconds", "slas.rtoMinutes", "platform.engine", "workload.growthPercentPerYear",
                "platform.backup.restoreGbPerHour", "slas.regions");
        assertThat(r.assumptions()).allSatisfy(a -> assertThat(a.reason()).isNotBlank());
    }

    @Test
    void should_not_list_a_value_as_assumption_when_it_is_stated() {
        // when
        Requirements r = reader.read("name: X\nslas: {availabilityPercent: 99.99, rtoMinutes: 5}").orElseThrow();

        // then
        assertThat(r.assumptions()).extracting(Assumption::field)
                .doesNotContain("slas.availabilityPercent", "slas.rtoMinutes");
    }

    @Test
    void should_read_json_when_document_starts_with_a_brace() {
        // when
        Requirements r = reader.read("{\"name\": \"J\", \"slas\": {\"p99LatencyMs\": 20}}").orElseThrow();

        // then
        assertThat(r.name()).isEqualTo("J");
        assertThat(r.slas().p99LatencyMs()).isEqualTo(20);
    }

    @Test
    void should_name_field_and_expected_form_when_a_number_is_text() {
        // when
        RequirementsReadResult result = reader.read("name: X\nslas:\n  availabilityPercent: four nines\n");

        // then
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("slas.availabilityPercent");
            assertThat(e.message()).contains("expected a number", "\"four nines\"", "99.95");
        });
    }

    @Test
    void should_give_range_when_a_number_is_out_of_bounds() {
        // when
        List<ValidationError> errors = reader.read("name: X\nslas: {availabilityPercent: 100}").errors();

        // then
        assertThat(errors).singleElement().hasToString(
                "slas.availabilityPercent: expected a number from 90 to 99.9999, got 100; example: 99.95");
    }

    @Test
    void should_suggest_the_known_field_when_a_field_is_misspelt() {
        // when
        List<ValidationError> errors = reader.read("name: X\nslas: {rpoSecond: 0}").errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("slas.rpoSecond");
            assertThat(e.message()).contains("did you mean rpoSeconds?");
        });
    }

    @Test
    void should_suggest_the_value_when_an_enum_value_is_misspelt() {
        // when
        List<ValidationError> errors = reader.read("name: X\nplatform: {engine: postgres}").errors();

        // then
        assertThat(errors).singleElement().satisfies(e ->
                assertThat(e.message()).contains("expected one of postgresql, mysql", "did you mean postgresql?"));
    }

    @Test
    void should_report_the_path_with_indexes_when_an_attribute_type_is_unknown() {
        // when
        List<ValidationError> errors = reader.read("""
                name: X
                domain:
                  entities:
                    - name: customer
                      attributes: [{name: email, type: email}, {name: balance, type: float}]
                """).errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("domain.entities[0].attributes[1].type");
            assertThat(e.message()).contains("\"float\"", "money", "decimal(P,S)");
        });
    }

    @Test
    void should_report_unknown_entity_when_a_relationship_points_nowhere() {
        // when
        List<ValidationError> errors = reader.read("""
                name: X
                domain:
                  entities: [{name: customer}, {name: purchase_order}]
                  relationships: [{from: purchase_order, to: client, kind: many-to-one}]
                """).errors();

        // then
        assertThat(errors).singleElement().hasToString(
                "domain.relationships[0].to: unknown entity 'client'; known: customer, purchase_order");
    }

    @Test
    void should_reject_reserved_words_when_used_as_entity_names() {
        // when
        List<ValidationError> errors = reader.read("name: X\ndomain: {entities: [{name: order}]}").errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("domain.entities[0].name");
            assertThat(e.message()).contains("reserved word");
        });
    }

    @Test
    void should_require_values_when_an_attribute_is_a_status() {
        // when
        List<ValidationError> errors = reader.read(
                "name: X\ndomain: {entities: [{name: ticket, attributes: [{name: state, type: status}]}]}").errors();

        // then
        assertThat(errors).singleElement().satisfies(e ->
                assertThat(e.field()).isEqualTo("domain.entities[0].attributes[0].values"));
    }

    @Test
    void should_reject_unknown_regions_with_a_suggestion_when_a_region_is_misspelt() {
        // when
        List<ValidationError> errors = reader.read("name: X\nslas: {regions: [eu-west1]}").errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("slas.regions[0]");
            assertThat(e.message()).contains("did you mean eu-west-1?");
        });
    }

    @Test
    void should_report_line_and_column_when_yaml_is_broken() {
        // when
        List<ValidationError> errors = reader.read("name: X\nslas: [unclosed\n  p99LatencyMs: 3").errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("$");
            assertThat(e.message()).startsWith("not readable as YAML at line");
        });
    }

    @Test
    void should_require_a_name_when_the_document_has_none() {
        // when
        List<ValidationError> errors = reader.read("summary: nothing else").errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.message()).startsWith("is required");
        });
    }

    @Test
    void should_refuse_the_document_when_it_is_too_large() {
        // when
        List<ValidationError> errors = reader.read("name: X\n#" + "x".repeat(RequirementsReader.MAX_CHARS)).errors();

        // then
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).contains("at most 1,000,000"));
    }

    @Test
    void should_reject_shares_when_they_add_up_to_more_than_100_percent() {
        // when
        List<ValidationError> errors = reader.read("""
                name: X
                domain: {entities: [{name: ticket}]}
                workload:
                  queries:
                    - {name: a, entity: ticket, kind: read, sharePercent: 70}
                    - {name: b, entity: ticket, kind: insert, sharePercent: 40}
                """).errors();

        // then
        assertThat(errors).singleElement().hasToString("workload.queries: the shares add up to 110%; expected at most 100");
    }
}
