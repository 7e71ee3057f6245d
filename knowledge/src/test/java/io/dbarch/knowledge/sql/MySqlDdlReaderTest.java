package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.Table;
import org.junit.jupiter.api.Test;

class MySqlDdlReaderTest {

    private static final String SCHEMA = """
            DELIMITER ;;
            CREATE TRIGGER t_ins BEFORE INSERT ON `film` FOR EACH ROW BEGIN SET NEW.x = 1; END;;
            DELIMITER ;
            CREATE TABLE `film` (
              `film_id` SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
              `title` VARCHAR(128) CHARACTER SET utf8 NOT NULL COMMENT 'display title',
              `rating` ENUM('G','PG','R') DEFAULT 'G',
              `language_id` TINYINT UNSIGNED NOT NULL,
              `password` VARCHAR(40) BINARY DEFAULT NULL,
              `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              PRIMARY KEY (`film_id`),
              UNIQUE KEY `uq_title` (`title`),
              KEY `idx_lang` (`language_id`),
              FULLTEXT KEY `ft_title` (`title`),
              CONSTRAINT `fk_film_language` FOREIGN KEY (`language_id`) REFERENCES `language` (`language_id`)
                ON DELETE RESTRICT ON UPDATE CASCADE
            ) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COMMENT='films';
            ALTER TABLE film ADD COLUMN length SMALLINT AFTER title, ADD INDEX (length),
                MODIFY COLUMN title VARCHAR(255) NOT NULL, DROP INDEX idx_lang;
            """;

    @Test
    void should_detect_mysql_and_read_inline_keys_auto_increment_and_table_options() {
        // when
        ReadResult result = new DdlReader().read(SourceText.of("sakila.sql", SCHEMA));
        Table film = result.model().table("film").orElseThrow();
        Column id = film.column("film_id").orElseThrow();
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().dialect()).isEqualTo(Dialect.MYSQL);
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.type().normalized()).isEqualTo("smallint unsigned");
        assertThat(id.nullable()).isFalse();
        assertThat(film.column("rating").orElseThrow().type().modifiers()).containsExactly("'G'", "'PG'", "'R'");
        assertThat(film.column("title").orElseThrow().type().normalized()).isEqualTo("varchar(255)");
        assertThat(film.columns()).extracting(Column::name).containsExactlyInAnyOrder("film_id", "title", "length", "rating",
                "language_id", "password", "last_update");
        assertThat(film.primaryKey()).hasValueSatisfying(pk -> assertThat(pk.columns()).containsExactly("film_id"));
        assertThat(film.uniqueConstraints()).singleElement().satisfies(u -> assertThat(u.name()).contains("uq_title"));
        assertThat(film.indexes()).extracting(i -> i.method() + ":" + i.leadingColumns())
                .containsExactly("fulltext:[title]", "btree:[length]");
        assertThat(film.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
            assertThat(fk.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        });
        assertThat(film.options()).containsEntry("engine", "InnoDB").containsEntry("charset", "utf8mb4");
        assertThat(film.comment()).contains("films");
        assertThat(result.statements()).extracting(SqlStatement::kind).contains(StatementKind.CREATE_TRIGGER);
    }

    @Test
    void should_read_postgresql_when_the_text_has_no_mysql_markers() {
        // when
        ReadResult result = new DdlReader().read(SourceText.of("pg.sql",
                "-- uses `backticks` only in a comment\nCREATE TABLE t (id bigserial PRIMARY KEY, doc jsonb);"));
        // then
        assertThat(result.model().dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(result.diagnostics()).isEmpty();
    }
}
