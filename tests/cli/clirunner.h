#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace couplet::test {

// The built couplet-cli, run as a separate process: $COUPLET_BINARY_DIR/src/cli/couplet-cli.
QString cliBinary();

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout parsed as a JSON object; fails the test when it is not one.
    QJsonObject json() const;
    // What to print when a check fails.
    QByteArray describe() const;
};

// Runs couplet-cli with the arguments and waits for it (at most two minutes),
// in English unless `environment` sets an LC_ALL of its own.
CliResult runCli(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
// The same with `input` on its stdin (a pipe, not a terminal).
CliResult
runCliWithInput(const QStringList &arguments, const QByteArray &input,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The job of a `sync --json` answer for a mapping and direction; empty when none.
QJsonObject jobOf(const QJsonObject &sync, const QString &mapping, const QString &direction);

// The entries of a list whose `field` equals `value`.
QList<QJsonObject> entriesWith(const QJsonArray &list, const QString &field, const QString &value);

// One value of an SQLite database, read with its own connection.
QVariant sqliteValue(const QString &path, const QString &sql, const QVariantList &binds = {});
// Runs one statement on an SQLite database with its own connection; false (and
// a warning) when it fails.
bool sqliteExec(const QString &path, const QString &sql, const QVariantList &binds = {});

} // namespace couplet::test
