#pragma once

#include "model/connectionconfig.h"
#include "model/types.h"

#include <QTest>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace couplet::test {

// Adds the "backend" column with one row per storage backend ("sqlite",
// "postgres"), for initTestCase_data(): every store and engine test runs on both.
void addBackendRows();

// A new, empty database on `backend`: an SQLite file in `dir`, or a new
// database on the test PostgreSQL server (named after `label` and a counter).
// Fails the test (QFAIL-style, via an exception) when PostgreSQL is not there:
// a missing server is an error, never a skip.
ConnectionConfig freshDatabase(const QString &backend, const QString &dir, const QString &label);

// Opens a raw connection to a database made by freshDatabase(), for seeding and
// inspecting tables in tests. Close with closeRaw().
QSqlDatabase openRaw(const ConnectionConfig &config, const QString &connectionName);
void closeRaw(const QString &connectionName);

// Runs statements on a raw connection; throws with the driver's text on failure.
void exec(QSqlDatabase &db, const QString &sql);
void exec(QSqlDatabase &db, const QStringList &statements);

// The column type for a UTC timestamp with milliseconds on the backend.
QString stampType(const QString &backend);

} // namespace couplet::test

// QCOMPARE for our enums, printed by name. (QCOMPARE itself would find
// couplet::toString() by argument-dependent lookup and fail to compile.)
#define COMPARE_ENUM(actual, expected)                                                             \
    QCOMPARE(couplet::toString(actual), couplet::toString(expected))
