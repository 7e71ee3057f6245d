package io.dbarch.agent.offline;

/** The engine's answers that need no tool: precise questions when it cannot tell what the user wants. */
final class Replies {

    private Replies() {
    }

    static String unclear(Conversation c) {
        return new Sections().section("Summary", "I cannot tell yet what you need, so rather than guess I am asking. "
                        + "Without a language model I work from what you paste and from my tools:\n\n"
                        + "- **Schema review**: paste PostgreSQL or MySQL DDL (CREATE TABLE …), ideally in a ```sql "
                        + "block, or attach a .sql file. I list what it contains, every statement I cannot read "
                        + "(file:line:col), and draw its ERD.\n"
                        + "- **One table or its neighbourhood**: once a schema is in the conversation, ask "
                        + "\"describe table orders\" or \"ERD around orders\".\n"
                        + "- **Design questions**: multi-tenancy, reporting offload, HA/DR, capacity, partitioning, "
                        + "indexing, security and compliance.")
                .section("Next steps", "Which schema should I review? Paste its CREATE TABLE statements, ideally in a "
                        + "```sql block. If you want a design instead, tell me the domain, the workload (rows now, "
                        + "growth, reads and writes per second at peak) and your RPO and RTO.")
                .build();
    }

    static String needsSchema() {
        return new Sections().section("Summary", "That needs a schema, and there is none in this conversation yet.")
                .section("Next steps", "Which schema should I use? Paste its CREATE TABLE statements in a ```sql "
                        + "block or attach the .sql file, then ask again.")
                .build();
    }

    static String toolMissing(String what) {
        return new Sections().section("Summary", "Your message asks for " + what + ", but the tool for it is not "
                        + "enabled in this configuration, so I cannot do it.")
                .section("Next steps", "Enable the tool (the standard tool set has it), then send the message again.")
                .build();
    }

    static String knowledgeUnavailable(String topic) {
        return new Sections().section("Summary", "You are asking about " + topic + ". The knowledge base that answers "
                        + "such questions offline is not enabled in this configuration, and I will not answer "
                        + "from guesswork.")
                .section("Next steps", "Paste the schema this is about (DDL in a ```sql block) so I can review it, "
                        + "or configure a language model (DBARCH_MODEL_PROVIDER) for open design questions.")
                .build();
    }

    static String requirementsUnavailable() {
        return new Sections().section("Summary", "You sent requirements (YAML/JSON). Checking them for conflicts "
                        + "and designing from them needs the design tools, which are not enabled in this "
                        + "configuration.")
                .section("Next steps", "Paste the schema (DDL) if you want it reviewed meanwhile.")
                .build();
    }
}
