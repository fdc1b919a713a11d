#pragma once

#include "model/connectionconfig.h"
#include "model/tablemapping.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace couplet {

// The contents of one *.couplet.json file.
struct Workspace
{
    QString path; // absolute path of the file it was loaded from
    QString name;
    StoreConfig store;
    ConnectionConfig local;
    ConnectionConfig remote;
    QList<TableMapping> mappings;

    const TableMapping *mapping(const QString &name) const;
    const ConnectionConfig &connection(Side s) const { return s == Side::Local ? local : remote; }
    // The system's name for messages: the connection's name ("ERP"), or "local"/"remote".
    QString systemName(Side s) const
    {
        const QString &n = connection(s).name;
        return n.isEmpty() ? toString(s) : n;
    }
    // A path from the file, made absolute against the workspace's folder.
    QString resolvePath(const QString &path) const;
    // The state store's settings with an SQLite path made absolute.
    StoreConfig resolvedStore() const;
    // The mappings in the order they must run: every lookup target before its users.
    QList<TableMapping> orderedMappings() const;
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::Workspace)
