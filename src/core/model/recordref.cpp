#include "model/recordref.h"

namespace couplet {

QString RecordRef::toString() const
{
    if (!isValid())
        return {};
    return couplet::toString(side) + QLatin1Char(':') + table + QLatin1Char('/') + key;
}

RecordRef RecordRef::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype slash = text.indexOf(QLatin1Char('/'), colon + 1);
    if (colon <= 0 || slash <= colon + 1 || slash == text.size() - 1)
        return {};
    const auto side = enumFromString<Side>(text.left(colon));
    if (!side)
        return {};
    return RecordRef{*side, text.mid(colon + 1, slash - colon - 1), text.mid(slash + 1)};
}

} // namespace couplet
