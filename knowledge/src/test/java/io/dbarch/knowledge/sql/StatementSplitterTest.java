package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<String> split(String sql, Dialect dialect) {
        return StatementSplitter.split(SourceText.of("t.sql", sql), dialect).stream().map(RawStatement::text).toList();
    }

    @Test
    void should_keep_semicolons_inside_quotes_and_comments() {
        // given
        String sql = """
                insert into t values ('a;b', 'it''s; fine', E'esc\\'; x');
                select "odd;name" from t; -- trailing; comment
                /* outer /* nested; */ still comment; */ select 2;
                """;
        // when
        List<String> statements = split(sql, Dialect.POSTGRESQL);
        // then
        assertThat(statements).containsExactly(
                "insert into t values ('a;b', 'it''s; fine', E'esc\\'; x')",
                "select \"odd;name\" from t",
                "select 2");
    }

    @Test
    void should_keep_dollar_quoted_bodies_whole_when_tags_differ() {
        // given
        String sql = """
                create function f() returns int language plpgsql as $body$
                begin perform 1; return $x$;$x$::int; end $body$;
                select 1;
                """;
        // when
        List<String> statements = split(sql, Dialect.POSTGRESQL);
        // then
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).endsWith("end $body$");
    }

    @Test
    void should_treat_psql_meta_commands_and_copy_data_as_their_own_statements() {
        // given
        String sql = """
                \\restrict abc123
                \\connect shop
                COPY t (a, b) FROM stdin;
                1	x;y
                2	'z
                \\.
                create table after_copy (id int);
                """;
        // when
        List<RawStatement> statements = StatementSplitter.split(SourceText.of("d.sql", sql), Dialect.POSTGRESQL);
        // then
        assertThat(statements).extracting(RawStatement::text).containsExactly(
                "\\restrict abc123", "\\connect shop", "COPY t (a, b) FROM stdin", "create table after_copy (id int)");
        assertThat(statements.get(3).location().line()).isEqualTo(7);
        assertThat(statements.get(0).meta()).isTrue();
        assertThat(statements.get(3).meta()).isFalse();
    }

    @Test
    void should_follow_mysql_delimiter_changes() {
        // given
        String sql = """
                DELIMITER ;;
                CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END;;
                DELIMITER ;
                CREATE TABLE `y` (`id` int) ENGINE=InnoDB;
                """;
        // when
        List<String> statements = split(sql, Dialect.MYSQL);
        // then
        assertThat(statements).containsExactly("DELIMITER ;;",
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END",
                "DELIMITER ;", "CREATE TABLE `y` (`id` int) ENGINE=InnoDB");
    }

    @Test
    void should_keep_begin_atomic_bodies_whole() {
        // given
        String sql = "create function f() returns int begin atomic select 1; select case when true then 2 end; end;"
                + " select 3;";
        // when / then
        assertThat(split(sql, Dialect.POSTGRESQL)).hasSize(2);
    }

    @Test
    void should_report_unterminated_quote_with_its_position() {
        // given
        String sql = "select 1;\nselect 'never closed from here;\nselect 2;";
        // when
        List<RawStatement> statements = StatementSplitter.split(SourceText.of("u.sql", sql), Dialect.POSTGRESQL);
        // then
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).problem()).contains("unterminated quoted string starting at u.sql:2:8");
        assertThat(statements.get(0).problem()).isEmpty();
    }

    @Test
    void should_report_the_comments_before_a_statement() {
        // given
        String sql = "-- dbarch:ignore require-concurrent-index\ncreate index i on t (a);";
        // when
        RawStatement statement = StatementSplitter.split(SourceText.of("c.sql", sql), Dialect.POSTGRESQL).get(0);
        // then
        assertThat(statement.comments()).containsExactly("-- dbarch:ignore require-concurrent-index");
        assertThat(statement.location().line()).isEqualTo(2);
    }
}
