#include "testsupport.h"

#include "error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace couplet::test {

namespace {

QJsonObject pgInfo()
{
    const QString path = qEnvironmentVariable("COUPLET_TEST_PG_INFO");
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("The test PostgreSQL server is not running: %1 is missing. "
                                   "Run the tests through ctest, which starts it.")
                        .arg(path.isEmpty() ? QStringLiteral("COUPLET_TEST_PG_INFO") : path));
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

ConnectionConfig pgConfig(const QJsonObject &info, const QString &database)
{
    ConnectionConfig c;
    c.name = database;
    c.driver = QStringLiteral("QPSQL");
    c.host = info.value(QLatin1String("host")).toString();
    c.port = info.value(QLatin1String("port")).toInt();
    c.user = info.value(QLatin1String("user")).toString();
    c.database = database;
    return c;
}

// Runs `statement` on the test server's maintenance database, through a
// connection of its own that is gone when it returns.
void execOnServer(const QJsonObject &info, const QString &statement, const QString &what)
{
    static QAtomicInt counter;
    const QString admin =
        QStringLiteral("couplet-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        const ConnectionConfig a = pgConfig(info, QStringLiteral("postgres"));
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setUserName(a.user);
        db.setDatabaseName(a.database);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(admin);
            throw Error(QStringLiteral("Cannot reach the test PostgreSQL server"), detail);
        }
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString detail = q.lastError().text();
            q = QSqlQuery();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(admin);
            throw Error(what, detail);
        }
    }
    QSqlDatabase::removeDatabase(admin);
}

// Every database a test process creates is dropped when its application object
// goes: an empty PostgreSQL 15 database takes about 7.5 MB, and a whole test
// run creates hundreds of them.
QMutex createdMutex;
QStringList created;
QJsonObject createdOn;

void dropCreatedDatabases()
{
    QStringList names;
    QJsonObject info;
    {
        QMutexLocker lock(&createdMutex);
        names.swap(created);
        info = createdOn;
    }
    for (const QString &name : std::as_const(names)) {
        try {
            execOnServer(info, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
                         QStringLiteral("Cannot drop database %1").arg(name));
        } catch (const Error &e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
}

void remember(const QJsonObject &info, const QString &name)
{
    QMutexLocker lock(&createdMutex);
    if (created.isEmpty() && createdOn.isEmpty())
        qAddPostRoutine(dropCreatedDatabases);
    createdOn = info;
    created.append(name);
}

} // namespace

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

ConnectionConfig freshDatabase(const QString &backend, const QString &dir, const QString &label)
{
    static QAtomicInt counter;
    const int n = counter.fetchAndAddRelaxed(1);
    QString safe = label.toLower();
    for (QChar &ch : safe) {
        if (!ch.isLetterOrNumber())
            ch = QLatin1Char('_');
    }
    if (backend == QLatin1String("sqlite")) {
        ConnectionConfig c;
        c.name = label;
        c.driver = QStringLiteral("QSQLITE");
        c.database = QDir(dir).absoluteFilePath(QStringLiteral("%1_%2.sqlite").arg(safe).arg(n));
        return c;
    }
    const QJsonObject info = pgInfo();
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(safe.left(20))
                             .arg(QCoreApplication::applicationPid())
                             .arg(n);
    execOnServer(info, QStringLiteral("CREATE DATABASE %1").arg(name),
                 QStringLiteral("Cannot create database %1").arg(name));
    remember(info, name);
    ConnectionConfig c = pgConfig(info, name);
    c.name = label;
    return c;
}

QSqlDatabase openRaw(const ConnectionConfig &config, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, connectionName);
    db.setDatabaseName(config.database);
    if (!config.host.isEmpty())
        db.setHostName(config.host);
    if (config.port > 0)
        db.setPort(config.port);
    if (!config.user.isEmpty())
        db.setUserName(config.user);
    if (!db.open())
        throw Error(QStringLiteral("Cannot open %1").arg(config.database), db.lastError().text());
    return db;
}

void closeRaw(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(QStringLiteral("SQL failed: %1").arg(sql), q.lastError().text());
}

void exec(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements)
        exec(db, s);
}

QString stampType(const QString &backend)
{
    return backend == QLatin1String("postgres") ? QStringLiteral("TIMESTAMPTZ(3)")
                                                : QStringLiteral("TEXT");
}

} // namespace couplet::test
