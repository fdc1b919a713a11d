#pragma once

#include "model/types.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace couplet {

// Inserts the engine is about to make, recorded before they are written, so that a
// run after a crash couples rows that were written and never inserts them twice.
// One entry covers one batch of inserts on one side.
struct JournalEntry
{
    qint64 id = 0;
    QString mapping;
    Side targetSide = Side::Remote;
    QDateTime created;
    // (source key, client-generated target key)
    QList<QPair<QString, QString>> keys;
};

} // namespace couplet
