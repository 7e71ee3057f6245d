package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableSelectorTest {

    /** country <- city <- address <- customer <- rental; audit_log stands alone. */
    private static ErdGraph chain() {
        var s = SchemaFixture.schema();
        s.table("country").id("country_id");
        s.table("city").id("city_id").column("country_id", "integer", true).fk("country_id", "country");
        s.table("address").id("address_id").column("city_id", "integer", true).fk("city_id", "city");
        s.table("customer").id("customer_id").column("address_id", "integer", true).fk("address_id", "address");
        s.table("rental").id("rental_id").column("customer_id", "integer", true).fk("customer_id", "customer");
        s.table("audit_log").id("id");
        return ErdGraphBuilder.build(s.build());
    }

    private static List<String> names(Set<QualifiedName> names) {
        return names.stream().map(QualifiedName::name).toList();
    }

    @Test
    void should_keep_neighbours_within_depth_when_focusing_on_a_table() {
        // when
        var depth1 = TableSelector.select(chain(), ErdOptions.defaults().withFocus("address", 1));
        var depth2 = TableSelector.select(chain(), ErdOptions.defaults().withFocus("ADDRESS", 2));
        var depth0 = TableSelector.select(chain(), ErdOptions.defaults().withFocus("public.address", 0));

        // then
        assertThat(names(depth1)).containsExactlyInAnyOrder("city", "address", "customer");
        assertThat(names(depth2)).containsExactlyInAnyOrder("country", "city", "address", "customer", "rental");
        assertThat(names(depth0)).containsExactly("address");
    }

    @Test
    void should_name_closest_tables_when_focus_is_unknown() {
        // when / then
        assertThatThrownBy(() -> TableSelector.select(chain(), ErdOptions.defaults().withFocus("adress", 1)))
                .isInstanceOf(ErdException.class)
                .hasMessageStartingWith("Unknown table 'adress'; closest names: public.address");
    }

    @Test
    void should_apply_include_then_exclude_when_both_are_given() {
        // when
        var selected = TableSelector.select(chain(),
                ErdOptions.defaults().withInclude(List.of("c*", "address")).withExclude(List.of("country")));

        // then
        assertThat(names(selected)).containsExactlyInAnyOrder("city", "customer", "address");
    }

    @Test
    void should_explain_when_patterns_leave_no_table() {
        // when / then
        assertThatThrownBy(() -> TableSelector.select(chain(), ErdOptions.defaults().withInclude(List.of("zz*"))))
                .isInstanceOf(ErdException.class)
                .hasMessageContaining("No table is left after the include [zz*]")
                .hasMessageContaining("the schema has 6 tables (public.address, public.audit_log");
    }

    @Test
    void should_not_walk_through_excluded_tables_when_focusing() {
        // when
        var selected = TableSelector.select(chain(),
                ErdOptions.defaults().withExclude(List.of("city")).withFocus("address", 3));

        // then
        assertThat(names(selected)).containsExactlyInAnyOrder("address", "customer", "rental");
    }

    @Test
    void should_refuse_when_schema_has_no_tables() {
        // when / then
        assertThatThrownBy(() -> TableSelector.select(ErdGraphBuilder.build(SchemaFixture.schema().build()),
                ErdOptions.defaults()))
                .isInstanceOf(ErdException.class).hasMessageContaining("no tables to draw");
    }
}
