#pragma once

#include "guidance/errorcause.h"
#include "model/tablemapping.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace couplet {

class StateStore;
struct Row;

// Whether two field values are the same for synchronization: null and the empty
// string are the same, numbers compare by value whatever their type, date-times
// by instant. Used for "writing the same values is Unchanged" and for field-level
// conflict detection.
bool sameValue(const QVariant &a, const QVariant &b);

// A value as it is kept in a coupling's synced values (JSON-safe).
QVariant storableValue(const QVariant &v);

// The mapped columns of one side's row, as kept in a coupling's synced values.
QVariantMap mappedValues(const TableMapping &mapping, Side side, const QVariantMap &row);

// Turns source values into destination values for one pass: constants, value
// maps (option sets), lookups through another mapping's couplings, "clear value
// on failed lookup". One instance serves one pass; lookups are cached.
class FieldTransfer final
{
public:
    FieldTransfer(const TableMapping &mapping, StateStore &store);

    struct Result
    {
        QVariantMap values; // destination column -> value
        QString error;      // empty on success
        QString detail;
        // Why, with an error: set here rather than read back from the (translated) error.
        ErrorCause cause = ErrorCause::Other;
        bool ok() const { return error.isEmpty(); }
    };

    // Destination values for every field that transfers in `pass`; when `only`
    // is given, only for the fields whose local column is in it (constants on
    // the destination always included unless `only` is given).
    Result apply(PassDirection pass, const QVariantMap &source,
                 const QStringList *onlyLocalColumns = nullptr);
    // One field's destination value; nothing, with the error and its cause in
    // `failure`, when the value cannot be transferred.
    std::optional<QVariant> convert(const FieldMapping &field, PassDirection pass,
                                    const QVariantMap &source, Result *failure);
    // Loads the couplings that the lookups of these rows need, in one query per
    // lookup mapping.
    void prefetch(PassDirection pass, const QList<Row> &rows);

private:
    std::optional<QString> lookup(const FieldMapping &field, PassDirection pass,
                                  const QString &key);

    const TableMapping &m_mapping;
    StateStore &m_store;
    // (mapping, source side, key) -> coupled key on the other side ("" when not coupled)
    QHash<QString, QString> m_lookupCache;
};

} // namespace couplet
