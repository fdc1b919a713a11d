#pragma once

#include "connectors/connector.h"
#include "connectors/odata/odatahttp.h"
#include "connectors/odata/odatametadata.h"
#include "connectors/odata/odatasettings.h"
#include "model/connectionconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>

class QThread;

namespace couplet {

class Error;

// A Connector for an OData v4 service, with a profile for the Dataverse Web API
// (see docs/workspace.md for the options).
//
// A table is an entity set, its key the key property, its stamp the modified-on
// property (parsed as UTC with milliseconds), its ETag @odata.etag. Reads follow
// @odata.nextLink; writes go as $batch with one change set per row. The
// connector belongs to the thread that called open(): its network manager lives
// there, and each request is waited for with a local event loop, so it must
// never run on the GUI thread.
class OdataConnector final : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(couplet::OdataConnector)

public:
    OdataConnector(ConnectionConfig config, QString workspaceDir, QString secret);
    ~OdataConnector() override;
    Q_DISABLE_COPY_MOVE(OdataConnector)

    void open() override;
    void close() override;
    QString displayName() const override;

    QList<Row> modifiedSince(const TableSpec &table, const QDateTime &since,
                             const ScanCursor &after, int limit) override;
    int countModifiedSince(const TableSpec &table, const QDateTime &since) override;
    QList<Row> rowsByKeys(const TableSpec &table, const QStringList &keys) override;
    QSet<QString> existingKeys(const TableSpec &table, const QStringList &keys) override;
    QList<Row> findRows(const TableSpec &table, const QVariantMap &equals, int limit) override;
    QList<Row> searchRows(const TableSpec &table, const QString &text, int limit) override;
    QList<WriteResult> write(const TableSpec &table, const QList<WriteOp> &ops) override;
    bool generatesKeys(const TableSpec &table) override;

    QStringList tables() override;
    TableInfo tableInfo(const QString &table) override;

    // Dataverse: GET WhoAmI; generic: GET $metadata.
    ConnectionTestResult testConnection() override;

    // Dataverse: the WhoAmI user, its name (domainname) and security roles; an
    // administrator when one of its roles is among the administratorRoles
    // option. Generic: unknown.
    AccessInfo access() override;
    // Dataverse: the WhoAmI user's prvRead/prvCreate/prvWrite/prvDelete<entity>
    // from RetrieveUserPrivileges (read once until close()), the entity's
    // logical name from $metadata. Generic, or an entity set $metadata does not
    // know: unknown.
    TableAccess tableAccess(const QString &entitySet) override;

    const OdataSettings &settings() const { return m_settings; }
    // The address of one row in the system's own user interface: the
    // connection's recordUrl, or the Dataverse default, with {table} as the
    // entity's logical name ("account" for the entity set "accounts").
    QString recordUrl(const QString &entitySet, const QString &key) override;
    // The first delay of the exponential back-off (default 500 ms).
    void setBackoffBase(int milliseconds);
    // How long this connection waited for the service's throttling since
    // open(), in milliseconds: the pauses after 429/503 answers, of whole
    // requests and of $batch parts (Retry-After, else the back-off).
    qint64 throttledMilliseconds() const { return m_http->throttledMilliseconds(); }

    // Longest request address when rows are read by key.
    static constexpr int maxUrlLength = 2000;

private:
    struct Scan
    {
        QString signature;
        ScanCursor last;          // the last row returned
        QSet<QString> keysAtLast; // keys returned with last.stamp
        ScanCursor foreign;       // a cursor this connector did not make
        QList<Row> buffer;        // read, not yet returned, in the server's order
        bool atEnd = false;       // the buffer holds the last rows of the query
    };

    OdataHttp &http();
    const OdataMetadata &metadata();
    TableInfo cachedInfo(const QString &table);
    QMetaType::Type keyType(const TableSpec &table);
    QUrl setUrl(const QString &entitySet, const QString &suffix = {}) const;
    static QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items);
    QList<QPair<QString, QString>> selectItems(const TableSpec &table) const;
    // pageSize 0: the connection's.
    QJsonObject getJson(const QUrl &url, const QString &what, int pageSize = 0);
    [[noreturn]] void throwHttp(const OdataHttp::Response &r, const QString &what);
    // The "value" arrays of every page the address gives, following @odata.nextLink.
    QJsonArray valuesOf(QUrl url, const QString &what);
    QString whoAmI();
    const QStringList &userPrivileges();
    QList<Row> rowsOf(const QJsonObject &page, const TableSpec &table, const QString &what) const;
    QList<Row> readAll(QUrl url, const TableSpec &table, int limit, const QString &what);
    QList<Row> readByKeys(const TableSpec &table, const QStringList &keys, bool keyOnly);
    bool isDuplicate(const Row &row) const;

    // What write() knows of its ops so far.
    struct WriteProgress
    {
        explicit WriteProgress(qsizetype n)
            : results(n)
            , settled(n, false)
        {}
        QList<WriteResult> results;
        QList<bool> settled;   // results[i] is final
        bool answered = false; // the service answered a $batch request of this write
    };
    void writeChunk(const TableSpec &table, const TableInfo &info, const QList<WriteOp> &ops,
                    QList<int> todo, WriteProgress &progress);
    void failUnsettled(const TableSpec &table, const TableInfo &info, const QList<WriteOp> &ops,
                       const QList<int> &chunk, const Error &error, WriteProgress &progress);
    // The request of one op; `sent` gets the values it writes by property name
    // (a lookup's bind as its value property), to compare with a row read back.
    std::optional<odata::BatchPart> partFor(const TableSpec &table, const TableInfo &info,
                                            const WriteOp &op, QJsonObject *sent,
                                            WriteResult *failure);
    // How a property is written: as itself, or as a lookup's bind (see the
    // options bindLookups and lookups).
    OdataMetadata::LookupBind lookupBind(const QString &entitySet, const QString &property);
    bool addBind(const TableSpec &table, const WriteOp &op, const QString &property,
                 const QVariant &value, const OdataMetadata::LookupBind &bind, QJsonObject *body,
                 QJsonObject *sent, WriteResult *failure);
    WriteResult failed(const TableSpec &table, const WriteOp &op, int status,
                       const QByteArray &reason, const QByteArray &body) const;
    WriteResult throttledFailure(const TableSpec &table, const WriteOp &op,
                                 const odata::BatchResponsePart &part, int times) const;
    WriteResult succeeded(const TableSpec &table, const WriteOp &op,
                          const odata::BatchResponsePart &part) const;

    ConnectionConfig m_config;
    QString m_workspaceDir;
    QList<OdataOptionIssue> m_issues; // before m_settings, which fills it
    OdataSettings m_settings;
    std::unique_ptr<OdataHttp> m_http;
    QThread *m_thread = nullptr;
    std::optional<OdataMetadata> m_metadata;
    QString m_userId;                        // WhoAmI's UserId, until close()
    std::optional<QStringList> m_privileges; // RetrieveUserPrivileges, until close()
    Scan m_scan;
    int m_backoffBaseMs = 500;
};

} // namespace couplet
