#pragma once

#include "model/types.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

namespace couplet {

// One column <-> property pair of a mapping (Integration Field Mapping).
struct FieldMapping
{
    QString local;  // local column; empty for a constant written to the remote side
    QString remote; // remote property; empty for a constant written to the local side
    Direction direction = Direction::Bidirectional;
    // When set, this value is written to the destination instead of a source value.
    std::optional<QVariant> constant;
    // Option-set mapping: pairs of (local value, remote value).
    QList<QPair<QVariant, QVariant>> valueMap;
    // Name of another mapping whose couplings translate keys (e.g. a currency code
    // to a transactioncurrencyid). Empty when this is a plain field.
    QString lookupMapping;
    // With a lookup: write null instead of failing the row when the key is not coupled.
    bool clearOnFailedLookup = false;

    bool isConstant() const { return constant.has_value(); }
    bool isLookup() const { return !lookupMapping.isEmpty(); }
    // Whether this field is written in the given pass.
    bool transfers(PassDirection pass) const;
    // Whether it takes part in change detection (both columns exist, both ways).
    bool isCompared() const { return !isConstant() && !local.isEmpty() && !remote.isEmpty(); }
};

} // namespace couplet
