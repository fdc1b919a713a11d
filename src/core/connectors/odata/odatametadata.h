#pragma once

#include "connectors/connector.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace couplet {

// The entity sets of an OData service and their properties, read from its
// $metadata document (CSDL XML).
class OdataMetadata final
{
public:
    // Reads a CSDL document; on failure returns an empty model and sets `error`.
    static OdataMetadata parse(const QByteArray &xml, QString *error);

    bool isEmpty() const { return m_sets.isEmpty(); }
    QStringList entitySets() const; // sorted
    bool hasEntitySet(const QString &name) const { return m_sets.contains(name); }
    // The properties of an entity set's type (with its base types), the key
    // properties marked. An empty TableInfo for an unknown set.
    TableInfo tableInfo(const QString &entitySet) const;
    // The entity type's own name ("account" for "accounts"); empty when unknown.
    QString entityTypeName(const QString &entitySet) const;

    // Edm.String -> QString, Edm.Int32 -> Int, Edm.Guid -> QUuid, ...
    static QMetaType::Type edmType(const QString &edm);

private:
    QHash<QString, TableInfo> m_sets;
    QHash<QString, QString> m_typeNames;
};

} // namespace couplet
