#pragma once

#include "model/syncjob.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace couplet {

class Clock;

// What Demo::create() made.
struct DemoResult
{
    QString workspacePath;    // DIR/demo.couplet.json
    QList<SyncJob> firstSync; // the jobs of the first sync, before the scripted edits
};

// A workspace to try Couplet on: an ERP and a CRM-shaped SQLite database, a state
// store and the mappings CURRENCY, CUSTOMER and CONTACT. create() synchronizes them
// once, then edits both sides so that the next sync leaves rows on every page:
// update conflicts (skipped), a field-level merge, a deletion conflict, a currency
// without an exchange rate, a lookup that fails, and clean inserts and updates.
// Shared by `couplet-cli demo init` and the console.
class Demo final
{
public:
    // "demo.couplet.json"
    static QString workspaceFileName();
    // The files create() writes into its folder.
    static QStringList fileNames();
    // Whether `dir` holds any of those files.
    static bool exists(const QString &dir);

    // Writes the demo into `dir` (created when missing), replacing the files of an
    // earlier demo there. Every stamp it writes lies before clock.now(), so a sync
    // run afterwards with the same clock finds all the scripted changes.
    // Throws couplet::Error.
    static DemoResult create(const QString &dir, const Clock &clock);
};

} // namespace couplet
