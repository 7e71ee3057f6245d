package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCallsTest {

    private static final SchemaModel WITH_PGCRYPTO = Schemas.postgres("CREATE EXTENSION pgcrypto;");

    @Test
    void should_name_user_functions_when_the_sql_calls_them() {
        // given
        List<String> sql = List.of("SELECT hot_rank(score, published), app.slugify(name) FROM post",
                "reverse_sort(published)");

        // when / then
        assertThat(FunctionCalls.unknown(sql, WITH_PGCRYPTO)).containsExactly("app.slugify", "hot_rank", "reverse_sort");
    }

    @Test
    void should_accept_builtins_syntax_casts_extension_functions_and_literals() {
        // given
        List<String> sql = List.of(
                "SELECT count(*), coalesce(x, 0), lower(s), 'a(b)'::character varying(20)"
                        + " FROM t WHERE s IN ('x') AND n = ANY (ARRAY[1, 2]) AND crypt(p, gen_salt('bf')) <> ''",
                "nextval('t_id_seq'::regclass)", "(now() - interval '1 day')::timestamp(3) without time zone");

        // when / then
        assertThat(FunctionCalls.unknown(sql, WITH_PGCRYPTO)).isEmpty();
    }
}
