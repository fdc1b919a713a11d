#pragma once

#include "model/types.h"

#include <QMetaType>
#include <QString>

namespace couplet {

// A reference to one row in one system: the Source / Destination of an error,
// the local / remote row of a coupling.
struct RecordRef
{
    Side side = Side::Local;
    QString table;
    QString key;

    bool isValid() const { return !table.isEmpty() && !key.isEmpty(); }
    // "local:customer/C00010" — stable, used in CSV export and --json output.
    QString toString() const;
    static RecordRef fromString(const QString &text);

    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

} // namespace couplet

Q_DECLARE_METATYPE(couplet::RecordRef)
