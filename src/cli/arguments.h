#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace couplet::cli {

// One option of a command: `--name VALUE`, `--name=VALUE` or a flag `--name`.
struct OptionSpec
{
    OptionSpec(QString name, QString valueName, QString help, bool multi = false,
               QChar shortName = {})
        : name(std::move(name))
        , valueName(std::move(valueName))
        , help(std::move(help))
        , multi(multi)
        , shortName(shortName)
    {}

    QString name;      // long name without the dashes: "mapping"
    QString valueName; // "NAME"; empty for a flag
    QString help;
    // May be given more than once; bare words that follow it are more values, so
    // `--local A B C` is `--local A --local B --local C`.
    bool multi = false;
    QChar shortName; // optional: 'w' for -w
};

// The parsed options and positional arguments of one command line.
class Arguments final
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

    // Parses `tokens` against `options`. Throws Failure (usage) for an unknown
    // option, a missing value, or a single-valued option given twice.
    static Arguments parse(const QStringList &tokens, const QList<OptionSpec> &options);

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

} // namespace couplet::cli
