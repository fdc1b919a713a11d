#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace couplet {

// The console's settings, one typed accessor per key, over QSettings
// (organisation "Couplet", application "couplet").
class Settings final
{
public:
    static QStringList recentWorkspaces();
    // Puts `path` first, keeping at most eight.
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray navigationSplitter();
    static void setNavigationSplitter(const QByteArray &state);
    static QString currentPage();
    static void setCurrentPage(const QString &pageId);

    // The group under which pages keep their tables' state.
    static QSettings &pages();

    static constexpr int maxRecentWorkspaces = 8;
};

} // namespace couplet
