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
void collect(const Document &doc, const QString &typeName, int depth, QList<ColumnInfo> *columns,
             QStringList *keys)
{
    const auto it = doc.types.constFind(qualified(doc, typeName));
    if (it == doc.types.constEnd() || depth > 16)
        return;
    if (!it->baseType.isEmpty())
        collect(doc, it->baseType, depth + 1, columns, keys);
    for (const ColumnInfo &c : it->properties) {
        columns->removeIf([&c](const ColumnInfo &other) { return other.name == c.name; });
        columns->append(c);
    }
    if (!it->keys.isEmpty())
        *keys = it->keys;
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
    for (auto it = doc.setTypes.cbegin(); it != doc.setTypes.cend(); ++it) {
        TableInfo info;
        info.name = it.key();
        QStringList keys;
        collect(doc, it.value(), 0, &info.columns, &keys);
        for (ColumnInfo &c : info.columns) {
            c.primaryKey = keys.contains(c.name);
            if (c.primaryKey)
                c.nullable = false;
        }
        m.m_sets.insert(it.key(), info);
        const QString type = qualified(doc, it.value());
        m.m_typeNames.insert(it.key(), type.mid(type.lastIndexOf(QLatin1Char('.')) + 1));
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

} // namespace couplet
