package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A schema-defining statement as the reader understood it. Rules that judge statements (migration safety) read
 * these; the model is what they add up to.
 */
public sealed interface DdlStatement {

    SourceLocation location();

    /**
     * {@code CREATE TABLE}. Columns carry their inline NOT NULL/DEFAULT/identity; inline and table constraints are
     * in {@code constraints}; MySQL inline indexes in {@code indexes}.
     *
     * @param like tables copied with {@code LIKE src INCLUDING …}
     */
    record CreateTable(QualifiedName name, List<Column> columns, List<TableConstraint> constraints,
                       List<Index> indexes, List<QualifiedName> like, Optional<Partitioning> partitioning,
                       Optional<PartitionOf> partitionOf, List<QualifiedName> inherits, boolean unlogged,
                       boolean temporary, boolean ifNotExists, Map<String, String> options,
                       SourceLocation location) implements DdlStatement {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            indexes = List.copyOf(indexes);
            like = List.copyOf(like);
            inherits = List.copyOf(inherits);
            options = Map.copyOf(options);
        }
    }

    /** {@code ALTER TABLE [IF EXISTS] [ONLY] t action, …}. */
    record AlterTable(QualifiedName table, boolean ifExists, List<AlterAction> actions, SourceLocation location)
            implements DdlStatement {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] …}. */
    record CreateIndex(Index index, boolean ifNotExists, SourceLocation location) implements DdlStatement {
    }

    /**
     * {@code DROP <kind> [CONCURRENTLY] [IF EXISTS] names [CASCADE]}, also MySQL {@code DROP INDEX i ON t}.
     *
     * @param objectKind lower case, e.g. {@code table}, {@code index}, {@code materialized view}
     */
    record Drop(String objectKind, List<QualifiedName> names, boolean ifExists, boolean cascade,
                boolean concurrently, Optional<QualifiedName> onTable, SourceLocation location)
            implements DdlStatement {
        public Drop {
            names = List.copyOf(names);
        }
    }

    /** {@code CREATE TYPE … AS ENUM (…)}. */
    record CreateEnum(EnumType type, SourceLocation location) implements DdlStatement {
    }

    /** {@code ALTER TYPE … ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']} or {@code RENAME VALUE 'a' TO 'b'}. */
    record AlterEnum(QualifiedName type, String value, Optional<String> before, Optional<String> after,
                     Optional<String> renamedFrom, boolean ifNotExists, SourceLocation location)
            implements DdlStatement {
    }

    /** {@code CREATE DOMAIN}. */
    record CreateDomain(Domain domain, SourceLocation location) implements DdlStatement {
    }

    /** {@code CREATE SEQUENCE}. */
    record CreateSequence(QualifiedName name, Optional<DataType> type, Optional<ColumnRef> ownedBy,
                          boolean ifNotExists, SourceLocation location) implements DdlStatement {
    }

    /** {@code ALTER SEQUENCE … [OWNED BY t.c] [AS type]}; other options are recognised and ignored. */
    record AlterSequence(QualifiedName name, Optional<ColumnRef> ownedBy, Optional<DataType> type,
                         SourceLocation location) implements DdlStatement {
    }

    /** {@code CREATE [OR REPLACE] [MATERIALIZED] VIEW}. */
    record CreateView(View view, boolean orReplace, SourceLocation location) implements DdlStatement {
    }

    /**
     * {@code COMMENT ON <kind> <target> IS '…'}; {@code text} is empty for {@code IS NULL}.
     *
     * @param objectKind lower case, e.g. {@code table}, {@code column}
     * @param target     for a column, the table name plus {@code column}; for others, the name
     */
    record CommentOn(String objectKind, QualifiedName target, Optional<String> column, Optional<String> text,
                     SourceLocation location) implements DdlStatement {
    }

    /** {@code CREATE EXTENSION}. */
    record CreateExtension(Extension extension, boolean ifNotExists, SourceLocation location)
            implements DdlStatement {
    }

    /** {@code CREATE SCHEMA}, with the CREATE statements embedded in it ({@code CREATE SCHEMA s CREATE TABLE …}). */
    record CreateSchema(Schema schema, boolean ifNotExists, List<DdlStatement> elements, SourceLocation location)
            implements DdlStatement {
        public CreateSchema {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code ALTER INDEX|VIEW|SEQUENCE|TYPE|MATERIALIZED VIEW … RENAME TO …}, MySQL {@code RENAME TABLE a TO b}.
     */
    record Rename(String objectKind, QualifiedName from, String to, SourceLocation location)
            implements DdlStatement {
    }

    /** A schema-defining statement that changes nothing the model holds (ALTER … OWNER TO, ALTER INDEX … SET). */
    record Ignored(String reason, SourceLocation location) implements DdlStatement {
    }
}
