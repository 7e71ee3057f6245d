package io.dbarch.knowledge.erd;

/** Whether a large schema is drawn as subject areas plus an overview or as one picture. */
public enum SplitMode {
    /** Split when the selected tables exceed {@link ErdOptions#splitThreshold()}. */
    AUTO,
    /** Always one diagram, however large. */
    NEVER,
    /** Always subject areas plus an overview, even for a small schema. */
    ALWAYS
}
