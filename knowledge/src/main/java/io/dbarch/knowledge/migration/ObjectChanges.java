package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.Sequence;

/** Changes to schemas, extensions, types, sequences and views. */
final class ObjectChanges {

    private ObjectChanges() {
    }

    record CreateSchema(Schema schema) implements Change {
        @Override
        public String describe() {
            return "create schema " + schema.name();
        }
    }

    record DropSchema(Schema schema) implements Change {
        @Override
        public String describe() {
            return "drop schema " + schema.name();
        }
    }

    record SchemaComment(Schema schema) implements Change {
        @Override
        public String describe() {
            return "comment on schema " + schema.name();
        }
    }

    record CreateExtension(Extension extension) implements Change {
        @Override
        public String describe() {
            return "create extension " + extension.name();
        }
    }

    record DropExtension(Extension extension) implements Change {
        @Override
        public String describe() {
            return "drop extension " + extension.name();
        }
    }

    record CreateEnum(EnumType type) implements Change {
        @Override
        public String describe() {
            return "create enum " + type.name() + " " + type.labels();
        }
    }

    record AlterEnum(EnumType before, EnumType after) implements Change {
        @Override
        public String describe() {
            return "change enum " + after.name() + " " + before.labels() + " -> " + after.labels();
        }
    }

    record DropEnum(EnumType type) implements Change {
        @Override
        public String describe() {
            return "drop enum " + type.name();
        }
    }

    record CreateDomain(Domain domain) implements Change {
        @Override
        public String describe() {
            return "create domain " + domain.name();
        }
    }

    record AlterDomain(Domain before, Domain after) implements Change {
        @Override
        public String describe() {
            return "change domain " + after.name();
        }
    }

    record DropDomain(Domain domain) implements Change {
        @Override
        public String describe() {
            return "drop domain " + domain.name();
        }
    }

    record CreateSequence(Sequence sequence) implements Change {
        @Override
        public String describe() {
            return "create sequence " + sequence.name();
        }
    }

    record AlterSequence(Sequence before, Sequence after) implements Change {
        @Override
        public String describe() {
            return "change sequence " + after.name();
        }
    }

    /** A sequence renamed (and, when {@code altered}, also changed in type or owner). */
    record RenameSequence(Sequence before, Sequence after, boolean altered) implements Change {
        @Override
        public String describe() {
            return "rename sequence " + before.name() + " to " + after.name();
        }
    }

    record DropSequence(Sequence sequence) implements Change {
        @Override
        public String describe() {
            return "drop sequence " + sequence.name();
        }
    }

}
