#include "connectors/odata/odatametadata.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace couplet {

namespace {

struct EntityType
{
    QString baseType; // qualified
    QStringList keys;
    QList<ColumnInfo> properties;
    QList<OdataMetadata::Navigation> navigations; // targetType as written
};

struct Document
{
    QHash<QString, EntityType> types; // qualified name -> type
    QHash<QString, QString> aliases;  // alias -> namespace
    QHash<QString, QString> setTypes; // entity set -> qualified type name
};

QString qualified(const Document &doc, const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return name;
    const QString ns = name.left(dot);
    const auto alias = doc.aliases.constFind(ns);
    return alias == doc.aliases.constEnd() ? name : *alias + name.mid(dot);
}

// A single-valued navigation property with one referential constraint: a
// lookup. Collections (Type="Collection(...)") and navigation properties
// without a constraint, or with several (a key of several parts, which one
// property cannot hold), set no property of this entity and are left out.
void readNavigation(QXmlStreamReader &xml, EntityType *type)
{
    OdataMetadata::Navigation n;
    n.name = xml.attributes().value(QLatin1String("Name")).toString();
    n.targetType = xml.attributes().value(QLatin1String("Type")).toString();
    int constraints = 0;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("ReferentialConstraint")) {
            ++constraints;
            n.property = xml.attributes().value(QLatin1String("Property")).toString();
        }
        xml.skipCurrentElement();
    }
    if (constraints == 1 && !n.name.isEmpty() && !n.property.isEmpty() &&
        !n.targetType.startsWith(QLatin1String("Collection(")))
        type->navigations.append(n);
}

void readEntityType(QXmlStreamReader &xml, const QString &ns, Document *doc)
{
    const QString name = xml.attributes().value(QLatin1String("Name")).toString();
    EntityType type;
    type.baseType = xml.attributes().value(QLatin1String("BaseType")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Key")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("PropertyRef"))
                    type.keys << xml.attributes().value(QLatin1String("Name")).toString();
                xml.skipCurrentElement();
            }
        } else if (xml.name() == QLatin1String("Property")) {
            const QXmlStreamAttributes a = xml.attributes();
            ColumnInfo c;
            c.name = a.value(QLatin1String("Name")).toString();
            c.type = OdataMetadata::edmType(a.value(QLatin1String("Type")).toString());
            bool ok = false;
            const int length = a.value(QLatin1String("MaxLength")).toInt(&ok);
            c.length = ok && length > 0 ? length : -1;
            c.nullable = a.value(QLatin1String("Nullable")) != QLatin1String("false");
            if (!c.name.isEmpty())
                type.properties.append(c);
            xml.skipCurrentElement();
        } else if (xml.name() == QLatin1String("NavigationProperty")) {
            readNavigation(xml, &type);
        } else {
            xml.skipCurrentElement();
        }
    }
    doc->types.insert(ns + QLatin1Char('.') + name, type);
}

void readContainer(QXmlStreamReader &xml, Document *doc)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("EntitySet")) {
            doc->setTypes.insert(xml.attributes().value(QLatin1String("Name")).toString(),
                                 xml.attributes().value(QLatin1String("EntityType")).toString());
        }
        xml.skipCurrentElement();
    }
}

void readSchema(QXmlStreamReader &xml, Document *doc)
{
    const QString ns = xml.attributes().value(QLatin1String("Namespace")).toString();
    const QString alias = xml.attributes().value(QLatin1String("Alias")).toString();
    if (!alias.isEmpty())
        doc->aliases.insert(alias, ns);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("EntityType"))
            readEntityType(xml, ns, doc);
        else if (xml.name() == QLatin1String("EntityContainer"))
            readContainer(xml, doc);
        else
            xml.skipCurrentElement();
    }
}

// The properties and keys of a type with those of its base types, base first.
struct Collected
{
    QList<ColumnInfo> columns;
    QStringList keys;
    QList<OdataMetadata::Navigation> navigations;
    QStringList typeChain; // qualified, the type itself first
};

