#pragma once

#include "clock.h"
#include "connectors/connector.h"
#include "engine/administration.h"
#include "engine/syncengine.h"
#include "model/workspace.h"
#include "store/statestore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <functional>

#include <memory>

namespace couplet::test {

// A small ERP and CRM pair on one backend, with a CURRENCY and a CUSTOMER
// mapping, a state store, and helpers that edit rows "as a user would" with
// stamps from a manual clock.
//
//   ERP currency(code, rate, modified_at)       <-> CRM transactioncurrencies(...)
//   ERP customer(no, name, email, city, type,   <-> CRM accounts(accountid, name,
//                currency_code, modified_at)         emailaddress1, address1_city,
//                                                    customertypecode, transactioncurrencyid,
//                                                    statecode, modifiedon)
class EngineFixture
{
public:
    EngineFixture(const QString &backend, const QString &dir);
    ~EngineFixture();

    Workspace workspace;
    ManualClock clock;
    std::unique_ptr<StateStore> store;
    std::unique_ptr<Connector> local;
    std::unique_ptr<Connector> remote;

    TableMapping &mapping(const QString &name);
    // Re-creates the connectors and store (after changing the workspace), and
    // opens the connectors unless told not to (a database made unreachable).
    void reopen(bool openConnectors = true);

    // Runs every mapping (or the named ones) and returns the jobs.
    QList<SyncJob> sync(const QStringList &mappings = {}, int batchSize = 500);
    static SyncJob job(const QList<SyncJob> &jobs, const QString &mapping, PassDirection d);
    Administration admin();

    // Edits as a user would: the row's modified stamp is the clock's now, then
    // the clock moves on by 10 ms.
    void upsert(Side side, const QString &table, const QString &keyColumn, const QString &key,
                const QVariantMap &values);
    void remove(Side side, const QString &table, const QString &keyColumn, const QString &key);
    // A row as stored now (empty map when missing).
    QVariantMap row(Side side, const QString &table, const QString &keyColumn, const QString &key);
    int count(Side side, const QString &table);
    QString stampColumn(Side side) const
    {
        return side == Side::Local ? QStringLiteral("modified_at") : QStringLiteral("modifiedon");
    }

    // Shortcuts for the CUSTOMER mapping.
    void localCustomer(const QString &no, const QVariantMap &values)
    {
        upsert(Side::Local, QStringLiteral("customer"), QStringLiteral("no"), no, values);
    }
    void remoteAccount(const QString &id, const QVariantMap &values)
    {
        upsert(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), id, values);
    }
    QVariantMap customer(const QString &no)
    {
        return row(Side::Local, QStringLiteral("customer"), QStringLiteral("no"), no);
    }
    QVariantMap account(const QString &id)
    {
        return row(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), id);
    }
    // The remote key coupled to a local key, or "" when none.
    QString remoteKeyOf(const QString &mapping, const QString &localKey);
    Coupling couplingOf(const QString &mapping, const QString &localKey);

    QString backend;

private:
    QSqlDatabase &raw(Side side);
    ConnectionConfig m_localDb;
    ConnectionConfig m_remoteDb;
    ConnectionConfig m_storeDb;
    QString m_dir;
    QString m_localConn;
    QString m_remoteConn;
    QSqlDatabase m_localRaw;
    QSqlDatabase m_remoteRaw;
};

// Fault injection: runs `beforeWrite` once, just before the first write reaches
// the real connector, e.g. to change the row under the engine (the 412 path).
class InterferingConnector final : public Connector
{
public:
    InterferingConnector(Connector &inner, std::function<void()> beforeWrite)
        : m_inner(inner)
        , m_beforeWrite(std::move(beforeWrite))
    {}
    void open() override { m_inner.open(); }
    void close() override { m_inner.close(); }
    QString displayName() const override { return m_inner.displayName(); }
    QList<Row> modifiedSince(const TableSpec &t, const QDateTime &s, const ScanCursor &a,
                             int l) override
    {
        return m_inner.modifiedSince(t, s, a, l);
    }
    int countModifiedSince(const TableSpec &t, const QDateTime &s) override
    {
        return m_inner.countModifiedSince(t, s);
    }
    QList<Row> rowsByKeys(const TableSpec &t, const QStringList &k) override
    {
        return m_inner.rowsByKeys(t, k);
    }
    QSet<QString> existingKeys(const TableSpec &t, const QStringList &k) override
    {
        return m_inner.existingKeys(t, k);
    }
    QList<Row> findRows(const TableSpec &t, const QVariantMap &e, int l) override
    {
        return m_inner.findRows(t, e, l);
    }
    QList<Row> searchRows(const TableSpec &t, const QString &text, int l) override
    {
        return m_inner.searchRows(t, text, l);
    }
    QList<WriteResult> write(const TableSpec &t, const QList<WriteOp> &ops) override
    {
        if (m_beforeWrite) {
            auto once = std::move(m_beforeWrite);
            m_beforeWrite = nullptr;
            once();
        }
        return m_inner.write(t, ops);
    }
    bool generatesKeys(const TableSpec &t) override { return m_inner.generatesKeys(t); }
    QStringList tables() override { return m_inner.tables(); }
    TableInfo tableInfo(const QString &t) override { return m_inner.tableInfo(t); }

private:
    Connector &m_inner;
    std::function<void()> m_beforeWrite;
};

} // namespace couplet::test
