// couplet: the console. Everything but starting it lives in couplet_gui; the
// command line is parsed by parseConsoleArguments() (consolearguments.h).
#include "consolearguments.h"
#include "mainwindow.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Couplet"));
    QApplication::setApplicationName(QStringLiteral("couplet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Couplet"));
    QApplication::setApplicationVersion(QStringLiteral(COUPLET_VERSION));

    // --lang is read before the rest so that --help and the errors are translated too.
    const QString lang = couplet::languageArgument(QApplication::arguments());
    couplet::installTranslations(app, lang);

    using Action = couplet::ConsoleArguments::Action;
    const couplet::ConsoleArguments args =
        couplet::parseConsoleArguments(QApplication::arguments());
    QString text = args.message;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    switch (args.action) {
    case Action::Help:
    case Action::Version:
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return 0;
    case Action::Error:
        std::fputs(text.toLocal8Bit().constData(), stderr);
        return 2;
    case Action::Run:
        break;
    }

    if (!args.page.isEmpty())
        couplet::Settings::setCurrentPage(args.page);
    couplet::MainWindow window;
    window.show();
    if (args.demo) {
        const QString dir =
            !args.path.isEmpty()
                ? args.path
                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                      .filePath(QStringLiteral("demo"));
        window.openDemo(dir);
    } else if (!args.path.isEmpty()) {
        window.openWorkspace(args.path);
    }
    return QApplication::exec();
}
