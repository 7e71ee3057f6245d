package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.AlterDomain;
import io.dbarch.knowledge.migration.ObjectChanges.AlterEnum;
import io.dbarch.knowledge.migration.ObjectChanges.AlterSequence;
import io.dbarch.knowledge.migration.ObjectChanges.CreateDomain;
import io.dbarch.knowledge.migration.ObjectChanges.CreateEnum;
import io.dbarch.knowledge.migration.ObjectChanges.CreateExtension;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSchema;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSequence;
import io.dbarch.knowledge.migration.ObjectChanges.DropDomain;
import io.dbarch.knowledge.migration.ObjectChanges.DropEnum;
import io.dbarch.knowledge.migration.ObjectChanges.DropExtension;
import io.dbarch.knowledge.migration.ObjectChanges.DropSchema;
import io.dbarch.knowledge.migration.ObjectChanges.DropSequence;
import io.dbarch.knowledge.migration.ObjectChanges.SchemaComment;
import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Sequence;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Compares schemas, extensions, enum types, domains and sequences. */
final class ObjectDiffer {

    private final SchemaModel from;
    private final SchemaModel to;
    private final SourceMapper mapper;
    private final String defaultSchema;

    ObjectDiffer(SchemaModel from, SchemaModel to, SourceMapper mapper) {
        this.from = from;
        this.to = to;
        this.mapper = mapper;
        this.defaultSchema = to.dialect().defaultSchema();
    }

    void diff(List<Change> out) {
        schemas(out);
        Matching.pairs(from.extensions(), to.extensions(), e -> e.name(), (a, b) -> Optional.empty(),
                e -> out.add(new CreateExtension(e)), e -> out.add(new DropExtension(e)), out);
        Matching.pairs(from.enums(), to.enums(), e -> key(e.name()),
                (a, b) -> a.labels().equals(b.labels()) ? Optional.empty() : Optional.of(new AlterEnum(a, b)),
                e -> out.add(new CreateEnum(e)), e -> out.add(new DropEnum(e)), out);
        Matching.pairs(from.domains(), to.domains(), d -> key(d.name()), ObjectDiffer::domain,
                d -> out.add(new CreateDomain(d)), d -> out.add(new DropDomain(d)), out);
        Matching.pairs(from.sequences(), to.sequences(), s -> mapper.sequence(key(s.name())), this::sequence,
                s -> out.add(new CreateSequence(s)), s -> {
                    if (!droppedWithOwner(s)) {
                        out.add(new DropSequence(s));
                    }
                }, out);
    }

    private void schemas(List<Change> out) {
        Set<String> existing = used(from);
        Set<String> wanted = used(to);
        for (String name : wanted) {
            if (!existing.contains(name)) {
                Schema schema = to.schemas().stream().filter(s -> s.name().equals(name)).findFirst()
                        .orElse(new Schema(name, Optional.empty(), SourceLocation.UNKNOWN));
                out.add(new CreateSchema(schema));
            }
        }
        for (Schema schema : from.schemas()) {
            if (!wanted.contains(schema.name())) {
                out.add(new DropSchema(schema));
            }
        }
        for (Schema target : to.schemas()) {
            from.schemas().stream().filter(s -> s.name().equals(target.name())).findFirst()
                    .filter(s -> !s.comment().equals(target.comment()))
                    .ifPresent(s -> out.add(new SchemaComment(target)));
        }
    }

    /** Schemas the model declares or puts objects in, without the default schema. */
    private Set<String> used(SchemaModel model) {
        Set<String> names = new TreeSet<>();
        model.schemas().forEach(s -> names.add(s.name()));
        model.tables().forEach(t -> names.add(t.name().inSchema(defaultSchema).schema()));
        model.views().forEach(v -> names.add(v.name().inSchema(defaultSchema).schema()));
        model.enums().forEach(e -> names.add(e.name().inSchema(defaultSchema).schema()));
        model.domains().forEach(d -> names.add(d.name().inSchema(defaultSchema).schema()));
        model.sequences().forEach(s -> names.add(s.name().inSchema(defaultSchema).schema()));
        names.remove(defaultSchema);
        names.remove("");
        return names;
    }

    private static Optional<Change> domain(Domain a, Domain b) {
        boolean same = Types.same(a.baseType(), b.baseType()) && a.notNull() == b.notNull()
                && ColumnDelta.sameExpression(a.defaultExpression(), b.defaultExpression())
                && a.checks().stream().map(Expressions::normalize).sorted().toList()
                .equals(b.checks().stream().map(Expressions::normalize).sorted().toList());
        return same ? Optional.empty() : Optional.of(new AlterDomain(a, b));
    }

    private Optional<Change> sequence(Sequence a, Sequence b) {
        Optional<String> ownerA = a.ownedBy().map(this::mapped);
        Optional<String> ownerB = b.ownedBy().map(o -> o.table().inSchema(defaultSchema) + "." + o.column());
        boolean renamed = !key(a.name()).equals(key(b.name()));
        boolean same = Types.same(a.type(), b.type()) && ownerA.equals(ownerB);
        if (renamed) {
            return Optional.of(new ObjectChanges.RenameSequence(a, b, !same));
        }
        return same ? Optional.empty() : Optional.of(new AlterSequence(a, b));
    }

    private String mapped(ColumnRef ref) {
        QualifiedName table = mapper.table(ref.table());
        return table + "." + mapper.column(table, ref.column());
    }

    /** A sequence owned by a column that goes away is dropped with it. */
    private boolean droppedWithOwner(Sequence sequence) {
        return sequence.ownedBy().map(ref -> {
            QualifiedName table = mapper.table(ref.table());
            return to.table(table).flatMap(t -> t.column(mapper.column(table, ref.column()))).isEmpty();
        }).orElse(false);
    }

    private QualifiedName key(QualifiedName name) {
        return name.inSchema(defaultSchema);
    }
}
