#pragma once

#include "clock.h"
#include "demo/demo.h"
#include "model/workspace.h"
#include "session/consolesession.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace couplet::test {

// The demo workspace after its second sync, run by a real ConsoleSession: the
// pages open on it, and the test checks what the console did by reading the
// state store and both databases in the test thread.
class DemoWorkspace final
{
    // First, so that it is removed after the session has closed its files.
    QTemporaryDir m_dir;
    QString m_root; // the folder of a workspace being prepared, instead of m_dir

public:
    // A demo workspace after its second sync, in `dir`, made once per test
    // program: `edit` runs between Demo::create() and the sync (to add changes
    // of its own), and the sync runs in a ConsoleSession that is closed again,
    // so the files can be copied.
    static bool prepare(const QString &dir, const std::function<void(DemoWorkspace &)> &edit = {})
    {
        DemoWorkspace d(dir, Demo::create(dir, SystemClock::instance()).workspacePath);
        if (edit)
            edit(d);
        return !d.sync().isEmpty();
    }

    // A copy of a prepared workspace, with a session open on it.
    explicit DemoWorkspace(const QString &prepared)
    {
        for (const QString &name : Demo::fileNames()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                const QString from = QDir(prepared).filePath(name + suffix);
                if (QFile::exists(from))
                    QFile::copy(from, QDir(m_dir.path()).filePath(name + suffix));
            }
        }
        open(QDir(m_dir.path()).filePath(Demo::workspaceFileName()));
    }

    // Runs a sync of the given mappings (all when empty) and waits for it.
    QList<SyncJob> sync(const QStringList &mappings = {})
    {
        QSignalSpy finished(session.get(), &ConsoleSession::syncFinished);
        session->synchronize(mappings);
        if (!finished.wait(120000) && finished.isEmpty())
            return {};
        return finished.constFirst().constFirst().value<QList<SyncJob>>();
    }

    // The coupling as stored now (read by a store opened in the test thread).
    std::optional<Coupling> coupling(qint64 id) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.coupling(id);
    }
    std::optional<Coupling> couplingByKey(const QString &mapping, const QString &localKey) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.couplingByKey(mapping, Side::Local, localKey);
    }

    // One value of one row in the ERP (local) or CRM (remote) database; an
    // invalid QVariant when the row does not exist.
    QVariant value(Side side, const QString &table, const QString &keyColumn, const QString &key,
                   const QString &column) const
    {
        const QString name = QStringLiteral("demo-check-%1").arg(counter().fetchAndAddRelaxed(1));
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dir()).filePath(
                side == Side::Local ? QStringLiteral("erp.sqlite") : QStringLiteral("crm.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(column, table, keyColumn));
                q.addBindValue(key);
                if (q.exec() && q.next())
                    result = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }
    bool exec(Side side, const QString &sql, const QVariantList &values) const
    {
        const QString name = QStringLiteral("demo-edit-%1").arg(counter().fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dir()).filePath(
                side == Side::Local ? QStringLiteral("erp.sqlite") : QStringLiteral("crm.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                ok = q.exec();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QString dir() const { return m_root.isEmpty() ? m_dir.path() : m_root; }

    QString path;
    Workspace workspace;
    std::unique_ptr<ConsoleSession> session;

private:
    DemoWorkspace(const QString &root, const QString &workspacePath)
        : m_root(root)
    {
        open(workspacePath);
    }
    void open(const QString &workspacePath)
    {
        path = workspacePath;
        QList<WorkspaceIssue> issues;
        workspace = WorkspaceFile::load(path, &issues);
        session = std::make_unique<ConsoleSession>(workspace);
    }
    static QAtomicInt &counter()
    {
        static QAtomicInt c;
        return c;
    }
};

} // namespace couplet::test
