// WorkspaceFile::validateSchema: the mappings against both systems' schemas.

#include "workspace/workspacefile.h"

#include "connectors/connector.h"
#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace couplet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::WorkspaceFile)
};

using TypeClass = ValueKind;

TypeClass classOf(QMetaType::Type type)
{
    return valueKind(type);
}

QString typeName(QMetaType::Type type)
{
    switch (classOf(type)) {
    case TypeClass::Number:
        return Tr::tr("a number");
    case TypeClass::Text:
        return Tr::tr("text");
    case TypeClass::DateTime:
        return Tr::tr("a date/time");
    case TypeClass::Bool:
        return Tr::tr("a boolean");
    case TypeClass::Unknown:
    case TypeClass::Other:
        break;
    }
    return QString::fromLatin1(QMetaType(type).name());
}

bool isNumeric(const QVariant &v)
{
    bool ok = false;
    v.toString().toDouble(&ok);
    return ok || v.metaType().id() == QMetaType::Bool;
}

QString path(qsizetype mapping, Side side, const QString &key)
{
    return QStringLiteral("mappings[%1].%2.%3").arg(mapping).arg(toString(side), key);
}

QString fieldPath(qsizetype mapping, qsizetype field, const QString &key)
{
    return QStringLiteral("mappings[%1].fields[%2].%3").arg(mapping).arg(field).arg(key);
}

// Checks one workspace against two connected systems. Schemas are read once per table.
class SchemaCheck final
{
public:
    SchemaCheck(const Workspace &w, Connector &local, Connector &remote)
        : m_ws(w)
        , m_local(local)
        , m_remote(remote)
    {}

    QList<WorkspaceIssue> run()
    {
        for (qsizetype i = 0; i < m_ws.mappings.size(); ++i) {
            const bool local = table(i, Side::Local);
            const bool remote = table(i, Side::Remote);
            for (qsizetype j = 0; j < m_ws.mappings.at(i).fields.size(); ++j) {
                if (local)
                    field(i, j, Side::Local);
                if (remote)
                    field(i, j, Side::Remote);
            }
            const TableMapping &m = m_ws.mappings.at(i);
            const QString ratePath = QStringLiteral("mappings[%1].exchangeRate.").arg(i);
            if (local && !m.exchangeRate.local.isEmpty()) {
                column(ratePath + QStringLiteral("local"), Side::Local, m.local.table,
                       m.exchangeRate.local);
            }
            if (remote && !m.exchangeRate.remote.isEmpty()) {
                column(ratePath + QStringLiteral("remote"), Side::Remote, m.remote.table,
                       m.exchangeRate.remote);
            }
        }
        return m_issues;
    }

private:
    void issue(const QString &p, const QString &message) { m_issues.append({p, message}); }
    Connector &connector(Side s) { return s == Side::Local ? m_local : m_remote; }
    const TableInfo *info(Side s, const QString &table);
    bool column(const QString &p, Side s, const QString &table, const QString &name);
    bool table(qsizetype i, Side s);
    void filter(qsizetype i, Side s);
    void field(qsizetype i, qsizetype j, Side s);
    void values(qsizetype i, qsizetype j, Side s, const ColumnInfo &c);
    void lookup(qsizetype i, qsizetype j, Side s, const ColumnInfo &c);

    const Workspace &m_ws;
    Connector &m_local;
    Connector &m_remote;
    QMap<Side, QStringList> m_tables;
    QHash<QString, TableInfo> m_info; // "local:customer"
    QList<WorkspaceIssue> m_issues;
};

const TableInfo *SchemaCheck::info(Side s, const QString &table)
{
    if (!m_tables.contains(s))
        m_tables.insert(s, connector(s).tables());
    if (!m_tables.value(s).contains(table))
        return nullptr;
    const QString cacheKey = toString(s) + QLatin1Char(':') + table;
    if (!m_info.contains(cacheKey))
        m_info.insert(cacheKey, connector(s).tableInfo(table));
    return &*m_info.constFind(cacheKey);
}

bool SchemaCheck::column(const QString &p, Side s, const QString &table, const QString &name)
{
    const TableInfo *t = info(s, table);
    if (!t || t->column(name))
        return t != nullptr;
    QString message = Tr::tr("column \"%1\" does not exist in table %2").arg(name, table);
    for (const ColumnInfo &c : t->columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            message += Tr::tr(" (did you mean \"%1\"?)").arg(c.name);
    }
    issue(p, message);
    return false;
}

