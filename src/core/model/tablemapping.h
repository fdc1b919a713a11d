#pragma once

#include "model/fieldmapping.h"
#include "model/schedule.h"
#include "model/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace couplet {

// One side of a mapping: the table and its key and modified-at columns.
struct TableSide
{
    QString table;
    QString key;
    QString modified;
    QString caption; // "Customer", "Account": used in messages
    QString filter;  // a SQL WHERE fragment, or an OData $filter

    QString displayName() const { return caption.isEmpty() ? table : caption; }
};

// The exchange-rate columns of a mapping that holds currencies: the Health
// Check makes sure every currency has a rate on both sides. Empty when the
// mapping holds no currencies.
struct ExchangeRateFields
{
    QString local;
    QString remote;
    bool isSet() const { return !local.isEmpty() || !remote.isEmpty(); }
};

// A pair of tables kept in sync (Integration Table Mapping).
struct TableMapping
{
    QString name;
    TableSide local;
    TableSide remote;
    Direction direction = Direction::Bidirectional;
    bool onlyCoupled = false; // Synch. Only Coupled Records
    // Local column names of the fields used for match-based coupling; empty: no matching.
    QStringList matchFields;
    DeletionPolicy deletionPolicy = DeletionPolicy::None;
    UpdateConflictPolicy updateConflictPolicy = UpdateConflictPolicy::None;
    ConflictDetection conflictDetection = ConflictDetection::FieldLevel;
    QList<FieldMapping> fields;
    Schedule schedule; // not scheduled unless set
    ExchangeRateFields exchangeRate;

    const TableSide &side(Side s) const { return s == Side::Local ? local : remote; }
    // Columns to read on one side: key, modified and every mapped column.
    QStringList columns(Side s) const;
    // The field mapping whose local column is `localColumn`, or nullptr.
    const FieldMapping *fieldByLocal(const QString &localColumn) const;
    // The names of mappings this one looks up through (it must run after them).
    QStringList lookupDependencies() const;
};

} // namespace couplet
