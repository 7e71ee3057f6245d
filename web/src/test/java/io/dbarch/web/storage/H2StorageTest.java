package io.dbarch.web.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on embedded H2 (the default database). */
class H2StorageTest extends StorageContract {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseConfig.h2Memory("storage-test"), 4);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Jdbc jdbc() {
        return database.jdbc();
    }
}