bool SchemaCheck::table(qsizetype i, Side s)
{
    const TableSide &side = m_ws.mappings.at(i).side(s);
    if (side.table.isEmpty())
        return false;
    if (!info(s, side.table)) {
        QString message = Tr::tr("table \"%1\" does not exist").arg(side.table);
        for (const QString &t : m_tables.value(s)) {
            if (t.compare(side.table, Qt::CaseInsensitive) == 0)
                message += Tr::tr(" (did you mean \"%1\"?)").arg(t);
        }
        issue(path(i, s, QStringLiteral("table")), message);
        return false;
    }
    const bool key = column(path(i, s, QStringLiteral("key")), s, side.table, side.key);
    const bool modified =
        column(path(i, s, QStringLiteral("modified")), s, side.table, side.modified);
    if (modified) {
        const ColumnInfo *c = info(s, side.table)->column(side.modified);
        const TypeClass type = classOf(c->type);
        if (type != TypeClass::DateTime && type != TypeClass::Text && type != TypeClass::Unknown) {
            issue(path(i, s, QStringLiteral("modified")),
                  Tr::tr("column \"%1\" in table %2 holds %3; it must hold a timestamp")
                      .arg(side.modified, side.table, typeName(c->type)));
        }
    }
    if (key && modified && !side.filter.isEmpty())
        filter(i, s);
    return true;
}

// The only way to know a filter is valid is to let the system run it.
void SchemaCheck::filter(qsizetype i, Side s)
{
    const TableSide &side = m_ws.mappings.at(i).side(s);
    TableSpec spec{side.table, side.key, side.modified, {side.key, side.modified}, side.filter};
    try {
        connector(s).countModifiedSince(spec, QDateTime::currentDateTimeUtc().addYears(100));
    } catch (const Error &e) {
        issue(path(i, s, QStringLiteral("filter")), e.message());
    }
}

void SchemaCheck::field(qsizetype i, qsizetype j, Side s)
{
    const TableMapping &m = m_ws.mappings.at(i);
    const FieldMapping &f = m.fields.at(j);
    const QString &name = s == Side::Local ? f.local : f.remote;
    if (name.isEmpty())
        return;
    const QString table = m.side(s).table;
    if (!column(fieldPath(i, j, toString(s)), s, table, name))
        return;
    const ColumnInfo &c = *info(s, table)->column(name);
    values(i, j, s, c);
    if (f.isLookup())
        lookup(i, j, s, c);
    const PassDirection into =
        s == Side::Local ? PassDirection::RemoteToLocal : PassDirection::LocalToRemote;
    if (f.isLookup() && f.clearOnFailedLookup && !c.nullable && f.transfers(into)) {
        issue(fieldPath(i, j, QStringLiteral("clearOnFailedLookup")),
              Tr::tr("column \"%1\" in table %2 does not accept empty values, so a failed "
                     "lookup cannot clear it")
                  .arg(name, table));
    }
}

// Value-map entries and constants must fit a numeric column.
void SchemaCheck::values(qsizetype i, qsizetype j, Side s, const ColumnInfo &c)
{
    if (classOf(c.type) != TypeClass::Number)
        return;
    const FieldMapping &f = m_ws.mappings.at(i).fields.at(j);
    const QString table = m_ws.mappings.at(i).side(s).table;
    for (qsizetype k = 0; k < f.valueMap.size(); ++k) {
        const QVariant &v = s == Side::Local ? f.valueMap.at(k).first : f.valueMap.at(k).second;
        if (!isNumeric(v)) {
            issue(QStringLiteral("mappings[%1].fields[%2].valueMap[%3]").arg(i).arg(j).arg(k),
                  Tr::tr("\"%1\" is not a number, but column \"%2\" in table %3 holds numbers")
                      .arg(v.toString(), c.name, table));
        }
    }
    if (f.constant && !f.constant->isNull() && !isNumeric(*f.constant)) {
        issue(fieldPath(i, j, QStringLiteral("constant")),
              Tr::tr("\"%1\" is not a number, but column \"%2\" in table %3 holds numbers")
                  .arg(f.constant->toString(), c.name, table));
    }
}

// A lookup column holds keys of the other mapping's table on the same side.
void SchemaCheck::lookup(qsizetype i, qsizetype j, Side s, const ColumnInfo &c)
{
    const FieldMapping &f = m_ws.mappings.at(i).fields.at(j);
    const TableMapping *target = m_ws.mapping(f.lookupMapping);
    if (!target)
        return;
    const TableSide &side = target->side(s);
    const TableInfo *t = info(s, side.table);
    const ColumnInfo *key = t ? t->column(side.key) : nullptr;
    if (!key)
        return;
    const TypeClass column = classOf(c.type);
    const TypeClass keyType = classOf(key->type);
    if (column == TypeClass::Unknown || keyType == TypeClass::Unknown || column == keyType)
        return;
    // Text can hold numeric keys; nothing else holds a key of another kind.
    if (column == TypeClass::Text && keyType == TypeClass::Number)
        return;
    issue(fieldPath(i, j, QStringLiteral("lookup")),
          Tr::tr("column \"%1\" in table %2 holds %3, but the keys of mapping %4 (column \"%5\" "
                 "in table %6) are %7")
              .arg(c.name, m_ws.mappings.at(i).side(s).table, typeName(c.type), target->name,
                   key->name, side.table, typeName(key->type)));
}

} // namespace

QList<WorkspaceIssue> WorkspaceFile::validateSchema(const Workspace &workspace, Connector &local,
                                                    Connector &remote)
{
    return SchemaCheck(workspace, local, remote).run();
}

} // namespace couplet
