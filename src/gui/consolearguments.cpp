#include "consolearguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace couplet {

QStringList consolePageIds()
{
    return {QStringLiteral("errors"),     QStringLiteral("coupled"), QStringLiteral("skipped"),
            QStringLiteral("mappings"),   QStringLiteral("jobs"),    QStringLiteral("couplings"),
            QStringLiteral("connections")};
}

ConsoleArguments parseConsoleArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Couplet: keeps records in two systems in sync and helps you troubleshoot it."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Create the demo workspace (in DIR when given, else in the "
                                    "application data folder) and open it."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Use this language (\"de\", \"en\") instead of the system's."),
        QStringLiteral("language"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main",
                                    "Open on this page: errors, coupled, skipped, mappings, "
                                    "jobs, couplings or connections."),
        QStringLiteral("page"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addOption(page);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A workspace (*.couplet.json) to open; with --demo, the "
                                    "folder for the demo."),
        QStringLiteral("[file]"));

    ConsoleArguments result;
    const auto error = [&result](const QString &text) {
        result.action = ConsoleArguments::Action::Error;
        result.message = text + QLatin1Char('\n') +
                         QCoreApplication::translate("main", "Run couplet --help for the options.");
        return result;
    };
    if (!parser.parse(arguments))
        return error(parser.errorText());
    // Qt adds --help-all (Qt's own options too) beside --help in a GUI application.
    if (parser.isSet(help) || parser.optionNames().contains(QLatin1String("help-all"))) {
        result.action = ConsoleArguments::Action::Help;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = ConsoleArguments::Action::Version;
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                         QCoreApplication::applicationVersion();
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return error(QCoreApplication::translate("main", "Give one workspace file, not %1.")
                         .arg(positional.size()));
    if (parser.isSet(page) && !consolePageIds().contains(parser.value(page))) {
        return error(
            QCoreApplication::translate("main", "There is no page \"%1\". Give one of: %2.")
                .arg(parser.value(page), consolePageIds().join(QLatin1String(", "))));
    }
    result.demo = parser.isSet(demo);
    result.page = parser.value(page);
    result.path = positional.value(0);
    return result;
}

} // namespace couplet
