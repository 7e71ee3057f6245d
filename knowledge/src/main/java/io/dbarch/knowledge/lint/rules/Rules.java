package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintRule;
import java.util.List;

/** The registry of every dbarch lint rule, in catalog order (design, types, naming, migration, MySQL, security). */
public final class Rules {

    /** Ids of findings the linter itself reports; documented like rules but not configurable as rules. */
    public static final List<String> META_IDS = List.of("internal-error", "unused-suppression");

    private Rules() {
    }

    public static List<LintRule> all() {
        return List.of(
                new RequirePrimaryKey(), new RequireForeignKeyIndex(), new ForeignKeyTypeMismatch(),
                new RedundantIndex(), new TableWithoutIndex(), new RepeatedColumnGroup(), new WideTable(),
                new UniqueNullableColumns(), new ForeignKeyCycle(),
                new PreferNumericForMoney(), new PreferTimestamptz(), new PreferJsonb(), new BanCharField(),
                new PreferTextField(), new PreferBigintOverInt(), new PreferBigintOverSmallint(),
                new PreferIdentity(), new BanMoneyType(),
                new NamingConventionRule(), new TableNamePlurality(), new ReservedWordIdentifier(),
                new IdentifierTooLong(), new IdentifierNeedsQuoting(),
                new AddingFieldWithDefault(), new AddingRequiredField(), new AddingNotNullableField(),
                new ConstraintMissingNotValid(), new AddingForeignKeyConstraint(),
                new RequireConcurrentIndexCreation(), new RequireConcurrentIndexDeletion(),
                new BanConcurrentIndexCreationInTransaction(), new DisallowedUniqueConstraint(),
                new AddingSerialPrimaryKeyField(), new ChangingColumnType(), new RenamingColumn(), new RenamingTable(),
                new BanDropColumn(), new BanDropTable(), new BanDropDatabase(), new BanDropNotNull(),
                new BanTruncateCascade(), new RequireLockTimeout(), new RequireStatementTimeout(),
                new PreferRobustStmts(), new RequireEnumValueOrdering(), new BanUncommittedTransaction(),
                new TransactionNesting(), new RequireConcurrentReindex(), new RequireConcurrentPartitionDetach(),
                new BanCreateDomainWithConstraint(), new BanAlterDomainWithAddConstraint(),
                new MysqlRequireInnodb(), new MysqlPreferUtf8mb4(), new MysqlNotNullWithoutDefault(),
                new MysqlEnumChangeCopiesTable(), new MysqlAlterRequiresTableCopy(),
                new SensitiveDataUnprotected(), new PlaintextPassword(), new TenantKeyMissing(),
                new TenantTableWithoutRls(), new BanGrantAllOrPublic(), new RequireSecurityDefinerSearchPath());
    }
}