// The properties, keys and lookups of a type with those of its base types, base first.
void collect(const Document &doc, const QString &typeName, int depth, Collected *out)
{
    const QString name = qualified(doc, typeName);
    const auto it = doc.types.constFind(name);
    if (it == doc.types.constEnd() || depth > 16)
        return;
    out->typeChain.append(name);
    if (!it->baseType.isEmpty())
        collect(doc, it->baseType, depth + 1, out);
    for (const ColumnInfo &c : it->properties) {
        out->columns.removeIf([&c](const ColumnInfo &other) { return other.name == c.name; });
        out->columns.append(c);
    }
    for (OdataMetadata::Navigation n : it->navigations) {
        out->navigations.removeIf(
            [&n](const OdataMetadata::Navigation &other) { return other.name == n.name; });
        n.targetType = qualified(doc, n.targetType);
        out->navigations.append(n);
    }
    if (!it->keys.isEmpty())
        out->keys = it->keys;
}

} // namespace

QMetaType::Type OdataMetadata::edmType(const QString &edm)
{
    static const QHash<QString, QMetaType::Type> types{
        {QStringLiteral("Edm.String"), QMetaType::QString},
        {QStringLiteral("Edm.Guid"), QMetaType::QUuid},
        {QStringLiteral("Edm.Boolean"), QMetaType::Bool},
        {QStringLiteral("Edm.Byte"), QMetaType::UChar},
        {QStringLiteral("Edm.SByte"), QMetaType::SChar},
        {QStringLiteral("Edm.Int16"), QMetaType::Short},
        {QStringLiteral("Edm.Int32"), QMetaType::Int},
        {QStringLiteral("Edm.Int64"), QMetaType::LongLong},
        {QStringLiteral("Edm.Decimal"), QMetaType::Double},
        {QStringLiteral("Edm.Double"), QMetaType::Double},
        {QStringLiteral("Edm.Single"), QMetaType::Float},
        {QStringLiteral("Edm.DateTimeOffset"), QMetaType::QDateTime},
        {QStringLiteral("Edm.Date"), QMetaType::QDate},
        {QStringLiteral("Edm.TimeOfDay"), QMetaType::QTime},
        {QStringLiteral("Edm.Binary"), QMetaType::QByteArray},
    };
    return types.value(edm, QMetaType::UnknownType);
}

OdataMetadata OdataMetadata::parse(const QByteArray &xmlText, QString *error)
{
    Document doc;
    QXmlStreamReader xml(xmlText);
    bool sawEdmx = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("Edmx"))
            sawEdmx = true;
        else if (xml.name() == QLatin1String("Schema"))
            readSchema(xml, &doc);
    }
    if (xml.hasError() || !sawEdmx) {
        if (error) {
            *error = xml.hasError()
                         ? QStringLiteral("%1 at line %2, column %3")
                               .arg(xml.errorString())
                               .arg(xml.lineNumber())
                               .arg(xml.columnNumber())
                         : QStringLiteral("the document is not CSDL (no edmx:Edmx element)");
        }
        return {};
    }
    OdataMetadata m;
    QHash<QString, QStringList> setsOfType; // qualified type -> entity sets, sorted
    for (auto it = doc.setTypes.cbegin(); it != doc.setTypes.cend(); ++it)
        setsOfType[qualified(doc, it.value())] << it.key();
    for (QStringList &sets : setsOfType)
        std::sort(sets.begin(), sets.end());
    for (auto it = doc.setTypes.cbegin(); it != doc.setTypes.cend(); ++it) {
        TableInfo info;
        info.name = it.key();
        Collected collected;
        collect(doc, it.value(), 0, &collected);
        info.columns = collected.columns;
        for (ColumnInfo &c : info.columns) {
            c.primaryKey = collected.keys.contains(c.name);
            if (c.primaryKey)
                c.nullable = false;
        }
        m.m_sets.insert(it.key(), info);
        const QString type = qualified(doc, it.value());
        m.m_typeNames.insert(it.key(), type.mid(type.lastIndexOf(QLatin1Char('.')) + 1));
        for (OdataMetadata::Navigation &n : collected.navigations)
            n.targetSets = setsOfType.value(n.targetType);
        m.m_typeChains.insert(it.key(), collected.typeChain);
        for (const OdataMetadata::Navigation &n : std::as_const(collected.navigations))
            m.m_navigations[it.key()][n.property].append(n);
    }
    return m;
}

