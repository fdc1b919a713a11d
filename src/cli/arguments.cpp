#include "arguments.h"

#include "exitcode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace couplet::cli {

namespace {

const OptionSpec *findLong(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const OptionSpec *findShort(const QList<OptionSpec> &options, QChar name)
{
    for (const OptionSpec &o : options) {
        if (!o.shortName.isNull() && o.shortName == name)
            return &o;
    }
    return nullptr;
}

// "-5" is a value, not an option.
bool looksLikeOption(const QString &token)
{
    if (token.size() < 2 || !token.startsWith(QLatin1Char('-')))
        return false;
    bool number = false;
    token.toDouble(&number);
    return !number;
}

} // namespace

QString Arguments::value(const QString &name) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? QString() : v.constLast();
}

Arguments Arguments::parse(const QStringList &tokens, const QList<OptionSpec> &options)
{
    Arguments args;
    const OptionSpec *openMulti = nullptr; // bare words go to this option
    bool optionsEnded = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (optionsEnded || !looksLikeOption(token)) {
            if (openMulti)
                args.m_values[openMulti->name].append(token);
            else
                args.m_positional.append(token);
            continue;
        }
        if (token == "--"_L1) {
            optionsEnded = true;
            openMulti = nullptr;
            continue;
        }
        const OptionSpec *spec = nullptr;
        QString inlineValue;
        bool hasInlineValue = false;
        QString shown = token;
        if (token.startsWith("--"_L1)) {
            QString name = token.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                hasInlineValue = true;
                name.truncate(eq);
                shown = u"--"_s + name;
            }
            spec = findLong(options, name);
        } else {
            spec = findShort(options, token.at(1));
            shown = token.left(2);
            if (token.size() > 2) {
                inlineValue = token.mid(2);
                hasInlineValue = true;
            }
        }
        if (!spec) {
            usageError(QCoreApplication::translate("couplet-cli", "Unknown option %1.").arg(shown));
        }
        if (!spec->multi && args.m_values.contains(spec->name)) {
            usageError(QCoreApplication::translate("couplet-cli",
                                                   "The option --%1 may be given only once.")
                           .arg(spec->name));
        }
        QStringList &values = args.m_values[spec->name];
        openMulti = nullptr;
        if (spec->valueName.isEmpty()) {
            if (hasInlineValue) {
                usageError(
                    QCoreApplication::translate("couplet-cli", "The option --%1 takes no value.")
                        .arg(spec->name));
            }
            continue;
        }
        if (hasInlineValue) {
            values.append(inlineValue);
        } else if (i + 1 < tokens.size() && !looksLikeOption(tokens.at(i + 1))) {
            values.append(tokens.at(++i));
        } else {
            usageError(
                QCoreApplication::translate("couplet-cli", "The option --%1 needs a value (%2).")
                    .arg(spec->name, spec->valueName));
        }
        if (spec->multi)
            openMulti = spec;
    }
    return args;
}

} // namespace couplet::cli
