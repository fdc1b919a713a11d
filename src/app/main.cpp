// couplet: the console. Everything but argument handling lives in couplet_gui.
#include "mainwindow.h"
#include "settings.h"
#include "translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Couplet"));
    QApplication::setApplicationName(QStringLiteral("couplet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Couplet"));
    QApplication::setApplicationVersion(QStringLiteral(COUPLET_VERSION));

    // --lang is read before the parser so that --help is translated too.
    const QString lang = couplet::languageArgument(QApplication::arguments());
    couplet::installTranslations(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Couplet: keeps records in two systems in sync and helps you troubleshoot it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Create the demo workspace (in DIR when given, else in "
                                        "the application data folder) and open it."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use this language (\"de\", \"en\") instead of the "
                                        "system's."),
        QStringLiteral("language"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on this page: errors, coupled, skipped, mappings, "
                                        "jobs or couplings."),
        QStringLiteral("page"));
    parser.addOption(demo);
    parser.addOption(langOption);
    parser.addOption(pageOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "A workspace (*.couplet.json) to open; with --demo, the "
                                        "folder for the demo."),
        QStringLiteral("[file]"));
    parser.process(app);

    if (parser.isSet(pageOption))
        couplet::Settings::setCurrentPage(parser.value(pageOption));
    couplet::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demo)) {
        const QString dir =
            !positional.isEmpty()
                ? positional.constFirst()
                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                      .filePath(QStringLiteral("demo"));
        window.openDemo(dir);
    } else if (!positional.isEmpty()) {
        window.openWorkspace(positional.constFirst());
    }
    return QApplication::exec();
}
