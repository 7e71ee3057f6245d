package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.Comment;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.Sequence;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies statements about objects other than tables: types, sequences, views, schemas, comments, drops. */
final class ObjectApplier {

    private static final DataType BIGINT = new DataType("bigint", "bigint", "bigint", List.of(), 0);
    private final ModelBuilder m;

    ObjectApplier(ModelBuilder model) {
        this.m = model;
    }

    void apply(DdlStatement statement) {
        if (statement instanceof DdlStatement.CreateIndex c) {
            Index i = c.index();
            m.table(i.table()).ifPresent(t -> {
                boolean exists = i.name().isPresent() && t.indexes.stream().anyMatch(x -> x.name().equals(i.name()));
                if (!(c.ifNotExists() && exists)) {
                    t.indexes.add(i.withTable(t.name));
                }
            });
        } else if (statement instanceof DdlStatement.CreateEnum e) {
            QualifiedName name = m.resolve(e.type().name());
            m.enums.put(name, new EnumType(name, e.type().labels(), e.location()));
        } else if (statement instanceof DdlStatement.AlterEnum a) {
            alterEnum(a);
        } else if (statement instanceof DdlStatement.CreateDomain d) {
            var domain = d.domain();
            QualifiedName name = m.resolve(domain.name());
            m.domains.put(name, new io.dbarch.knowledge.schema.Domain(name, domain.baseType(), domain.notNull(),
                    domain.defaultExpression(), domain.checks(), domain.location()));
        } else if (statement instanceof DdlStatement.CreateSequence s) {
            QualifiedName name = m.resolve(s.name());
            if (!(s.ifNotExists() && m.sequences.containsKey(name))) {
                m.sequences.put(name, new Sequence(name, s.type().orElse(BIGINT), s.ownedBy().map(m::resolve),
                        s.location()));
            }
        } else if (statement instanceof DdlStatement.AlterSequence s) {
            QualifiedName name = m.resolve(s.name());
            Sequence old = m.sequences.get(name);
            if (old != null) {
                m.sequences.put(name, new Sequence(name, s.type().orElse(old.type()),
                        s.ownedBy().map(m::resolve).or(old::ownedBy), old.location()));
            }
        } else if (statement instanceof DdlStatement.CreateView v) {
            QualifiedName name = m.resolve(v.view().name());
            m.views.put(name, new View(name, v.view().materialized(), v.view().definition(), Optional.empty(),
                    v.location()));
        } else if (statement instanceof DdlStatement.CreateSchema s) {
            m.schemas.putIfAbsent(s.schema().name(), s.schema());
            m.inSchema(s.schema().name(), () -> s.elements().forEach(m::apply));
        } else if (statement instanceof DdlStatement.CreateExtension e) {
            m.extensions.putIfAbsent(e.extension().name(), e.extension());
        } else if (statement instanceof DdlStatement.CommentOn c) {
            new CommentApplier(m).apply(c);
        } else if (statement instanceof DdlStatement.Drop d) {
            d.names().forEach(name -> drop(d.objectKind(), name, d.onTable()));
        } else if (statement instanceof DdlStatement.Rename r) {
            rename(r);
        }
    }

    /** The sequence PostgreSQL creates for a serial column, and the column's nextval() default. */
    void serialSequence(QualifiedName table, Column column) {
        String seqName = table.name() + "_" + column.name() + "_seq";
        QualifiedName name = QualifiedName.of(table.schema(), seqName);
        m.sequences.put(name, new Sequence(name, column.type(), Optional.of(new ColumnRef(table, column.name())),
                column.location()));
        String shown = table.schema().equals(m.dialect.defaultSchema()) ? seqName : table.schema() + "." + seqName;
        m.table(table).ifPresent(t -> t.replaceColumn(column.name(), c -> Columns.withDefault(c,
                Optional.of("nextval('" + shown + "'::regclass)"), true)));
    }

    private void alterEnum(DdlStatement.AlterEnum a) {
        QualifiedName name = m.resolve(a.type());
        EnumType old = m.enums.get(name);
        if (old == null) {
            return;
        }
        List<String> labels = new ArrayList<>(old.labels());
        if (a.renamedFrom().isPresent()) {
            labels.replaceAll(l -> l.equals(a.renamedFrom().get()) ? a.value() : l);
        } else if (!labels.contains(a.value())) {
            int at = a.before().map(labels::indexOf).orElse(a.after().map(x -> labels.indexOf(x) + 1)
                    .orElse(labels.size()));
            labels.add(at < 0 ? labels.size() : at, a.value());
        }
        m.enums.put(name, new EnumType(name, labels, old.location()));
    }

    private void drop(String kind, QualifiedName name, Optional<QualifiedName> onTable) {
        QualifiedName resolved = m.resolve(name);
        switch (kind) {
            case "table" -> m.dropTable(name);
            case "view", "materialized view" -> m.views.remove(resolved);
            case "type" -> m.enums.remove(resolved);
            case "domain" -> m.domains.remove(resolved);
            case "sequence" -> m.sequences.remove(resolved);
            case "schema" -> m.schemas.remove(name.name());
            case "extension" -> m.extensions.remove(name.name());
            case "index" -> {
                for (TableBuilder t : m.tableBuilders()) {
                    if (onTable.isEmpty() || t.name.equals(m.resolve(onTable.get()))) {
                        t.indexes.removeIf(i -> i.name().filter(name.name()::equals).isPresent()
                                && (!name.isQualified() || t.name.schema().equals(name.schema())));
                    }
                }
            }
            default -> { }
        }
    }

    private void rename(DdlStatement.Rename r) {
        QualifiedName from = m.resolve(r.from());
        QualifiedName to = QualifiedName.of(from.schema(), r.to());
        switch (r.objectKind()) {
            case "table" -> m.table(from).ifPresent(t -> m.renameTable(t, to));
            case "view", "materialized view" -> {
                View v = m.views.remove(from);
                if (v != null) {
                    m.views.put(to, new View(to, v.materialized(), v.definition(), v.comment(), v.location()));
                }
            }
            case "index" -> m.tableBuilders().forEach(t -> t.indexes.replaceAll(i ->
                    i.name().filter(from.name()::equals).isPresent() ? i.withName(r.to()) : i));
            case "sequence" -> {
                Sequence s = m.sequences.remove(from);
                if (s != null) {
                    m.sequences.put(to, new Sequence(to, s.type(), s.ownedBy(), s.location()));
                }
            }
            default -> { }
        }
    }

    static Comment otherComment(DdlStatement.CommentOn c, SourceLocation at) {
        return new Comment(c.objectKind(), c.target().toString(), c.text().orElse(""), at);
    }
}
