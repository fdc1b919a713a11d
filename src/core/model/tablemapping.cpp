#include "model/tablemapping.h"

namespace couplet {

QStringList TableMapping::columns(Side s) const
{
    const TableSide &t = side(s);
    QStringList result{t.key, t.modified};
    for (const FieldMapping &f : fields) {
        const QString &column = s == Side::Local ? f.local : f.remote;
        if (!column.isEmpty() && !result.contains(column))
            result.append(column);
    }
    return result;
}

const FieldMapping *TableMapping::fieldByLocal(const QString &localColumn) const
{
    for (const FieldMapping &f : fields) {
        if (f.local == localColumn)
            return &f;
    }
    return nullptr;
}

QStringList TableMapping::lookupDependencies() const
{
    QStringList result;
    for (const FieldMapping &f : fields) {
        if (f.isLookup() && f.lookupMapping != name && !result.contains(f.lookupMapping))
            result.append(f.lookupMapping);
    }
    return result;
}

} // namespace couplet
