#pragma once

#include "connectors/connector.h"
#include "model/connectionconfig.h"
#include "model/coupling.h"
#include "model/recordref.h"
#include "model/syncerror.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace couplet {

class StateStore;

// One mapped field of a coupling, side by side: the values stored at the last
// sync and the values now, on each side (Skipped Synch. Records).
struct FieldComparison
{
    QString local;  // local column
    QString remote; // remote property
    QVariant localThen;
    QVariant localNow;
    QVariant remoteThen;
    QVariant remoteNow;
    bool localChanged = false;  // localNow differs from localThen (sameValue)
    bool remoteChanged = false; // remoteNow differs from remoteThen
    // Both sides changed the field: a true conflict that needs a choice.
    bool conflict() const { return localChanged && remoteChanged; }
};

struct Comparison
{
    Coupling coupling;
    bool localExists = false;
    bool remoteExists = false;
    QList<FieldComparison> fields; // compared fields, in mapping order
};

// One row as it is now in its own system, with its coupling and recent errors
// (the record view behind every Source/Destination link).
struct RecordSnapshot
{
    QString mapping;
    RecordRef ref;
    bool found = false;                         // the row exists now
    QList<std::pair<QString, QVariant>> fields; // every mapped column, key and modified first
    QDateTime stamp;                            // its modified-on value
    std::optional<Coupling> coupling;           // its coupling in this mapping, if any
    QList<SyncError> errors;                    // its most recent errors, newest first (at most 20)
    QString url;                                // "Open in browser" address, empty when unknown
};

// Reads what the pages show beside the store's lists: rows as they are now,
// comparisons of coupled rows. Runs in the thread that owns the store and the
// connectors; every call may touch the network or a database.
class Inspector final
{
public:
    Inspector(const Workspace &workspace, StateStore &store, Connector &local, Connector &remote);

    // Throws couplet::Error when the coupling does not exist.
    Comparison compare(qint64 couplingId) const;
    // Throws couplet::Error when the mapping is unknown or the side's table does
    // not belong to it.
    RecordSnapshot snapshot(const QString &mapping, const RecordRef &ref) const;
    // Rows of one side of a mapping for the Couple dialog: rows whose key or any
    // mapped text column contains `search` (all when empty), at most `limit`,
    // ordered by key. Rows already coupled are included; the caller marks them.
    QList<Row> candidates(const QString &mapping, Side side, const QString &search,
                          int limit) const;

    // The connection's record URL template filled in for `ref` ({table} and
    // {key} percent-encoded); empty when the connection has no template.
    static QString recordUrl(const ConnectionConfig &connection, const RecordRef &ref);

private:
    Connector &connector(Side side) const;
    const TableMapping &mappingNamed(const QString &name) const;
    std::optional<Row> currentRow(const TableMapping &mapping, Side side, const QString &key) const;

    const Workspace &m_workspace;
    StateStore &m_store;
    Connector &m_local;
    Connector &m_remote;
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::Comparison)
Q_DECLARE_METATYPE(couplet::RecordSnapshot)
