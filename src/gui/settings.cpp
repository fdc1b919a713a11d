#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace couplet {

namespace {

QSettings &store()
{
    static QSettings settings;
    return settings;
}

const QString recentKey = QStringLiteral("workspaces/recent");

} // namespace

QStringList Settings::recentWorkspaces()
{
    return store().value(recentKey).toStringList();
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecentWorkspaces)
        list.removeLast();
    store().setValue(recentKey, list);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(path);
    store().setValue(recentKey, list);
}

QByteArray Settings::windowGeometry()
{
    return store().value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store().setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState()
{
    return store().value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store().setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::navigationSplitter()
{
    return store().value(QStringLiteral("window/navigation")).toByteArray();
}

void Settings::setNavigationSplitter(const QByteArray &state)
{
    store().setValue(QStringLiteral("window/navigation"), state);
}

QString Settings::currentPage()
{
    return store().value(QStringLiteral("window/page")).toString();
}

void Settings::setCurrentPage(const QString &pageId)
{
    store().setValue(QStringLiteral("window/page"), pageId);
}

QSettings &Settings::pages()
{
    return store();
}

} // namespace couplet
