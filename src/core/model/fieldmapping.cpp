#include "model/fieldmapping.h"

namespace couplet {

bool FieldMapping::transfers(PassDirection pass) const
{
    if (!allows(direction, pass))
        return false;
    const QString &destination = pass == PassDirection::LocalToRemote ? remote : local;
    const QString &source = pass == PassDirection::LocalToRemote ? local : remote;
    if (destination.isEmpty())
        return false;
    return isConstant() || !source.isEmpty();
}

} // namespace couplet
