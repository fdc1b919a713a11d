#include "clirunner.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace couplet::test {

QString cliBinary()
{
    const QString dir = qEnvironmentVariable("COUPLET_BINARY_DIR");
    if (dir.isEmpty())
        return {};
    return QDir(dir).filePath(u"src/cli/couplet-cli"_s);
}

QJsonObject CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        QTest::qFail(qPrintable(u"couplet-cli did not print a JSON object (%1):\n%2"_s.arg(
                         error.errorString(), QString::fromUtf8(describe()))),
                     __FILE__, __LINE__);
        return {};
    }
    return doc.object();
}

QByteArray CliResult::describe() const
{
    return "exit code " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           "\n--- stdout\n" + out + "\n--- stderr\n" + err;
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runCliWithInput(arguments, {}, environment);
}

CliResult runCliWithInput(const QStringList &arguments, const QByteArray &input,
                          const QProcessEnvironment &environment)
{
    // couplet-cli speaks the environment's language, and the tests read its
    // English: the language is English unless the caller chose another LC_ALL.
    QProcessEnvironment env = environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    if (env.value(u"LC_ALL"_s) == system.value(u"LC_ALL"_s)) {
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliBinary(), arguments);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out\n" + process.readAllStandardError();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject jobOf(const QJsonObject &sync, const QString &mapping, const QString &direction)
{
    for (const QJsonValue &v : sync.value(u"jobs"_s).toArray()) {
        const QJsonObject job = v.toObject();
        if (job.value(u"mapping"_s).toString() == mapping &&
            job.value(u"direction"_s).toString() == direction) {
            return job;
        }
    }
    return {};
}

QList<QJsonObject> entriesWith(const QJsonArray &list, const QString &field, const QString &value)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(field).toString() == value)
            found.append(v.toObject());
    }
    return found;
}

namespace {
QAtomicInt connectionCounter;
}

QVariant sqliteValue(const QString &path, const QString &sql, const QVariantList &binds)
{
    const QString name = u"tst-cli-read-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                value = q.value(0);
            else
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool sqliteExec(const QString &path, const QString &sql, const QVariantList &binds)
{
    const QString name = u"tst-cli-write-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            done = q.exec();
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            qWarning("%s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace couplet::test
