package io.dbarch.agent.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises design and knowledge questions by their subject; the first matching topic wins. */
final class Topics {

    static final String MULTI_TENANCY = "multi-tenancy";
    static final String REPORTING_OFFLOAD = "reporting offload";

    private static final List<Map.Entry<String, Pattern>> TOPICS = List.of(
            topic(MULTI_TENANCY, "multi[- ]?tenan|tenancy|\\btenants?\\b|\\bsaas\\b"),
            topic(REPORTING_OFFLOAD, "reporting|offload|analytic|warehouse|\\bolap\\b|\\bcdc\\b|change data capture"
                    + "|debezium|\\bbi\\b|dashboards?|materiali[sz]ed views?|lakehouse"),
            topic("high availability and disaster recovery", "high availability|\\bha\\b|disaster|\\bdr\\b|failover"
                    + "|replica|replication|\\brpo\\b|\\brto\\b|backups?|\\bpitr\\b|standby"),
            topic("capacity planning", "capacity|sizing|\\bgrowth\\b|\\biops\\b|how much storage|connections? pool"),
            topic("sharding and partitioning", "shard|partition"),
            topic("indexing", "\\bindex|\\bindexes\\b|\\bindices\\b|slow quer"),
            topic("normalisation", "normali[sz]|denormali[sz]|\\b3nf\\b|normal form"),
            topic("security and compliance", "security|privilege|\\bgrants?\\b|\\broles?\\b|encrypt|audit|\\bgdpr\\b"
                    + "|\\bhipaa\\b|\\bpci\\b|compliance|retention|erasure|\\bpii\\b|personal data"),
            topic("zero-downtime migrations", "migrat|zero[- ]downtime|(?:without|no) downtime|online schema change"
                    + "|expand.{0,10}contract|add(?:ing)? a (?:not null |new )?column"),
            topic("consistency and isolation", "consisten|isolation level|serializ|read committed|anomal"),
            topic("caching", "\\bcach(e|ing)\\b|redis|memcached"),
            topic("storage engines and platforms", "storage engine|innodb|which database|postgres|mysql|sql server"
                    + "|oracle|snowflake|bigquery|clickhouse"),
            topic("data modelling", "data model|modell?ing|\\bschema design|entit(y|ies)|relationship"));

    private static Map.Entry<String, Pattern> topic(String name, String regex) {
        return Map.entry(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    private static final Map<String, String> EXPANSIONS = Map.of(
            MULTI_TENANCY, "multi-tenancy models shared schema schema per tenant database per tenant row-level security",
            REPORTING_OFFLOAD, "analytics offload read replica change data capture CDC warehouse materialized views",
            "high availability and disaster recovery", "high availability topologies standby failover backup PITR");

    /** Words that help retrieval find the topic's core articles, added to the user's own words. */
    static String expansion(String topic) {
        return EXPANSIONS.getOrDefault(topic, "");
    }

    /** The topic of {@code text}, if it is about one. */
    Optional<String> find(String text) {
        return TOPICS.stream().filter(t -> t.getValue().matcher(text).find()).map(Map.Entry::getKey).findFirst();
    }
}
