#pragma once

#include "connectors/connector.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace couplet {

// The entity sets of an OData service and their properties, read from its
// $metadata document (CSDL XML).
class OdataMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(couplet::OdataMetadata)

public:
    // A single-valued navigation property whose referential constraint is one
    // property of the entity: the way a lookup is written. In Dataverse the
    // property is "_transactioncurrencyid_value", which is read only, and the
    // navigation property "transactioncurrencyid" is bound instead.
    struct Navigation
    {
        QString name;           // transactioncurrencyid
        QString property;       // _transactioncurrencyid_value
        QString targetType;     // qualified: Microsoft.Dynamics.CRM.transactioncurrency
        QStringList targetSets; // the entity sets of exactly that type
    };

    // How a write of a property goes: as a bind of `navigation` to a row of
    // `targetSet`, as the property itself (both empty), or not at all (`error`).
    struct LookupBind
    {
        QString navigation;
        QString targetSet;
        QString error;
        bool isBind() const { return !navigation.isEmpty(); }
    };

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

    // The navigation properties of an entity set's type (with its base types)
    // whose referential constraint is `property`; several for a polymorphic
    // lookup (Dataverse's customer: parentcustomerid_account and
    // parentcustomerid_contact both set _parentcustomerid_value).
    QList<Navigation> navigations(const QString &entitySet, const QString &property) const;
    // Whether the entity set's type is `qualifiedType` or derives from it
    // (Dataverse's systemuser derives from principal, the type of ownerid).
    bool isOfType(const QString &entitySet, const QString &qualifiedType) const;
    // How `property` of `entitySet` is written. A property that no navigation
    // property sets is written as it is. A lookup with one navigation property
    // of one target entity set is bound to it. `target` (the connection's
    // "lookups" option, may be empty) names the target entity set or the
    // navigation property, which a polymorphic lookup needs.
    LookupBind lookupBind(const QString &entitySet, const QString &property,
                          const QString &target) const;

    // Edm.String -> QString, Edm.Int32 -> Int, Edm.Guid -> QUuid, ...
    static QMetaType::Type edmType(const QString &edm);

private:
    QHash<QString, TableInfo> m_sets;
    QHash<QString, QString> m_typeNames;
    // entity set -> lookup property -> the navigation properties that set it
    QHash<QString, QHash<QString, QList<Navigation>>> m_navigations;
    QHash<QString, QStringList> m_typeChains; // entity set -> its type, then base types
};

} // namespace couplet
