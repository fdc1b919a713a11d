#pragma once

#include "model/coupling.h"
#include "model/journalentry.h"
#include "model/syncerror.h"
#include "model/syncjob.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

// How the model types become rows of the state store and back. Each table lists
// its columns once; the SQL and the value lists are built from that list, so
// they cannot drift apart.
namespace couplet::store {

struct Table
{
    QString name;
    QStringList fields; // every column but `id`, in the order of values() and read*()

    QString columns() const; // "id, a, b, ..." for SELECT
    QString insertSql(bool returningId) const;
    QString updateSql() const; // binds values() then the id
};

const Table &couplingsTable();
const Table &jobsTable();
const Table &errorsTable();
const Table &journalTable();

QVariantList values(const Coupling &c);
QVariantList values(const SyncJob &job);
QVariantList values(const SyncError &e);
QVariantList values(const JournalEntry &e);

// Each reads a row selected with its table's columns().
Coupling readCoupling(const QSqlQuery &q);
SyncJob readJob(const QSqlQuery &q);
SyncError readError(const QSqlQuery &q);
JournalEntry readJournalEntry(const QSqlQuery &q);

// Every QDateTime is kept as epoch milliseconds UTC, NULL when invalid, so that
// both backends compare and order stamps alike.
QVariant stampValue(const QDateTime &t);
QDateTime stampFrom(const QVariant &v);
// A text column that is never NULL (a null QString would bind as NULL).
QVariant textValue(const QString &s);

} // namespace couplet::store
