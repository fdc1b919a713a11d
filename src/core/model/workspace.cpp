#include "model/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace couplet {

const TableMapping *Workspace::mapping(const QString &n) const
{
    for (const TableMapping &m : mappings) {
        if (m.name.compare(n, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QString Workspace::resolvePath(const QString &p) const
{
    if (p.isEmpty() || QDir::isAbsolutePath(p) || p == QLatin1String(":memory:"))
        return p;
    const QString base = path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath();
    return QDir::cleanPath(QDir(base).absoluteFilePath(p));
}

StoreConfig Workspace::resolvedStore() const
{
    StoreConfig config = store;
    if (config.driver.compare(QLatin1String("QSQLITE"), Qt::CaseInsensitive) == 0)
        config.database = resolvePath(config.database);
    return config;
}

QList<TableMapping> Workspace::orderedMappings() const
{
    QList<TableMapping> ordered;
    QStringList done;
    // Repeated passes keep the file's order among independent mappings; a cycle
    // (rejected by validation) falls back to file order.
    bool progress = true;
    while (ordered.size() < mappings.size() && progress) {
        progress = false;
        for (const TableMapping &m : mappings) {
            if (done.contains(m.name))
                continue;
            bool ready = true;
            for (const QString &dep : m.lookupDependencies())
                ready = ready && (done.contains(dep) || !mapping(dep));
            if (ready) {
                ordered.append(m);
                done.append(m.name);
                progress = true;
            }
        }
    }
    for (const TableMapping &m : mappings) {
        if (!done.contains(m.name))
            ordered.append(m);
    }
    return ordered;
}

} // namespace couplet
