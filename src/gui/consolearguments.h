#pragma once

#include <QString>
#include <QStringList>

namespace couplet {

// The console's command line:
//   couplet [--lang LANGUAGE] [--page PAGE] [FILE]    open a workspace
//   couplet --demo [DIR] [--page PAGE]                 create the demo and open it
// --lang is read before (languageArgument(), so that --help is translated) and
// only accepted here.
struct ConsoleArguments
{
    enum class Action {
        Run,     // open the window
        Help,    // print `message` (the help) and exit 0
        Version, // print `message` and exit 0
        Error,   // print `message` on stderr and exit 2
    };
    Action action = Action::Run;
    QString message;
    bool demo = false;
    QString page; // a page id, or empty: the page of the last run
    QString path; // the workspace file, or the demo's folder; may be empty
};

// The ids of the console's pages, in the order of the navigation (each page's
// Page::pageId()).
QStringList consolePageIds();

// Parses `arguments` (the program's name first). An unknown option or page, a
// missing value and more than one file are errors that say what to give.
ConsoleArguments parseConsoleArguments(const QStringList &arguments);

} // namespace couplet
