package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.List;
import java.util.Optional;

/** One action of an {@code ALTER TABLE}. */
public sealed interface AlterAction {

    /** {@code ADD [COLUMN] [IF NOT EXISTS] c type …}; inline constraints in {@code constraints}. */
    record AddColumn(Column column, List<TableConstraint> constraints, boolean ifNotExists) implements AlterAction {
        public AddColumn {
            constraints = List.copyOf(constraints);
        }
    }

    record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction {
    }

    /** {@code ALTER [COLUMN] c [SET DATA] TYPE t [USING …]}. */
    record AlterColumnType(String column, DataType type, Optional<String> using) implements AlterAction {
    }

    record SetDefault(String column, String expression) implements AlterAction {
    }

    record DropDefault(String column) implements AlterAction {
    }

    record SetNotNull(String column) implements AlterAction {
    }

    record DropNotNull(String column) implements AlterAction {
    }

    /** {@code ALTER c ADD GENERATED … AS IDENTITY} or {@code DROP IDENTITY}. */
    record SetIdentity(String column, Identity identity) implements AlterAction {
    }

    /** {@code ADD [CONSTRAINT n] …}; NOT VALID is on the constraint. */
    record AddConstraint(TableConstraint constraint) implements AlterAction {
    }

    /** {@code ADD CONSTRAINT n PRIMARY KEY|UNIQUE USING INDEX i}. */
    record AddConstraintUsingIndex(String name, boolean primaryKey, String index) implements AlterAction {
    }

    record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterAction {
    }

    record ValidateConstraint(String name) implements AlterAction {
    }

    record RenameColumn(String from, String to) implements AlterAction {
    }

    record RenameConstraint(String from, String to) implements AlterAction {
    }

    record RenameTable(String to) implements AlterAction {
    }

    record SetSchema(String schema) implements AlterAction {
    }

    record AttachPartition(QualifiedName partition, String bound) implements AlterAction {
    }

    record DetachPartition(QualifiedName partition, boolean concurrently) implements AlterAction {
    }

    /** MySQL {@code ADD INDEX|KEY|UNIQUE|FULLTEXT …}. */
    record AddIndex(Index index) implements AlterAction {
    }

    /** MySQL {@code DROP INDEX|KEY i}. */
    record DropIndex(String name) implements AlterAction {
    }

    /** MySQL {@code CHANGE [COLUMN] old new-definition} and {@code MODIFY [COLUMN] definition}. */
    record ChangeColumn(String from, Column column) implements AlterAction {
    }

    /**
     * Recognised and deliberately not modelled: OWNER TO, SET (storage options), ENABLE TRIGGER, CLUSTER ON,
     * REPLICA IDENTITY, MySQL ENGINE=…, and the like; {@code text} is the action as written.
     */
    record Other(String text) implements AlterAction {
    }
}
