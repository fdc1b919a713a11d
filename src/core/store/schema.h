#pragma once

#include "model/types.h"

#include <QList>
#include <QString>
#include <QStringList>

// The state store's schema: its numbered migrations and the SQL fragments that
// the partial indexes and the queries must share word for word.
namespace couplet::store {

enum class Dialect { Sqlite, Postgres };

// One step of the schema. A released step is never edited: a change to the schema
// is a new step at the end of the list.
struct Migration
{
    // Work on the data that SQL alone cannot do, run by the store after the
    // step's statements, in the same transaction.
    enum class DataStep {
        None,
        ClassifyErrors, // fill errors.cause from each error's message and detail
        // PostgreSQL: the pg_trgm extension and the trigram indexes of the error
        // search, when the extension can be installed (a data step, because a
        // store whose user may not install it still opens and searches by scan).
        TrigramIndexes,
    };
    int version = 0;
    QString description;
    QStringList statements;
    DataStep data = DataStep::None;
    // Run after the data step: an index is built faster over the finished data
    // than kept up to date while a million rows change.
    QStringList afterData = {};
};

// Every step, in version order, written for `dialect`.
QList<Migration> migrations(Dialect dialect);
int latestVersion();

// The table that records which steps ran. Not a step itself: the migrator
// needs it before it can tell which steps are missing.
QString migrationsTableSql();

// Conditions used both in partial indexes and in queries. SQLite and PostgreSQL
// only use a partial index when the query repeats its condition, so the queries
// take them from here. Changing one needs a new step that recreates its index.
QString coupledErrorsCondition();
QString skippedCondition();
QString failedCondition(PassDirection direction);

// The columns the errors page searches (LOWER(column) LIKE '%text%'). On SQLite
// an FTS5 trigram index (errorSearchTable()) narrows the rows before the LIKE;
// on PostgreSQL each column has a pg_trgm GIN index on LOWER(column), which
// the LIKE uses as it is.
QStringList errorSearchColumns();
QString errorSearchTable();
// SQLite: the trigger that takes a deleted error out of the search index, and
// the statement that creates it (Delete All Entries drops it for its delete).
QString errorSearchDeleteTriggerName();
QString errorSearchDeleteTrigger();
// The PostgreSQL trigram indexes, created by DataStep::TrigramIndexes.
QStringList trigramIndexStatements();

} // namespace couplet::store