QStringList OdataMetadata::entitySets() const
{
    QStringList names = m_sets.keys();
    std::sort(names.begin(), names.end());
    return names;
}

TableInfo OdataMetadata::tableInfo(const QString &entitySet) const
{
    const auto it = m_sets.constFind(entitySet);
    if (it != m_sets.constEnd())
        return *it;
    TableInfo info;
    info.name = entitySet;
    return info;
}

QString OdataMetadata::entityTypeName(const QString &entitySet) const
{
    return m_typeNames.value(entitySet);
}

QList<OdataMetadata::Navigation> OdataMetadata::navigations(const QString &entitySet,
                                                            const QString &property) const
{
    const auto set = m_navigations.constFind(entitySet);
    return set == m_navigations.constEnd() ? QList<Navigation>() : set->value(property);
}

bool OdataMetadata::isOfType(const QString &entitySet, const QString &qualifiedType) const
{
    return m_typeChains.value(entitySet).contains(qualifiedType);
}

OdataMetadata::LookupBind OdataMetadata::lookupBind(const QString &entitySet,
                                                    const QString &property,
                                                    const QString &target) const
{
    const QList<Navigation> candidates = navigations(entitySet, property);
    LookupBind bind;
    QStringList choices; // "accounts (parentcustomerid_account)" for the messages
    for (const Navigation &n : candidates) {
        choices << (n.targetSets.isEmpty() ? n.name
                                           : QStringLiteral("%1 (%2)").arg(
                                                 n.targetSets.join(QLatin1Char('/')), n.name));
    }
    const QString listed = choices.join(QStringLiteral(", "));
    if (target.isEmpty()) {
        if (candidates.isEmpty())
            return bind; // no lookup: the property is written as it is
        if (candidates.size() == 1 && candidates.first().targetSets.size() == 1) {
            bind.navigation = candidates.first().name;
            bind.targetSet = candidates.first().targetSets.first();
            return bind;
        }
        bind.error = tr("the lookup %1 of %2 can point to more than one table (%3); name the "
                        "one to write in the connection's option \"lookups\": "
                        "{\"%2\": {\"%1\": \"<entity set>\"}}")
                         .arg(property, entitySet, listed);
        return bind;
    }
    if (candidates.isEmpty()) {
        bind.error = tr("the option \"lookups\" names a target for %1 of %2, but no navigation "
                        "property of %2 sets %1 in the service's $metadata")
                         .arg(property, entitySet);
        return bind;
    }
    // The target as a navigation property: its one entity set.
    for (const Navigation &n : candidates) {
        if (n.name != target)
            continue;
        if (n.targetSets.size() != 1) {
            bind.error = tr("the navigation property %1 of %2 points to %3, which is not one "
                            "entity set; name the entity set in the option \"lookups\" instead")
                             .arg(n.name, entitySet, n.targetType);
            return bind;
        }
        bind.navigation = n.name;
        bind.targetSet = n.targetSets.first();
        return bind;
    }
    // The target as an entity set: the navigation property whose type it is
    // (or derives from: Dataverse's ownerid is a principal, bound to systemusers
    // or teams).
    if (!m_sets.contains(target)) {
        bind.error = tr("the option \"lookups\" names %1 as the target of %2 of %3, which is "
                        "neither an entity set of the service nor a navigation property of %3; "
                        "possible: %4")
                         .arg(target, property, entitySet, listed);
        return bind;
    }
    QList<Navigation> matching;
    for (const Navigation &n : candidates) {
        if (isOfType(target, n.targetType))
            matching << n;
    }
    const auto exact = std::find_if(matching.cbegin(), matching.cend(), [&](const Navigation &n) {
        return n.targetSets.contains(target);
    });
    if (matching.size() == 1 || exact != matching.cend()) {
        bind.navigation = exact != matching.cend() ? exact->name : matching.first().name;
        bind.targetSet = target;
        return bind;
    }
    bind.error = matching.isEmpty()
                     ? tr("the lookup %1 of %2 cannot point to %3; possible: %4")
                           .arg(property, entitySet, target, listed)
                     : tr("more than one navigation property of %1 sets %2 to a row of %3; name "
                          "the navigation property in the option \"lookups\" instead")
                           .arg(entitySet, property, target);
    return bind;
}

} // namespace couplet
