// The OData connector: $batch bodies, error JSON, nextLink, Retry-After, CSDL,
// literals, Azure AD messages and the options; then the connector against a
// scripted HTTP server in this process (paging, duplicates at one stamp, keys in
// chunks, faults and their retries, $batch answers, tokens).

#include "clock.h"
#include "connectors/odata/odatabatch.h"
#include "connectors/odata/odataconnector.h"
#include "connectors/odata/odatametadata.h"
#include "connectors/odata/odataprotocol.h"
#include "connectors/odata/odatasettings.h"
#include "connectors/sql/sqlconnector.h"
#include "error.h"
#include "guidance/errorcause.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace couplet;

namespace {

// ---- a scripted HTTP server --------------------------------------------------

struct Exchange
{
    QByteArray method;
    QUrl url; // path and query as requested
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return odata::headerValue(headers, name); }
    QString query(const QString &name) const
    {
        return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; odata.metadata=minimal";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false; // close the connection without an answer
    int delayMs = 0;
};

Reply json(const QJsonObject &o, int status = 200)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply errorReply(int status, const QString &code, const QString &message)
{
    return json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}},
        status);
}

// One connection per request ("Connection: close"), answered by `handler`.
class FakeServer final : public QObject
{
public:
    std::function<Reply(const Exchange &)> handler;
    QList<Exchange> requests;

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl base() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
    }
    QUrl root() const { return base().resolved(QUrl(QStringLiteral("api/data/v9.2/"))); }
    int count(const QString &pathPart) const
    {
        return int(std::count_if(requests.cbegin(), requests.cend(), [&](const Exchange &e) {
            return e.url.path().contains(pathPart);
        }));
    }

    FakeServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Exchange e;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        e.method = first.value(0);
        e.url = QUrl::fromEncoded(first.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                e.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const int length = e.header("Content-Length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        e.body = buffer.mid(end + 4, length);
        socket->setProperty("buffer", QByteArray());
        requests.append(e);
        const Reply r = handler ? handler(e) : Reply{404, {}, {}, {}, false, 0};
        if (r.drop) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Status\r\n";
        out += "Content-Type: " + r.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "Connection: close\r\nOData-Version: 4.0\r\n";
        for (const auto &[name, value] : r.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + r.body;
        const auto send = [socket, out] {
            socket->write(out);
            socket->disconnectFromHost();
        };
        if (r.delayMs > 0)
            QTimer::singleShot(r.delayMs, socket, send);
        else
            send();
    }

    QTcpServer m_server;
};

// ---- an entity set in memory, served like CAP --------------------------------

const char metadataXml[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">"
    "<edmx:DataServices>"
    "<Schema Namespace=\"Microsoft.Dynamics.CRM\" Alias=\"mscrm\" "
    "xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">"
    "<EntityType Name=\"crmbaseentity\" Abstract=\"true\"/>"
    "<EntityType Name=\"account\" BaseType=\"mscrm.crmbaseentity\">"
    "<Key><PropertyRef Name=\"accountid\"/></Key>"
    "<Property Name=\"accountid\" Type=\"Edm.Guid\" Nullable=\"false\"/>"
    "<Property Name=\"name\" Type=\"Edm.String\" MaxLength=\"10\"/>"
    "<Property Name=\"numberofemployees\" Type=\"Edm.Int32\"/>"
    "<Property Name=\"modifiedon\" Type=\"Edm.DateTimeOffset\"/>"
    "<NavigationProperty Name=\"primarycontactid\" Type=\"mscrm.contact\"/>"
    "</EntityType>"
    "<EntityType Name=\"currency\">"
    "<Key><PropertyRef Name=\"code\"/></Key>"
    "<Property Name=\"code\" Type=\"Edm.String\" Nullable=\"false\" MaxLength=\"3\"/>"
    "<Property Name=\"rate\" Type=\"Edm.Decimal\"/>"
    "</EntityType>"
    "<EntityContainer Name=\"System\">"
    "<EntitySet Name=\"accounts\" EntityType=\"Microsoft.Dynamics.CRM.account\"/>"
    "<EntitySet Name=\"currencies\" EntityType=\"mscrm.currency\"/>"
    "<FunctionImport Name=\"WhoAmI\" Function=\"mscrm.WhoAmI\"/>"
    "</EntityContainer>"
    "</Schema></edmx:DataServices></edmx:Edmx>";

// Lookups as Dataverse describes them: the value property "_<name>_value" and a
// single-valued navigation property whose ReferentialConstraint names it; a
// polymorphic customer lookup (two navigation properties, one value property)
// and an owner whose type (principal) is the base of two entity types.
const char lookupMetadataXml[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">"
    "<edmx:DataServices>"
    "<Schema Namespace=\"Microsoft.Dynamics.CRM\" Alias=\"mscrm\" "
    "xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">"
    "<EntityType Name=\"crmbaseentity\" Abstract=\"true\"/>"
    "<EntityType Name=\"principal\" BaseType=\"mscrm.crmbaseentity\" Abstract=\"true\">"
    "<Key><PropertyRef Name=\"ownerid\"/></Key>"
    "<Property Name=\"ownerid\" Type=\"Edm.Guid\"/></EntityType>"
    "<EntityType Name=\"systemuser\" BaseType=\"mscrm.principal\">"
    "<Key><PropertyRef Name=\"systemuserid\"/></Key>"
    "<Property Name=\"systemuserid\" Type=\"Edm.Guid\"/></EntityType>"
    "<EntityType Name=\"team\" BaseType=\"mscrm.principal\">"
    "<Key><PropertyRef Name=\"teamid\"/></Key>"
    "<Property Name=\"teamid\" Type=\"Edm.Guid\"/></EntityType>"
    "<EntityType Name=\"transactioncurrency\" BaseType=\"mscrm.crmbaseentity\">"
    "<Key><PropertyRef Name=\"transactioncurrencyid\"/></Key>"
    "<Property Name=\"transactioncurrencyid\" Type=\"Edm.Guid\"/></EntityType>"
    "<EntityType Name=\"account\" BaseType=\"mscrm.crmbaseentity\">"
    "<Key><PropertyRef Name=\"accountid\"/></Key>"
    "<Property Name=\"accountid\" Type=\"Edm.Guid\"/>"
    "<Property Name=\"name\" Type=\"Edm.String\" MaxLength=\"160\"/>"
    "<Property Name=\"modifiedon\" Type=\"Edm.DateTimeOffset\"/>"
    "<Property Name=\"_transactioncurrencyid_value\" Type=\"Edm.Guid\"/>"
    "<Property Name=\"_ownerid_value\" Type=\"Edm.Guid\"/>"
    "<NavigationProperty Name=\"transactioncurrencyid\" Type=\"mscrm.transactioncurrency\" "
    "Nullable=\"false\" Partner=\"transactioncurrency_account\">"
    "<ReferentialConstraint Property=\"_transactioncurrencyid_value\" "
    "ReferencedProperty=\"transactioncurrencyid\"/></NavigationProperty>"
    "<NavigationProperty Name=\"ownerid\" Type=\"mscrm.principal\" Partner=\"principal_account\">"
    "<ReferentialConstraint Property=\"_ownerid_value\" ReferencedProperty=\"ownerid\"/>"
    "</NavigationProperty>"
    "<NavigationProperty Name=\"contact_customer_accounts\" Type=\"Collection(mscrm.contact)\" "
    "Partner=\"parentcustomerid_account\"/>"
    "<NavigationProperty Name=\"primarycontactid\" Type=\"mscrm.contact\"/>"
    "</EntityType>"
    "<EntityType Name=\"contact\" BaseType=\"mscrm.crmbaseentity\">"
    "<Key><PropertyRef Name=\"contactid\"/></Key>"
    "<Property Name=\"contactid\" Type=\"Edm.Guid\"/>"
    "<Property Name=\"lastname\" Type=\"Edm.String\"/>"
    "<Property Name=\"modifiedon\" Type=\"Edm.DateTimeOffset\"/>"
    "<Property Name=\"_parentcustomerid_value\" Type=\"Edm.Guid\"/>"
    "<NavigationProperty Name=\"parentcustomerid_account\" Type=\"mscrm.account\" "
    "Partner=\"contact_customer_accounts\">"
    "<ReferentialConstraint Property=\"_parentcustomerid_value\" "
    "ReferencedProperty=\"accountid\"/></NavigationProperty>"
    "<NavigationProperty Name=\"parentcustomerid_contact\" Type=\"mscrm.contact\" "
    "Partner=\"contact_customer_contacts\">"
    "<ReferentialConstraint Property=\"_parentcustomerid_value\" "
    "ReferencedProperty=\"contactid\"/></NavigationProperty>"
    "</EntityType>"
    "<EntityContainer Name=\"System\">"
    "<EntitySet Name=\"accounts\" EntityType=\"Microsoft.Dynamics.CRM.account\"/>"
    "<EntitySet Name=\"contacts\" EntityType=\"Microsoft.Dynamics.CRM.contact\"/>"
    "<EntitySet Name=\"transactioncurrencies\" "
    "EntityType=\"Microsoft.Dynamics.CRM.transactioncurrency\"/>"
    "<EntitySet Name=\"systemusers\" EntityType=\"Microsoft.Dynamics.CRM.systemuser\"/>"
    "<EntitySet Name=\"teams\" EntityType=\"Microsoft.Dynamics.CRM.team\"/>"
    "</EntityContainer>"
    "</Schema></edmx:DataServices></edmx:Edmx>";

struct Account
{
    QString id;
    QString name;
    QDateTime stamp;
};

QJsonObject accountJson(const Account &a)
{
    const QString stamp = odata::stampLiteral(a.stamp);
    return {{QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(stamp)},
            {QStringLiteral("accountid"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("modifiedon"), stamp}};
}

// GET accounts with "$filter=modifiedon ge <stamp>", $orderby modifiedon,accountid,
// pages of odata.maxpagesize with a relative nextLink ($skiptoken = offset).
Reply serveAccounts(const Exchange &e, QList<Account> rows)
{
    const QString filter = e.query(QStringLiteral("$filter"));
    static const QRegularExpression ge(QStringLiteral("modifiedon ge (\\S+)"));
    const QRegularExpressionMatch m = ge.match(filter);
    if (m.hasMatch()) {
        const QDateTime from = odata::parseStamp(m.captured(1));
        rows.removeIf([&](const Account &a) { return a.stamp < from; });
    }
    std::sort(rows.begin(), rows.end(), [](const Account &a, const Account &b) {
        return a.stamp != b.stamp ? a.stamp < b.stamp : a.id < b.id;
    });
    static const QRegularExpression pageSize(QStringLiteral("odata.maxpagesize=(\\d+)"));
    const int size = pageSize.match(QString::fromLatin1(e.header("Prefer"))).captured(1).toInt();
    const int skip = e.query(QStringLiteral("$skiptoken")).toInt();
    QJsonArray value;
    for (qsizetype i = skip; i < rows.size() && i < skip + size; ++i)
        value.append(accountJson(rows.at(i)));
    QJsonObject page{{QStringLiteral("value"), value}};
    if (skip + size < rows.size()) {
        QUrlQuery next(e.url);
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::number(skip + size));
        page.insert(QStringLiteral("@odata.nextLink"),
                    QStringLiteral("accounts?") + next.toString(QUrl::FullyEncoded));
    }
    return json(page);
}

QString guid(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

TableSpec accounts()
{
    return {QStringLiteral("accounts"),
            QStringLiteral("accountid"),
            QStringLiteral("modifiedon"),
            {QStringLiteral("accountid"), QStringLiteral("name"), QStringLiteral("modifiedon")},
            {}};
}

ConnectionConfig config(const FakeServer &server, const QVariantMap &extra = {})
{
    ConnectionConfig c;
    c.name = QStringLiteral("CRM");
    c.kind = QStringLiteral("odata");
    c.options = {{QStringLiteral("profile"), QStringLiteral("generic")},
                 {QStringLiteral("serviceRoot"), server.root().toString()},
                 {QStringLiteral("auth"), QStringLiteral("none")},
                 {QStringLiteral("retries"), 3},
                 {QStringLiteral("timeoutSeconds"), 2}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        c.options.insert(it.key(), it.value());
    return c;
}

std::unique_ptr<OdataConnector> connector(const FakeServer &server, const QVariantMap &extra = {},
                                          const QString &secret = {})
{
    auto c = std::make_unique<OdataConnector>(config(server, extra), QString(), secret);
    c->setBackoffBase(20);
    c->open();
    return c;
}

// Answers $metadata, then hands over to `rest`.
std::function<Reply(const Exchange &)> withMetadata(std::function<Reply(const Exchange &)> rest,
                                                    const char *xml = metadataXml)
{
    return [rest, xml](const Exchange &e) {
        if (e.url.path().endsWith(QLatin1String("$metadata"))) {
            Reply r;
            r.contentType = "application/xml";
            r.body = xml;
            return r;
        }
        return rest(e);
    };
}

QByteArray batchAnswer(const QList<QByteArray> &httpParts, bool close = true)
{
    QByteArray body;
    for (qsizetype i = 0; i < httpParts.size(); ++i) {
        body += "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_" +
                QByteArray::number(i) + "\r\n\r\n";
        body += "--changesetresponse_" + QByteArray::number(i) +
                "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
                "Content-ID: " +
                QByteArray::number(i + 1) + "\r\n\r\n";
        body += httpParts.at(i);
        body += "\r\n--changesetresponse_" + QByteArray::number(i) + "--\r\n";
    }
    if (close)
        body += "--batchresponse_1--\r\n";
    return body;
}

QByteArray created(const QString &id, const QString &name)
{
    const QByteArray payload =
        QJsonDocument(
            accountJson(
                {id, name, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 5), QTimeZone::utc())}))
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n" + payload;
}

Reply multipart(const QByteArray &body)
{
    Reply r;
    r.contentType = "multipart/mixed; boundary=batchresponse_1";
    r.body = body;
    return r;
}

// The ops a $batch request carries, as "METHOD url" lines.
QStringList batchOps(const QByteArray &body)
{
    QStringList ops;
    static const QRegularExpression line(QStringLiteral("^(POST|PATCH|DELETE|GET) (\\S+) HTTP/1.1"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(body));
    while (it.hasNext()) {
        const auto m = it.next();
        ops << m.captured(1) + QLatin1Char(' ') + m.captured(2);
    }
    return ops;
}

// The keys of the inserts a $batch request carries, in order.
QStringList batchKeys(const QByteArray &body)
{
    QStringList keys;
    static const QRegularExpression key(QStringLiteral("\"accountid\":\"([^\"]+)\""));
    auto it = key.globalMatch(QString::fromUtf8(body));
    while (it.hasNext())
        keys << it.next().captured(1);
    return keys;
}

// A part answered 429 by the service protection limits, with its Retry-After.
QByteArray throttledPart(const QByteArray &retryAfter)
{
    QByteArray part = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n";
    if (!retryAfter.isEmpty())
        part += "Retry-After: " + retryAfter + "\r\n";
    return part + "\r\n{\"error\":{\"code\":\"0x80072322\",\"message\":\"Number of requests "
                  "exceeded the limit of 6000 over time window of 300 seconds.\"}}";
}

// The JSON bodies of the requests a $batch request carries, in order.
QList<QJsonObject> batchBodies(const QByteArray &body)
{
    QList<QJsonObject> bodies;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith('{'))
            bodies << QJsonDocument::fromJson(line.trimmed()).object();
    }
    return bodies;
}

QList<WriteOp> inserts(int n)
{
    QList<WriteOp> ops;
    for (int i = 1; i <= n; ++i)
        ops << WriteOp{WriteOp::Kind::Insert,
                       guid(i),
                       {{QStringLiteral("name"), QStringLiteral("n%1").arg(i)}},
                       {}};
    return ops;
}

} // namespace

class TestOdata : public QObject
{
    Q_OBJECT

private slots:
    // protocol
    void batchBodyHasOneChangeSetPerOp();
    void batchAnswerParses();
    void batchAnswerWithFailingPart();
    void batchAnswerTruncated();
    void batchAnswerNotMultipart();
    void errorJson();
    void nextLinkResolution_data();
    void nextLinkResolution();
    void retryAfter();
    void csdl();
    void csdlMalformed();
    void csdlLookups();
    void lookupBinds();
    void literals();
    void stamps();
    void aadMessages_data();
    void aadMessages();
    void settings();
    void settingsProblems_data();
    void settingsProblems();

    // connector against the scripted server
    void headersAndPaging();
    void scanDropsRowsOfTheSameMillisecond();
    void rowsByKeysInChunks();
    void retryAfterIsHonoured();
    void serverErrorsAreRetriedThenReported();
    void droppedAndSlowAnswersAreRetried();
    void malformedJsonIsRetriedThenReported();
    void batchWithFailingRows();
    void lookupsAreWrittenAsBinds();
    void polymorphicLookupNeedsItsTarget();
    void genericProfileWritesLookupsAsThemselves();
    void lostInsertWithLookupIsFound();
    void bindToMissingRowIsNoDeletedRow();
    void truncatedBatchSendsTheRestAgain();
    void retriedInsertThatExistsIsSuccess();
    void throttledPartsGoAgainAfterThePause();
    void throttledPartPastRetriesFails();
    void laterBatchFailureKeepsEarlierResults();
    void basicAuthentication();
    void oauthTokenCachedAndRefreshedOn401();
    void oauthErrorsInPlainWords();
    void connectionTest();
    void findAndSearchEscapeLiterals();
    void sqlConnectionTestListsTables();
};

// ---- protocol ----------------------------------------------------------------

void TestOdata::batchBodyHasOneChangeSetPerOp()
{
    const odata::BatchRequest b = odata::buildBatch(
        {{"POST", QStringLiteral("accounts"), {{"Prefer", "return=representation"}}, "{\"a\":1}"},
         {"DELETE", QStringLiteral("accounts(x)"), {{"If-Match", "*"}}, {}}});
    QVERIFY(b.contentType.startsWith("multipart/mixed; boundary=batch_"));
    QCOMPARE(b.body.count("Content-Type: multipart/mixed; boundary=changeset_"), 2);
    QVERIFY(b.body.contains("Content-ID: 1\r\n"));
    QVERIFY(b.body.contains("Content-ID: 2\r\n"));
    QVERIFY(b.body.contains("POST accounts HTTP/1.1\r\nPrefer: return=representation\r\n"
                            "Content-Type: application/json; charset=utf-8\r\n\r\n{\"a\":1}"));
    QVERIFY(b.body.contains("DELETE accounts(x) HTTP/1.1\r\nIf-Match: *\r\n\r\n"));
    QVERIFY(b.body.endsWith("--\r\n"));
    QCOMPARE(batchOps(b.body),
             (QStringList{QStringLiteral("POST accounts"), QStringLiteral("DELETE accounts(x)")}));
}

void TestOdata::batchAnswerParses()
{
    const QByteArray body = batchAnswer({created(guid(1), QStringLiteral("A")),
                                         "HTTP/1.1 204 No Content\r\nOData-EntityId: "
                                         "http://x/accounts(1)\r\nETag: W/\"e\"\r\n\r\n"});
    const odata::BatchResponse r =
        odata::parseBatchResponse("multipart/mixed; boundary=\"batchresponse_1\"", body);
    QVERIFY2(r.complete, qPrintable(r.problem));
    QCOMPARE(r.parts.size(), 2);
    QCOMPARE(r.parts.at(0).status, 201);
    QCOMPARE(r.parts.at(0).contentId, 1);
    QCOMPARE(QJsonDocument::fromJson(r.parts.at(0).body)
                 .object()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("A"));
    QCOMPARE(r.parts.at(1).status, 204);
    QCOMPARE(odata::headerValue(r.parts.at(1).headers, "etag"), QByteArray("W/\"e\""));
    QVERIFY(r.parts.at(1).body.isEmpty());
}

void TestOdata::batchAnswerWithFailingPart()
{
    // A failed change set answers with one application/http part, not a multipart.
    QByteArray body = "--b\r\nContent-Type: application/http\r\n\r\n"
                      "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n"
                      "{\"error\":{\"code\":\"0x80040265\",\"message\":\"Bad name\"}}\r\n"
                      "--b\r\nContent-Type: multipart/mixed; boundary=cs\r\n\r\n"
                      "--cs\nContent-Type: application/http\nContent-ID: 2\n\n"
                      "HTTP/1.1 412 Precondition Failed\n\n\n--cs--\n"
                      "--b--";
    const odata::BatchResponse r = odata::parseBatchResponse("multipart/mixed;boundary=b", body);
    QVERIFY2(r.complete, qPrintable(r.problem));
    QCOMPARE(r.parts.size(), 2);
    QCOMPARE(r.parts.at(0).status, 400);
    QCOMPARE(r.parts.at(0).contentId, 0);
    QCOMPARE(odata::parseError(r.parts.at(0).body).message, QStringLiteral("Bad name"));
    QCOMPARE(r.parts.at(1).status, 412);
    QCOMPARE(r.parts.at(1).contentId, 2);
}

void TestOdata::batchAnswerTruncated()
{
    const QByteArray whole =
        batchAnswer({created(guid(1), QStringLiteral("A")), created(guid(2), QStringLiteral("B")),
                     created(guid(3), QStringLiteral("C"))});
    for (qsizetype cut = 0; cut < whole.size(); cut += 7) {
        const odata::BatchResponse r =
            odata::parseBatchResponse("multipart/mixed; boundary=batchresponse_1", whole.left(cut));
        QVERIFY(!r.complete);
        QVERIFY(!r.problem.isEmpty());
        QVERIFY(r.parts.size() <= 3);
        for (const odata::BatchResponsePart &p : r.parts)
            QCOMPARE(p.status, 201);
    }
    const odata::BatchResponse r =
        odata::parseBatchResponse("multipart/mixed; boundary=batchresponse_1",
                                  whole.left(whole.indexOf("changesetresponse_2")));
    QCOMPARE(r.parts.size(), 2);
    QVERIFY(!r.complete);
}

void TestOdata::batchAnswerNotMultipart()
{
    odata::BatchResponse r = odata::parseBatchResponse("application/json", "{\"error\":{}}");
    QVERIFY(!r.complete);
    QVERIFY(r.parts.isEmpty());
    r = odata::parseBatchResponse("multipart/mixed", "--x\r\n");
    QVERIFY(!r.complete);
    r = odata::parseBatchResponse("multipart/mixed; boundary=x",
                                  "--x\r\nContent-Type: application/http\r\n\r\nGARBAGE\r\n--x--");
    QVERIFY(!r.complete);
    QVERIFY(r.parts.isEmpty());
    // Nesting deeper than batch > change set is refused, not followed.
    r = odata::parseBatchResponse(
        "multipart/mixed; boundary=a",
        "--a\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: "
        "multipart/mixed; boundary=c\r\n\r\n--c--\r\n--b--\r\n--a--");
    QVERIFY(!r.complete);
}

void TestOdata::errorJson()
{
    const odata::ServerError e = odata::parseError(
        "{\"error\":{\"code\":\"0x80040237\",\"message\":\"A record with matching key values "
        "already exists.\",\"details\":[{\"code\":\"x\",\"target\":\"name\",\"message\":\"Too "
        "long\"}],\"innererror\":{\"message\":\"Inner\"}}}");
    QCOMPARE(e.code, QStringLiteral("0x80040237"));
    QCOMPARE(e.message, QStringLiteral("A record with matching key values already exists."));
    QCOMPARE(e.details, QStringLiteral("name: Too long\nInner"));
    QCOMPARE(odata::describeHttp(409, "Conflict", e),
             QStringLiteral("HTTP 409 Conflict; code 0x80040237: A record with matching key values "
                            "already exists.\nname: Too long\nInner"));
    // Numeric codes, OData 4.0 message objects.
    const odata::ServerError n = odata::parseError(
        "{\"error\":{\"code\":500,\"message\":{\"lang\":\"en\",\"value\":\"x\"}}}");
    QCOMPARE(n.code, QStringLiteral("500"));
    QCOMPARE(n.message, QStringLiteral("x"));
    // Not JSON: the first line of text; HTML is left out; huge text is cut.
    QCOMPARE(odata::parseError("Service Unavailable\r\nmore").message,
             QStringLiteral("Service Unavailable"));
    QVERIFY(odata::parseError("<html><body>502</body></html>").message.isEmpty());
    QVERIFY(odata::parseError(QByteArray(100000, 'x')).message.size() <= 501);
    QVERIFY(odata::parseError("{\"error\":").message.startsWith(QLatin1String("{\"error\"")));
    QVERIFY(odata::parseError("{\"error\":[1,2]}").code.isEmpty());
}

void TestOdata::nextLinkResolution_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    const QString req = QStringLiteral("https://org.example/api/data/v9.2/accounts?$select=name");
    QTest::newRow("absolute") << req
                              << QStringLiteral(
                                     "https://org.example/api/data/v9.2/"
                                     "accounts?$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E")
                              << QStringLiteral(
                                     "https://org.example/api/data/v9.2/"
                                     "accounts?$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E");
    QTest::newRow("relative to the set")
        << req << QStringLiteral("accounts?$select=name&$skiptoken=1000")
        << QStringLiteral(
               "https://org.example/api/data/v9.2/accounts?$select=name&$skiptoken=1000");
    QTest::newRow("absolute path")
        << req << QStringLiteral("/odata/v4/accounts?$skip=7")
        << QStringLiteral("https://org.example/odata/v4/accounts?$skip=7");
    QTest::newRow("other host") << req << QStringLiteral("https://other.example/x?a=1")
                                << QStringLiteral("https://other.example/x?a=1");
}

void TestOdata::nextLinkResolution()
{
    QFETCH(QString, request);
    QFETCH(QString, link);
    QFETCH(QString, expected);
    QCOMPARE(odata::resolveLink(QUrl(request), link).toString(QUrl::FullyEncoded), expected);
}

void TestOdata::retryAfter()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 50), QTimeZone::utc());
    QCOMPARE(odata::retryAfterSeconds("120", now), std::optional<qint64>(120));
    QCOMPARE(odata::retryAfterSeconds(" 0 ", now), std::optional<qint64>(0));
    QCOMPARE(odata::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", now),
             std::optional<qint64>(10));
    QCOMPARE(odata::retryAfterSeconds("Wed, 21 Oct 2015 07:00:00 GMT", now),
             std::optional<qint64>(0)); // in the past: no wait
    QVERIFY(!odata::retryAfterSeconds("", now));
    QVERIFY(!odata::retryAfterSeconds("-5", now));
    QVERIFY(!odata::retryAfterSeconds("soon", now));
}

void TestOdata::csdl()
{
    QString error;
    const OdataMetadata m = OdataMetadata::parse(metadataXml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m.entitySets(),
             (QStringList{QStringLiteral("accounts"), QStringLiteral("currencies")}));
    QCOMPARE(m.entityTypeName(QStringLiteral("accounts")), QStringLiteral("account"));
    const TableInfo a = m.tableInfo(QStringLiteral("accounts"));
    QCOMPARE(a.columns.size(), 4); // navigation properties are no columns
    QVERIFY(a.column(QStringLiteral("accountid"))->primaryKey);
    QCOMPARE(a.column(QStringLiteral("accountid"))->type, QMetaType::QUuid);
    QVERIFY(!a.column(QStringLiteral("accountid"))->nullable);
    QCOMPARE(a.column(QStringLiteral("name"))->type, QMetaType::QString);
    QCOMPARE(a.column(QStringLiteral("name"))->length, 10);
    QVERIFY(a.column(QStringLiteral("name"))->nullable);
    QVERIFY(!a.column(QStringLiteral("name"))->primaryKey);
    QCOMPARE(a.column(QStringLiteral("numberofemployees"))->type, QMetaType::Int);
    QCOMPARE(a.column(QStringLiteral("modifiedon"))->type, QMetaType::QDateTime);
    const TableInfo c = m.tableInfo(QStringLiteral("currencies")); // type named by alias
    QVERIFY(c.column(QStringLiteral("code"))->primaryKey);
    QCOMPARE(c.column(QStringLiteral("rate"))->type, QMetaType::Double);
    QVERIFY(m.tableInfo(QStringLiteral("nothing")).columns.isEmpty());
    QCOMPARE(OdataMetadata::edmType(QStringLiteral("Edm.Geography")), QMetaType::UnknownType);
}

void TestOdata::csdlMalformed()
{
    QString error;
    QVERIFY(OdataMetadata::parse(QByteArray(metadataXml).left(300), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(OdataMetadata::parse("{\"value\":[]}", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(OdataMetadata::parse("<html><body/></html>", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestOdata::csdlLookups()
{
    QString error;
    const OdataMetadata m = OdataMetadata::parse(lookupMetadataXml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Navigation properties are no columns; the value properties are.
    const TableInfo a = m.tableInfo(QStringLiteral("accounts"));
    QVERIFY(a.column(QStringLiteral("_transactioncurrencyid_value")));
    QVERIFY(!a.column(QStringLiteral("transactioncurrencyid")));

    const auto currency =
        m.navigations(QStringLiteral("accounts"), QStringLiteral("_transactioncurrencyid_value"));
    QCOMPARE(currency.size(), 1);
    QCOMPARE(currency.at(0).name, QStringLiteral("transactioncurrencyid"));
    QCOMPARE(currency.at(0).property, QStringLiteral("_transactioncurrencyid_value"));
    QCOMPARE(currency.at(0).targetType,
             QStringLiteral("Microsoft.Dynamics.CRM.transactioncurrency"));
    QCOMPARE(currency.at(0).targetSets, QStringList{QStringLiteral("transactioncurrencies")});

    const auto customer =
        m.navigations(QStringLiteral("contacts"), QStringLiteral("_parentcustomerid_value"));
    QCOMPARE(customer.size(), 2);
    QCOMPARE(customer.at(0).name, QStringLiteral("parentcustomerid_account"));
    QCOMPARE(customer.at(0).targetSets, QStringList{QStringLiteral("accounts")});
    QCOMPARE(customer.at(1).name, QStringLiteral("parentcustomerid_contact"));
    QCOMPARE(customer.at(1).targetSets, QStringList{QStringLiteral("contacts")});

    // The owner's type is abstract: no entity set has it, two derive from it.
    const auto owner = m.navigations(QStringLiteral("accounts"), QStringLiteral("_ownerid_value"));
    QCOMPARE(owner.size(), 1);
    QVERIFY(owner.at(0).targetSets.isEmpty());
    QVERIFY(m.isOfType(QStringLiteral("systemusers"),
                       QStringLiteral("Microsoft.Dynamics.CRM.principal")));
    QVERIFY(
        m.isOfType(QStringLiteral("teams"), QStringLiteral("Microsoft.Dynamics.CRM.principal")));
    QVERIFY(!m.isOfType(QStringLiteral("accounts"),
                        QStringLiteral("Microsoft.Dynamics.CRM.principal")));

    // Collections and navigation properties without a constraint set nothing.
    QVERIFY(m.navigations(QStringLiteral("accounts"), QString()).isEmpty());
    QVERIFY(m.navigations(QStringLiteral("accounts"), QStringLiteral("name")).isEmpty());
    // The CSDL without lookups has none.
    const OdataMetadata plain = OdataMetadata::parse(metadataXml, &error);
    QVERIFY(plain.navigations(QStringLiteral("accounts"), QStringLiteral("primarycontactid"))
                .isEmpty());
}

void TestOdata::lookupBinds()
{
    QString error;
    const OdataMetadata m = OdataMetadata::parse(lookupMetadataXml, &error);
    const auto bind = [&m](const char *set, const char *property, const char *target = "") {
        return m.lookupBind(QLatin1String(set), QLatin1String(property), QLatin1String(target));
    };

    // A plain property is written as it is.
    OdataMetadata::LookupBind b = bind("accounts", "name");
    QVERIFY(!b.isBind());
    QVERIFY(b.error.isEmpty());
    // One navigation property, one entity set: bound without being told.
    b = bind("accounts", "_transactioncurrencyid_value");
    QCOMPARE(b.navigation, QStringLiteral("transactioncurrencyid"));
    QCOMPARE(b.targetSet, QStringLiteral("transactioncurrencies"));
    QVERIFY(b.error.isEmpty());

    // A polymorphic lookup needs its target; the error names the field and the option.
    b = bind("contacts", "_parentcustomerid_value");
    QVERIFY(!b.isBind());
    QVERIFY2(b.error.contains(QLatin1String("_parentcustomerid_value")), qPrintable(b.error));
    QVERIFY(b.error.contains(QLatin1String("\"lookups\"")));
    QVERIFY(b.error.contains(QLatin1String("accounts (parentcustomerid_account)")));
    QVERIFY(b.error.contains(QLatin1String("contacts (parentcustomerid_contact)")));
    // ... as an entity set, or as the navigation property.
    b = bind("contacts", "_parentcustomerid_value", "accounts");
    QCOMPARE(b.navigation, QStringLiteral("parentcustomerid_account"));
    QCOMPARE(b.targetSet, QStringLiteral("accounts"));
    b = bind("contacts", "_parentcustomerid_value", "parentcustomerid_contact");
    QCOMPARE(b.navigation, QStringLiteral("parentcustomerid_contact"));
    QCOMPARE(b.targetSet, QStringLiteral("contacts"));
    // A target the lookup cannot point to.
    b = bind("contacts", "_parentcustomerid_value", "systemusers");
    QVERIFY(!b.isBind());
    QVERIFY(b.error.contains(QLatin1String("cannot point to systemusers")));
    b = bind("contacts", "_parentcustomerid_value", "nowhere");
    QVERIFY(b.error.contains(QLatin1String("nowhere")));

    // The owner: an abstract type, bound to the entity set that derives from it.
    b = bind("accounts", "_ownerid_value");
    QVERIFY(!b.isBind());
    QVERIFY(b.error.contains(QLatin1String("_ownerid_value")));
    b = bind("accounts", "_ownerid_value", "teams");
    QCOMPARE(b.navigation, QStringLiteral("ownerid"));
    QCOMPARE(b.targetSet, QStringLiteral("teams"));
    b = bind("accounts", "_ownerid_value", "ownerid"); // principal has no entity set
    QVERIFY(!b.isBind());
    QVERIFY(b.error.contains(QLatin1String("name the entity set")));

    // A target for a property that no navigation property sets is a mistake.
    b = bind("accounts", "name", "accounts");
    QVERIFY(!b.isBind());
    QVERIFY(b.error.contains(QLatin1String("no navigation property")));
}

void TestOdata::literals()
{
    QCOMPARE(odata::stringLiteral(QStringLiteral("O'Brien & 'Sons'")),
             QStringLiteral("'O''Brien & ''Sons'''"));
    QCOMPARE(odata::literal(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    QCOMPARE(odata::literal(QVariant()), QStringLiteral("null"));
    QCOMPARE(odata::literal(42), QStringLiteral("42"));
    QCOMPARE(odata::literal(2.5), QStringLiteral("2.5"));
    QCOMPARE(odata::literal(true), QStringLiteral("true"));
    QCOMPARE(odata::literal(QStringLiteral("7"), QMetaType::Int), QStringLiteral("7"));
    QVERIFY(odata::literal(QStringLiteral("7.5"), QMetaType::Int).isEmpty());
    QVERIFY(odata::literal(QStringLiteral("x"), QMetaType::Double).isEmpty());
    QCOMPARE(odata::literal(7, QMetaType::QString), QStringLiteral("'7'"));
    QCOMPARE(
        odata::literal(QStringLiteral("{0FB5A2E9-0000-0000-0000-00000000000A}"), QMetaType::QUuid),
        QStringLiteral("0fb5a2e9-0000-0000-0000-00000000000a"));
    QVERIFY(odata::literal(QStringLiteral("1') or true or ('"), QMetaType::QUuid).isEmpty());
    QCOMPARE(odata::literal(QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 7), QTimeZone(7200))),
             QStringLiteral("2024-05-01T10:00:00.007Z"));
    QCOMPARE(odata::keyLiteral(QStringLiteral("EUR"), QMetaType::QString), QStringLiteral("'EUR'"));
    QCOMPARE(odata::keyLiteral(QStringLiteral("O'B"), QMetaType::QString),
             QStringLiteral("'O''B'"));
    QCOMPARE(odata::keyLiteral(QStringLiteral("12"), QMetaType::LongLong), QStringLiteral("12"));
    QVERIFY(odata::keyLiteral(QStringLiteral("12 or 1 eq 1"), QMetaType::LongLong).isEmpty());
    QVERIFY(odata::keyLiteral(QStringLiteral("abc"), QMetaType::QUuid).isEmpty());

    bool ok = false;
    QCOMPARE(odata::toJson(QStringLiteral("12"), QMetaType::Int, &ok), QJsonValue(12));
    QVERIFY(ok);
    odata::toJson(QStringLiteral("twelve"), QMetaType::Int, &ok);
    QVERIFY(!ok);
    odata::toJson(1e300, QMetaType::LongLong, &ok); // huge values fit no integer property
    QVERIFY(!ok);
    odata::toJson(QStringLiteral("3000000000"), QMetaType::Int, &ok);
    QVERIFY(!ok);
    QVERIFY(odata::literal(1e300, QMetaType::Int).isEmpty());
    QCOMPARE(odata::toJson(2147483647, QMetaType::Int, &ok), QJsonValue(2147483647));
    QVERIFY(ok);
    QCOMPARE(odata::toJson(QString(), QMetaType::Int, &ok), QJsonValue(QJsonValue::Null));
    QVERIFY(ok);
    QCOMPARE(odata::toJson(QStringLiteral("2024-05-01 10:00:00"), QMetaType::QDateTime, &ok),
             QJsonValue(QStringLiteral("2024-05-01T10:00:00.000Z")));
    QCOMPARE(odata::toJson(QStringLiteral("1"), QMetaType::Bool, &ok), QJsonValue(true));
    QCOMPARE(odata::fromJson(QJsonValue(3.0)), QVariant(qlonglong(3)));
    QCOMPARE(odata::fromJson(QJsonValue(2.5)), QVariant(2.5));
    QVERIFY(odata::fromJson(QJsonValue(QJsonValue::Null)).isNull());
}

void TestOdata::stamps()
{
    const QDateTime expected(QDate(2024, 5, 1), QTime(10, 0, 0, 123), QTimeZone::utc());
    QCOMPARE(odata::parseStamp(QStringLiteral("2024-05-01T10:00:00.123Z")), expected);
    QCOMPARE(odata::parseStamp(QStringLiteral("2024-05-01T10:00:00.1234567Z")), expected);
    QCOMPARE(odata::parseStamp(QStringLiteral("2024-05-01T12:00:00.123+02:00")), expected);
    QCOMPARE(odata::parseStamp(QStringLiteral("2024-05-01T10:00:00.123")), expected);
    QCOMPARE(odata::parseStamp(QStringLiteral("2024-05-01T10:00:00Z")), expected.addMSecs(-123));
    QVERIFY(!odata::parseStamp(QStringLiteral("yesterday")).isValid());
    QVERIFY(!odata::parseStamp(QStringLiteral("2024-13-01T10:00:00Z")).isValid());
    QCOMPARE(odata::stampLiteral(expected), QStringLiteral("2024-05-01T10:00:00.123Z"));
}

void TestOdata::aadMessages_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");
    QTest::newRow("50055") << QStringLiteral("AADSTS50055: The password is expired.\r\nTrace ID: 1")
                           << QStringLiteral("The integration user's password has expired or must "
                                             "be changed at next sign-in.");
    QTest::newRow("50057") << QStringLiteral("AADSTS50057: The user account is disabled.")
                           << QStringLiteral("The integration user's account is disabled.");
    QTest::newRow("7000215") << QStringLiteral("AADSTS7000215: Invalid client secret provided.")
                             << QStringLiteral(
                                    "The client secret is not valid for this "
                                    "application; check the secret or create a new one.");
    QTest::newRow("700016") << QStringLiteral("AADSTS700016: Application with identifier 'x' was "
                                              "not found in the directory 'y'.")
                            << QStringLiteral("The application (client id) is not known to the "
                                              "directory; check the client id and the tenant.");
    QTest::newRow("other") << QStringLiteral("AADSTS90002: Tenant 'x' not found.\r\nTrace ID: 2")
                           << QStringLiteral("AADSTS90002: Tenant 'x' not found.");
    QTest::newRow("prefix only") << QStringLiteral("AADSTS500550: something else")
                                 << QStringLiteral("AADSTS500550: something else");
    QTest::newRow("empty") << QString() << QStringLiteral("The sign-in was refused.");
}

void TestOdata::aadMessages()
{
    QFETCH(QString, description);
    QFETCH(QString, expected);
    QCOMPARE(odata::tokenErrorMessage(description), expected);
}

void TestOdata::settings()
{
    ConnectionConfig c;
    c.kind = QStringLiteral("odata");
    c.user = QStringLiteral("app-id");
    c.options = {{QStringLiteral("url"), QStringLiteral("https://org.crm4.dynamics.com/")},
                 {QStringLiteral("tokenUrl"),
                  QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/token")}};
    QList<OdataOptionIssue> issues;
    const OdataSettings s = OdataSettings::read(c, QStringLiteral("/ws"), &issues);
    QVERIFY(issues.isEmpty());
    QVERIFY(s.isDataverse());
    QCOMPARE(s.serviceRoot.toString(),
             QStringLiteral("https://org.crm4.dynamics.com/api/data/v9.2/"));
    QVERIFY(s.auth == OdataSettings::Auth::OAuth2);
    QCOMPARE(s.clientId, QStringLiteral("app-id"));
    QCOMPARE(s.scope, QStringLiteral("https://org.crm4.dynamics.com/.default"));
    QCOMPARE(s.pageSize, 500);
    QCOMPARE(s.batchSize, 100);
    QCOMPARE(s.timeoutSeconds, 60);
    QCOMPARE(s.retries, 5);
    QCOMPARE(s.administratorRoles, QStringList{QStringLiteral("System Administrator")});
    QVERIFY(s.bindLookups); // Dataverse refuses writes of the value property
    QVERIFY(s.lookups.isEmpty());
    QCOMPARE(
        s.defaultRecordUrl(),
        QStringLiteral(
            "https://org.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn={table}&id={key}"));

    c.options = {{QStringLiteral("profile"), QStringLiteral("generic")},
                 {QStringLiteral("serviceRoot"), QStringLiteral("http://h/odata")},
                 {QStringLiteral("pageSize"), 7},
                 {QStringLiteral("caFile"), QStringLiteral("ca.pem")},
                 {QStringLiteral("administratorRoles"),
                  QVariantList{QStringLiteral("System Administrator"), QStringLiteral("IT")}}};
    const OdataSettings g = OdataSettings::read(c, QStringLiteral("/ws"), &issues);
    QVERIFY(issues.isEmpty());
    QCOMPARE(g.serviceRoot.toString(), QStringLiteral("http://h/odata/"));
    QVERIFY(g.auth == OdataSettings::Auth::None);
    QCOMPARE(g.pageSize, 7);
    QCOMPARE(g.caFile, QStringLiteral("/ws/ca.pem"));
    QCOMPARE(g.administratorRoles,
             (QStringList{QStringLiteral("System Administrator"), QStringLiteral("IT")}));
    QVERIFY(g.defaultRecordUrl().isEmpty());
    QVERIFY(!g.bindLookups);

    c.options.insert(QStringLiteral("bindLookups"), true);
    c.options.insert(QStringLiteral("lookups"),
                     QVariantMap{{QStringLiteral("contacts"),
                                  QVariantMap{{QStringLiteral("_parentcustomerid_value"),
                                               QStringLiteral("accounts")}}}});
    const OdataSettings l = OdataSettings::read(c, QStringLiteral("/ws"), &issues);
    QVERIFY(issues.isEmpty());
    QVERIFY(l.bindLookups);
    QCOMPARE(l.lookups.value(QStringLiteral("contacts"))
                 .value(QStringLiteral("_parentcustomerid_value")),
             QStringLiteral("accounts"));
}

void TestOdata::settingsProblems_data()
{
    QTest::addColumn<QVariantMap>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    const QVariantMap base{{QStringLiteral("profile"), QStringLiteral("generic")},
                           {QStringLiteral("serviceRoot"), QStringLiteral("http://h/")}};
    const auto with = [&base](const char *key, const QVariant &v) {
        QVariantMap m = base;
        m.insert(QLatin1String(key), v);
        return m;
    };
    QTest::newRow("unknown") << with("pagesize", 5) << "pagesize"
                             << "unknown option; the options of an odata connection are: profile, "
                                "url, serviceRoot, auth, tokenUrl, clientId, scope, pageSize, "
                                "batchSize, timeoutSeconds, retries, caFile, administratorRoles, "
                                "bindLookups, lookups";
    QVariantMap crm = with("profile", QStringLiteral("crm"));
    crm.insert(QStringLiteral("auth"), QStringLiteral("none"));
    QTest::newRow("profile") << crm << "profile"
                             << "unknown value \"crm\"; allowed: dataverse, generic";
    QTest::newRow("page size text") << with("pageSize", QStringLiteral("7")) << "pageSize"
                                    << "expected a whole number from 1 to 5000";
    QTest::newRow("page size 0") << with("pageSize", 0) << "pageSize"
                                 << "expected a whole number from 1 to 5000";
    QTest::newRow("batch size") << with("batchSize", 1.5) << "batchSize"
                                << "expected a whole number from 1 to 1000";
    QTest::newRow("retries") << with("retries", 99) << "retries"
                             << "expected a whole number from 0 to 20";
    QTest::newRow("root") << with("serviceRoot", QStringLiteral("ftp://h/")) << "serviceRoot"
                          << "expected an http or https address";
    QTest::newRow("auth") << with("auth", QStringLiteral("ntlm")) << "auth"
                          << "unknown value \"ntlm\"; allowed: none, basic, oauth2";
    QTest::newRow("oauth2 without token url")
        << with("auth", QStringLiteral("oauth2")) << "tokenUrl"
        << "required with \"auth\": \"oauth2\"";
    QTest::newRow("no root") << QVariantMap{{QStringLiteral("profile"), QStringLiteral("generic")}}
                             << "serviceRoot"
                             << "required: the address of the OData service";
    QTest::newRow("no url") << QVariantMap{{QStringLiteral("auth"), QStringLiteral("none")}}
                            << "url"
                            << "required: the organisation's address, such as "
                               "https://contoso.crm.dynamics.com";
    QTest::newRow("scope type") << with("scope", 5) << "scope"
                                << "expected a string";
    QTest::newRow("administrator roles text")
        << with("administratorRoles", QStringLiteral("System Administrator"))
        << "administratorRoles"
        << "expected an array of names";
    QTest::newRow("administrator roles numbers")
        << with("administratorRoles", QVariantList{QStringLiteral("System Administrator"), 5})
        << "administratorRoles"
        << "expected an array of names";
    QTest::newRow("administrator roles empty name")
        << with("administratorRoles", QVariantList{QString()}) << "administratorRoles"
        << "expected an array of names";
    QVariantMap binding = with("bindLookups", true);
    QTest::newRow("bind lookups text")
        << with("bindLookups", QStringLiteral("yes")) << "bindLookups"
        << "expected true or false";
    QTest::newRow("lookups list")
        <<
        [&] {
            QVariantMap m = binding;
            m.insert(QStringLiteral("lookups"), QVariantList{QStringLiteral("accounts")});
            return m;
        }()
        << "lookups"
        << "expected an object of entity set -> {lookup property: target entity set}";
    QTest::newRow("lookups of a set")
        <<
        [&] {
            QVariantMap m = binding;
            m.insert(QStringLiteral("lookups"),
                     QVariantMap{{QStringLiteral("contacts"), QStringLiteral("accounts")}});
            return m;
        }()
        << "lookups.contacts"
        << "expected an object of lookup property -> target entity set";
    QTest::newRow("lookup target")
        <<
        [&] {
            QVariantMap m = binding;
            m.insert(QStringLiteral("lookups"),
                     QVariantMap{{QStringLiteral("contacts"),
                                  QVariantMap{{QStringLiteral("_parentcustomerid_value"), 5}}}});
            return m;
        }()
        << "lookups.contacts._parentcustomerid_value"
        << "expected the name of the target entity set or of the navigation property";
    QTest::newRow("lookups without binds")
        << with("lookups", QVariantMap{{QStringLiteral("contacts"),
                                        QVariantMap{{QStringLiteral("_parentcustomerid_value"),
                                                     QStringLiteral("accounts")}}}})
        << "lookups"
        << "has no effect with \"bindLookups\": false; lookups are then written as plain "
           "properties";
}

void TestOdata::settingsProblems()
{
    QFETCH(QVariantMap, options);
    QFETCH(QString, key);
    QFETCH(QString, message);
    ConnectionConfig c;
    c.kind = QStringLiteral("odata");
    c.user = QStringLiteral("u");
    c.options = options;
    QList<OdataOptionIssue> issues;
    OdataSettings::read(c, {}, &issues);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).key, key);
    QCOMPARE(issues.at(0).message, message);
    // The connector refuses to open with it, naming the option.
    OdataConnector connector(c, {}, {});
    try {
        connector.open();
        QFAIL("open() should throw");
    } catch (const Error &e) {
        QVERIFY(e.detail().contains(QStringLiteral("options.") + key));
    }
}

// ---- connector ---------------------------------------------------------------

void TestOdata::headersAndPaging()
{
    QList<Account> rows;
    const QDateTime t0(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    for (int i = 0; i < 10; ++i)
        rows.append({guid(i), QStringLiteral("n%1").arg(i), t0.addMSecs(i)});
    FakeServer server;
    QVERIFY(server.start());
    bool absolute = false;
    server.handler = [&](const Exchange &e) {
        Reply r = serveAccounts(e, rows);
        // Every other page link is absolute.
        QJsonObject page = QJsonDocument::fromJson(r.body).object();
        if (page.contains(QLatin1String("@odata.nextLink")) && absolute)
            page.insert(QStringLiteral("@odata.nextLink"),
                        server.root()
                            .resolved(QUrl(page.value(QLatin1String("@odata.nextLink")).toString()))
                            .toString());
        absolute = !absolute;
        return json(page);
    };
    auto c = connector(server, {{QStringLiteral("pageSize"), 3}});
    const QList<Row> read = c->modifiedSince(accounts(), {}, {}, 100);
    QCOMPARE(read.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(read.at(i).key, guid(i));
        QCOMPARE(read.at(i).stamp, t0.addMSecs(i));
        QCOMPARE(read.at(i).values.value(QStringLiteral("name")).toString(),
                 QStringLiteral("n%1").arg(i));
        QVERIFY(read.at(i).etag.startsWith(QLatin1String("W/\"")));
    }
    QCOMPARE(server.requests.size(), 4);
    const Exchange &first = server.requests.first();
    QCOMPARE(first.header("OData-Version"), QByteArray("4.0"));
    QCOMPARE(first.header("OData-MaxVersion"), QByteArray("4.0"));
    QCOMPARE(first.header("Accept"), QByteArray("application/json"));
    QVERIFY(first.header("Prefer").contains("odata.maxpagesize=3"));
    QVERIFY(first.header("Authorization").isEmpty());
    QCOMPARE(first.query(QStringLiteral("$select")), QStringLiteral("accountid,name,modifiedon"));
    QCOMPARE(first.query(QStringLiteral("$orderby")), QStringLiteral("modifiedon,accountid"));
    QVERIFY(first.query(QStringLiteral("$filter")).isEmpty());

    // since + table filter
    TableSpec spec = accounts();
    spec.filter = QStringLiteral("statecode eq 0");
    server.requests.clear();
    QCOMPARE(c->modifiedSince(spec, t0.addMSecs(8), {}, 100).size(), 2);
    QCOMPARE(server.requests.first().query(QStringLiteral("$filter")),
             QStringLiteral("(statecode eq 0) and modifiedon ge 2024-05-01T10:00:00.008Z"));
}

void TestOdata::scanDropsRowsOfTheSameMillisecond()
{
    // 9 rows share one millisecond; pages of 4, calls of 2 (and then of 5).
    QList<Account> rows;
    const QDateTime t0(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    for (int i = 0; i < 9; ++i)
        rows.append({guid(100 + i), QString(), t0});
    rows.append({guid(1), QString(), t0.addMSecs(-1)});
    rows.append({guid(2), QString(), t0.addMSecs(1)});
    rows.append({guid(3), QString(), t0.addMSecs(1)});
    FakeServer server;
    QVERIFY(server.start());
    server.handler = [&](const Exchange &e) { return serveAccounts(e, rows); };
    for (const int limit : {2, 5}) {
        auto c = connector(server, {{QStringLiteral("pageSize"), 4}});
        QStringList keys;
        ScanCursor cursor;
        for (int calls = 0; calls < 50; ++calls) {
            const QList<Row> page = c->modifiedSince(accounts(), {}, cursor, limit);
            QVERIFY(page.size() <= limit);
            for (const Row &row : page)
                keys << row.key;
            if (page.size() < limit)
                break;
            cursor = {page.last().stamp, page.last().key};
        }
        QCOMPARE(keys.size(), rows.size());
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), rows.size());
        QCOMPARE(keys.first(), guid(1));
        QCOMPARE(keys.last(), guid(3));
    }
    // A cursor made elsewhere (a new connector): rows at its stamp up to its key are dropped.
    auto c = connector(server, {{QStringLiteral("pageSize"), 4}});
    const QList<Row> rest = c->modifiedSince(accounts(), {}, ScanCursor{t0, guid(104)}, 100);
    QCOMPARE(rest.size(), 6);
    QCOMPARE(rest.first().key, guid(105));
}

void TestOdata::rowsByKeysInChunks()
{
    QList<Account> rows;
    for (int i = 0; i < 300; i += 2)
        rows.append({guid(i), QString(), QDateTime::currentDateTimeUtc()});
    FakeServer server;
    QVERIFY(server.start());
    server.handler = withMetadata([&](const Exchange &e) {
        // "accountid eq <g> or accountid eq <g>..."
        static const QRegularExpression eq(QStringLiteral("accountid eq ([0-9a-f-]{36})"));
        QSet<QString> wanted;
        auto it = eq.globalMatch(e.query(QStringLiteral("$filter")));
        while (it.hasNext())
            wanted.insert(it.next().captured(1));
        QJsonArray value;
        for (const Account &a : rows) {
            if (wanted.contains(a.id))
                value.append(accountJson(a));
        }
        return json({{QStringLiteral("value"), value}});
    });
    auto c = connector(server);
    QStringList keys;
    for (int i = 0; i < 300; ++i)
        keys << guid(i);
    keys << QStringLiteral("not-a-guid") << guid(0);
    const QList<Row> found = c->rowsByKeys(accounts(), keys);
    QCOMPARE(found.size(), 150);
    int requests = 0;
    for (const Exchange &e : std::as_const(server.requests)) {
        if (!e.url.path().endsWith(QLatin1String("accounts")))
            continue;
        ++requests;
        QVERIFY2(e.url.toEncoded().size() + 30 < OdataConnector::maxUrlLength,
                 qPrintable(QString::number(e.url.toEncoded().size())));
    }
    QVERIFY(requests >= 10);
    const QSet<QString> existing =
        c->existingKeys(accounts(), {guid(2).toUpper(), guid(3), QStringLiteral("x")});
    QCOMPARE(existing, QSet<QString>{guid(2).toUpper()});
}

void TestOdata::retryAfterIsHonoured()
{
    FakeServer server;
    QVERIFY(server.start());
    int calls = 0;
    server.handler = [&](const Exchange &e) {
        if (calls++ == 0) {
            Reply r = errorReply(429, QStringLiteral("0x80072322"), QStringLiteral("Too many"));
            r.headers.emplaceBack("Retry-After", "1");
            return r;
        }
        return serveAccounts(e, {});
    };
    auto c = connector(server);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(c->modifiedSince(accounts(), {}, {}, 10).isEmpty());
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requests.size(), 2);

    // 503 with an HTTP date in the past: at once.
    calls = 0;
    server.handler = [&](const Exchange &e) {
        if (calls++ == 0) {
            Reply r = errorReply(503, QStringLiteral("x"), QStringLiteral("busy"));
            r.headers.emplaceBack("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
            return r;
        }
        return serveAccounts(e, {});
    };
    timer.restart();
    QVERIFY(c->modifiedSince(accounts(), {}, {}, 10).isEmpty());
    QVERIFY(timer.elapsed() < 900);
}

void TestOdata::serverErrorsAreRetriedThenReported()
{
    FakeServer server;
    QVERIFY(server.start());
    int failures = 2;
    server.handler = [&](const Exchange &e) {
        if (failures-- > 0)
            return errorReply(500, QStringLiteral("SQLITE_BUSY"),
                              QStringLiteral("database is locked"));
        return serveAccounts(e, {{guid(1), QStringLiteral("a"), QDateTime::currentDateTimeUtc()}});
    };
    auto c = connector(server);
    QCOMPARE(c->modifiedSince(accounts(), {}, {}, 10).size(), 1);
    QCOMPARE(server.requests.size(), 3);

    failures = 100;
    server.requests.clear();
    try {
        c->countModifiedSince(accounts(), {});
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("500")), qPrintable(e.message()));
        QVERIFY2(e.detail().contains(QLatin1String("SQLITE_BUSY: database is locked")),
                 qPrintable(e.detail()));
    }
    QCOMPARE(server.requests.size(), 4); // retries = 3

    // A 400 is not retried: it names the server's message.
    server.requests.clear();
    server.handler = [](const Exchange &) {
        return errorReply(400, QStringLiteral("0x80060888"),
                          QStringLiteral("Could not find a property named 'nmae'."));
    };
    try {
        c->modifiedSince(accounts(), {}, {}, 10);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(QLatin1String("Could not find a property named 'nmae'.")));
        QVERIFY(e.detail().startsWith(QLatin1String("HTTP 400")));
    }
    QCOMPARE(server.requests.size(), 1);
}

void TestOdata::droppedAndSlowAnswersAreRetried()
{
    FakeServer server;
    QVERIFY(server.start());
    int calls = 0;
    server.handler = [&](const Exchange &e) {
        ++calls;
        Reply r =
            serveAccounts(e, {{guid(1), QStringLiteral("a"), QDateTime::currentDateTimeUtc()}});
        if (calls == 1)
            r.drop = true;
        if (calls == 2)
            r.delayMs = 3000; // beyond timeoutSeconds = 2... see below
        return r;
    };
    auto c = connector(server, {{QStringLiteral("timeoutSeconds"), 1}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(c->modifiedSince(accounts(), {}, {}, 10).size(), 1);
    QCOMPARE(calls, 3);
    QVERIFY(timer.elapsed() >= 900); // a coarse timer may fire 5% early

    // Always too slow: a plain message naming the wait.
    server.handler = [](const Exchange &) {
        Reply r;
        r.delayMs = 1500;
        r.body = "{\"value\":[]}";
        return r;
    };
    auto slow =
        connector(server, {{QStringLiteral("timeoutSeconds"), 1}, {QStringLiteral("retries"), 1}});
    try {
        slow->modifiedSince(accounts(), {}, {}, 10);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("did not answer within 1 second")),
                 qPrintable(e.message()));
    }
}

void TestOdata::malformedJsonIsRetriedThenReported()
{
    FakeServer server;
    QVERIFY(server.start());
    int calls = 0;
    server.handler = [&](const Exchange &e) {
        if (calls++ == 0) {
            Reply r;
            r.body = "{\"value\":[{\"accountid\":\"x\",";
            return r;
        }
        return serveAccounts(e, {{guid(1), QStringLiteral("a"), QDateTime::currentDateTimeUtc()}});
    };
    auto c = connector(server);
    QCOMPARE(c->modifiedSince(accounts(), {}, {}, 10).size(), 1);
    QCOMPARE(calls, 2);

    for (const QByteArray &bad : {QByteArray("{\"value\":[{\"accountid\""), QByteArray("[1,2,3]"),
                                  QByteArray("\x00\xff garbage", 11)}) {
        server.handler = [bad](const Exchange &) {
            Reply r;
            r.body = bad;
            return r;
        };
        try {
            c->modifiedSince(accounts(), {}, {}, 10);
            QFAIL("expected an Error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("malformed answer")),
                     qPrintable(e.message()));
        }
    }
    // Well-formed, wrong shapes: clear errors.
    const QList<QByteArray> shapes{"{\"rows\":[]}", "{\"value\":[1]}",
                                   "{\"value\":[{\"name\":\"no key\"}]}",
                                   "{\"value\":[{\"accountid\":\"00000000-0000-0000-0000-"
                                   "000000000001\",\"modifiedon\":\"soon\"}]}"};
    for (const QByteArray &shape : shapes) {
        server.handler = [shape](const Exchange &) {
            Reply r;
            r.body = shape;
            return r;
        };
        QVERIFY_THROWS_EXCEPTION(Error, c->modifiedSince(accounts(), {}, {}, 10));
    }
}

void TestOdata::batchWithFailingRows()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<Exchange> batches;
    server.handler = withMetadata([&](const Exchange &e) {
        if (e.url.path().endsWith(QLatin1String("$batch"))) {
            batches.append(e);
            return multipart(batchAnswer(
                {created(guid(1), QStringLiteral("A")),
                 "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n\r\n"
                 "{\"error\":{\"code\":\"0x80044331\",\"message\":\"A validation error "
                 "occurred.\"}}",
                 "HTTP/1.1 412 Precondition Failed\r\nContent-Type: application/json\r\n\r\n"
                 "{\"error\":{\"code\":\"0x80060882\",\"message\":\"The version of the existing "
                 "record "
                 "doesn't match\"}}",
                 "HTTP/1.1 404 Not Found\r\n\r\n", "HTTP/1.1 204 No Content\r\n\r\n"}));
        }
        // the stamp of the row answered with 204
        return serveAccounts(e, {{guid(5), QStringLiteral("E"),
                                  QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())}});
    });
    auto c = connector(server);
    const QList<WriteOp> ops{
        {WriteOp::Kind::Insert, guid(1), {{QStringLiteral("name"), QStringLiteral("A")}}, {}},
        {WriteOp::Kind::Update,
         guid(2),
         {{QStringLiteral("name"), QStringLiteral("B")}},
         QStringLiteral("W/\"1\"")},
        {WriteOp::Kind::Update,
         guid(3),
         {{QStringLiteral("name"), QStringLiteral("C")}},
         QStringLiteral("W/\"2\"")},
        {WriteOp::Kind::Delete, guid(4), {}, {}},
        {WriteOp::Kind::Update,
         guid(5),
         {{QStringLiteral("numberofemployees"), QStringLiteral("12")}},
         {}},
        // refused before sending: too long for MaxLength 10, and not a number
        {WriteOp::Kind::Update,
         guid(6),
         {{QStringLiteral("name"), QStringLiteral("far too long a name")}},
         {}},
        {WriteOp::Kind::Update,
         guid(7),
         {{QStringLiteral("numberofemployees"), QStringLiteral("many")}},
         {}},
    };
    const QList<WriteResult> r = c->write(accounts(), ops);
    QCOMPARE(r.size(), 7);
    QVERIFY(r.at(0).ok);
    QCOMPARE(r.at(0).key, guid(1));
    QCOMPARE(r.at(0).stamp, QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 5), QTimeZone::utc()));
    QVERIFY(!r.at(0).etag.isEmpty());
    QVERIFY(!r.at(1).ok);
    QVERIFY(r.at(1).message.contains(QLatin1String("A validation error occurred.")));
    QVERIFY(r.at(1).detail.contains(QLatin1String("HTTP 400")));
    QVERIFY(r.at(1).detail.contains(QLatin1String("0x80044331")));
    QVERIFY(!r.at(1).stampChanged && !r.at(1).notFound);
    QVERIFY(!r.at(2).ok);
    QVERIFY(r.at(2).stampChanged);
    QVERIFY(!r.at(3).ok);
    QVERIFY(r.at(3).notFound);
    QVERIFY(r.at(4).ok);
    QCOMPARE(r.at(4).stamp, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(!r.at(5).ok);
    QVERIFY(r.at(5).message.contains(QLatin1String("longer than 10")));
    QVERIFY(!r.at(6).ok);
    QVERIFY(r.at(6).message.contains(QLatin1String("does not fit")));

    QCOMPARE(batches.size(), 1);
    const Exchange &b = batches.first();
    QCOMPARE(b.method, QByteArray("POST"));
    QVERIFY(b.header("Content-Type").startsWith("multipart/mixed; boundary=batch_"));
    QCOMPARE(b.header("Accept"), QByteArray("multipart/mixed"));
    QCOMPARE(batchOps(b.body), (QStringList{QStringLiteral("POST accounts"),
                                            QStringLiteral("PATCH accounts(%1)").arg(guid(2)),
                                            QStringLiteral("PATCH accounts(%1)").arg(guid(3)),
                                            QStringLiteral("DELETE accounts(%1)").arg(guid(4)),
                                            QStringLiteral("PATCH accounts(%1)").arg(guid(5))}));
    QVERIFY(b.body.contains("If-Match: W/\"1\""));
    QVERIFY(b.body.contains("If-Match: *"));
    QVERIFY(b.body.contains("\"accountid\":\"" + guid(1).toLatin1() + "\""));
    QVERIFY(b.body.contains("\"numberofemployees\":12"));
    QVERIFY(b.body.contains("Prefer: return=representation"));

    // batchSize splits the requests
    batches.clear();
    auto small = connector(server, {{QStringLiteral("batchSize"), 2}});
    small->write(accounts(), ops.mid(0, 5));
    QCOMPARE(batches.size(), 3);
}

// Serves $batch requests with 204 for every part and remembers them; reads
// (the stamps read back after a 204) find nothing.
std::function<Reply(const Exchange &)> acceptingBatches(QList<Exchange> *batches)
{
    return withMetadata(
        [batches](const Exchange &e) {
            if (!e.url.path().endsWith(QLatin1String("$batch")))
                return json({{QStringLiteral("value"), QJsonArray()}});
            batches->append(e);
            QList<QByteArray> parts;
            for (qsizetype i = 0; i < batchOps(e.body).size(); ++i)
                parts << "HTTP/1.1 204 No Content\r\n\r\n";
            return multipart(batchAnswer(parts));
        },
        lookupMetadataXml);
}

TableSpec lookupTable(const QString &set, const QString &key, const QString &lookup)
{
    return {
        set, key, QStringLiteral("modifiedon"), {key, lookup, QStringLiteral("modifiedon")}, {}};
}

// Dataverse refuses a write of "_<lookup>_value": the connector binds the
// navigation property that $metadata names for it ("Associate and disassociate
// table rows using the Web API"), and clears it with a null bind.
void TestOdata::lookupsAreWrittenAsBinds()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<Exchange> batches;
    server.handler = acceptingBatches(&batches);
    auto c = connector(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")}});
    const QString currency = QStringLiteral("_transactioncurrencyid_value");
    const QString usd = QStringLiteral("c0000000-0000-4000-8000-0000000000c1");
    const QList<WriteOp> ops{
        {WriteOp::Kind::Insert,
         guid(1),
         {{QStringLiteral("name"), QStringLiteral("A")}, {currency, usd}},
         {}},
        {WriteOp::Kind::Insert, guid(2), {{currency, QVariant()}}, {}}, // nothing to clear
        {WriteOp::Kind::Update, guid(3), {{currency, QUuid::fromString(usd)}}, {}},
        {WriteOp::Kind::Update, guid(4), {{currency, QVariant()}}, {}},
        {WriteOp::Kind::Update, guid(5), {{currency, QString()}}, {}},
        {WriteOp::Kind::Update, guid(6), {{currency, QStringLiteral("USD")}}, {}}, // no GUID
    };
    const QList<WriteResult> r = c->write(
        lookupTable(QStringLiteral("accounts"), QStringLiteral("accountid"), currency), ops);
    QCOMPARE(r.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message));
    QVERIFY(!r.at(5).ok);
    QVERIFY2(r.at(5).message.contains(QLatin1String("\"USD\" of the lookup "
                                                    "_transactioncurrencyid_value is no key of "
                                                    "transactioncurrencies")),
             qPrintable(r.at(5).message));

    QCOMPARE(batches.size(), 1);
    const QList<QJsonObject> bodies = batchBodies(batches.first().body);
    QCOMPARE(bodies.size(), 5);
    const QString bind = QStringLiteral("transactioncurrencyid@odata.bind");
    const QString toUsd = QStringLiteral("/transactioncurrencies(%1)").arg(usd);
    QCOMPARE(bodies.at(0).value(bind).toString(), toUsd);
    QCOMPARE(bodies.at(0).value(QLatin1String("name")).toString(), QStringLiteral("A"));
    QCOMPARE(bodies.at(0).value(QLatin1String("accountid")).toString(), guid(1));
    for (const QJsonObject &b : bodies)
        QVERIFY(!b.contains(currency)); // never the read-only value property
    QVERIFY(!bodies.at(1).contains(bind));
    QCOMPARE(bodies.at(2).value(bind).toString(), toUsd);
    QVERIFY(bodies.at(3).contains(bind));
    QVERIFY(bodies.at(3).value(bind).isNull());
    QVERIFY(bodies.at(4).value(bind).isNull());
}

void TestOdata::polymorphicLookupNeedsItsTarget()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<Exchange> batches;
    server.handler = acceptingBatches(&batches);
    const QString customer = QStringLiteral("_parentcustomerid_value");
    const TableSpec contacts =
        lookupTable(QStringLiteral("contacts"), QStringLiteral("contactid"), customer);
    const QList<WriteOp> ops{
        {WriteOp::Kind::Update, guid(1), {{customer, guid(9)}}, {}},
        {WriteOp::Kind::Update, guid(2), {{QStringLiteral("lastname"), QStringLiteral("Doe")}}, {}},
    };

    // Without the option the rows that write the lookup fail, naming it; the others go.
    auto c = connector(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")}});
    QList<WriteResult> r = c->write(contacts, ops);
    QVERIFY(!r.at(0).ok);
    QVERIFY2(r.at(0).message.contains(QLatin1String("Cannot update the contacts row %1: the "
                                                    "lookup _parentcustomerid_value of contacts "
                                                    "can point to more than one table")
                                          .arg(guid(1))),
             qPrintable(r.at(0).message));
    QVERIFY(r.at(0).message.contains(
        QLatin1String("{\"contacts\": {\"_parentcustomerid_value\": \"<entity set>\"}}")));
    QVERIFY2(r.at(1).ok, qPrintable(r.at(1).message));
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batchOps(batches.first().body),
             QStringList{QStringLiteral("PATCH contacts(%1)").arg(guid(2))});

    // With it, the lookup is bound to the table named.
    batches.clear();
    auto named =
        connector(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")},
                           {QStringLiteral("lookups"),
                            QVariantMap{{QStringLiteral("contacts"),
                                         QVariantMap{{customer, QStringLiteral("accounts")}}}}}});
    r = named->write(contacts, ops);
    QVERIFY2(r.at(0).ok, qPrintable(r.at(0).message));
    QCOMPARE(batchBodies(batches.first().body)
                 .at(0)
                 .value(QLatin1String("parentcustomerid_account@odata.bind"))
                 .toString(),
             QStringLiteral("/accounts(%1)").arg(guid(9)));
}

// The generic profile writes the value property itself unless told otherwise.
void TestOdata::genericProfileWritesLookupsAsThemselves()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<Exchange> batches;
    server.handler = acceptingBatches(&batches);
    const QString currency = QStringLiteral("_transactioncurrencyid_value");
    const TableSpec table =
        lookupTable(QStringLiteral("accounts"), QStringLiteral("accountid"), currency);
    const QList<WriteOp> ops{{WriteOp::Kind::Update, guid(1), {{currency, guid(7)}}, {}}};
    auto plain = connector(server);
    QVERIFY(plain->write(table, ops).at(0).ok);
    QCOMPARE(batchBodies(batches.last().body).at(0).value(currency).toString(), guid(7));

    auto binding = connector(server, {{QStringLiteral("bindLookups"), true}});
    QVERIFY(binding->write(table, ops).at(0).ok);
    QCOMPARE(batchBodies(batches.last().body)
                 .at(0)
                 .value(QLatin1String("transactioncurrencyid@odata.bind"))
                 .toString(),
             QStringLiteral("/transactioncurrencies(%1)").arg(guid(7)));
}

// An insert whose answer was lost (500) is looked for, and the row found counts
// as written when it holds the values sent: the lookup as its value property,
// not as the bind that went on the wire.
void TestOdata::lostInsertWithLookupIsFound()
{
    FakeServer server;
    QVERIFY(server.start());
    const QString currency = QStringLiteral("_transactioncurrencyid_value");
    const QString usd = QStringLiteral("c0000000-0000-4000-8000-0000000000c1");
    const QDateTime stamp(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    server.handler = withMetadata(
        [&](const Exchange &e) {
            if (e.url.path().endsWith(QLatin1String("$batch"))) {
                return multipart(batchAnswer(
                    {"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n"
                     "{\"error\":{\"code\":\"0x80040216\",\"message\":\"An unexpected error "
                     "occurred.\"}}"}));
            }
            const QJsonObject row{{QStringLiteral("@odata.etag"), QStringLiteral("W/\"7\"")},
                                  {QStringLiteral("accountid"), guid(1)},
                                  {QStringLiteral("name"), QStringLiteral("A")},
                                  {currency, usd.toUpper()},
                                  {QStringLiteral("modifiedon"), odata::stampLiteral(stamp)}};
            return json({{QStringLiteral("value"), QJsonArray{row}}});
        },
        lookupMetadataXml);
    auto c = connector(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")}});
    const TableSpec table{QStringLiteral("accounts"),
                          QStringLiteral("accountid"),
                          QStringLiteral("modifiedon"),
                          {QStringLiteral("accountid"), QStringLiteral("name"), currency,
                           QStringLiteral("modifiedon")},
                          {}};
    const QList<WriteResult> r =
        c->write(table, {{WriteOp::Kind::Insert,
                          guid(1),
                          {{QStringLiteral("name"), QStringLiteral("A")}, {currency, usd}},
                          {}}});
    QVERIFY2(r.at(0).ok, qPrintable(r.at(0).message));
    QCOMPARE(r.at(0).stamp, stamp);
}

// A 404 ("Does Not Exist") may name a lookup's target rather than the row:
// an update that carried a bind is looked for before it counts as deleted.
void TestOdata::bindToMissingRowIsNoDeletedRow()
{
    FakeServer server;
    QVERIFY(server.start());
    const QString currency = QStringLiteral("_transactioncurrencyid_value");
    const QByteArray missing =
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n"
        "{\"error\":{\"code\":\"0x80040217\",\"message\":\"transactioncurrency With Id = "
        "00000000-0000-0000-0000-000000000009 Does Not Exist\"}}";
    server.handler = withMetadata(
        [&](const Exchange &e) {
            if (e.url.path().endsWith(QLatin1String("$batch")))
                return multipart(batchAnswer({missing, missing, missing, missing}));
            // Only the first row is there.
            const QJsonObject row{
                {QStringLiteral("accountid"), guid(1)},
                {QStringLiteral("modifiedon"), QStringLiteral("2024-05-01T10:00:00.000Z")}};
            return json({{QStringLiteral("value"), QJsonArray{row}}});
        },
        lookupMetadataXml);
    auto c = connector(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")}});
    const QList<WriteResult> r = c->write(
        lookupTable(QStringLiteral("accounts"), QStringLiteral("accountid"), currency),
        {{WriteOp::Kind::Update, guid(1), {{currency, guid(9)}}, {}},
         {WriteOp::Kind::Update, guid(2), {{currency, guid(9)}}, {}},
         {WriteOp::Kind::Insert, guid(3), {{currency, guid(9)}}, {}},
         {WriteOp::Kind::Update, guid(4), {{QStringLiteral("name"), QStringLiteral("D")}}, {}}});
    QCOMPARE(r.size(), 4);
    for (const WriteResult &w : r)
        QVERIFY(!w.ok);
    QVERIFY(!r.at(0).notFound); // there: its lookup's target is missing
    QVERIFY2(r.at(0).message.contains(QLatin1String("Does Not Exist")),
             qPrintable(r.at(0).message));
    QVERIFY(r.at(1).notFound);  // gone
    QVERIFY(!r.at(2).notFound); // an insert refused for its lookup
    QVERIFY(r.at(3).notFound);  // no bind: a 404 is the row's
}

void TestOdata::truncatedBatchSendsTheRestAgain()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<QStringList> sent;
    server.handler = withMetadata([&](const Exchange &e) {
        if (!e.url.path().endsWith(QLatin1String("$batch")))
            return serveAccounts(e, {});
        sent.append(batchOps(e.body));
        QList<QByteArray> parts;
        for (const QString &op : sent.last())
            parts << created(op == sent.last().first() && sent.size() == 1 ? guid(1) : guid(2),
                             QStringLiteral("x"));
        if (sent.size() == 1) {
            const QByteArray whole = batchAnswer(parts);
            return multipart(whole.left(whole.indexOf("changesetresponse_1") + 40));
        }
        return multipart(batchAnswer(parts));
    });
    auto c = connector(server);
    const QList<WriteOp> ops{
        {WriteOp::Kind::Insert, guid(1), {{QStringLiteral("name"), QStringLiteral("x")}}, {}},
        {WriteOp::Kind::Insert, guid(2), {{QStringLiteral("name"), QStringLiteral("x")}}, {}}};
    const QList<WriteResult> r = c->write(accounts(), ops);
    QVERIFY2(r.at(0).ok, qPrintable(r.at(0).message));
    QVERIFY2(r.at(1).ok, qPrintable(r.at(1).message));
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).size(), 1); // only the unanswered op again

    // Never complete: each op fails with a plain message after the retries.
    server.handler =
        withMetadata([](const Exchange &) { return multipart("--batchresponse_1\r\n"); });
    const QList<WriteResult> failed = c->write(accounts(), ops);
    for (const WriteResult &w : failed) {
        QVERIFY(!w.ok);
        QVERIFY2(w.message.contains(QLatin1String("incomplete")), qPrintable(w.message));
    }
}

void TestOdata::retriedInsertThatExistsIsSuccess()
{
    // The insert went through, but its answer was lost; the retry finds a duplicate.
    FakeServer server;
    QVERIFY(server.start());
    const QDateTime stamp(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    server.handler = withMetadata([&](const Exchange &e) {
        if (e.url.path().endsWith(QLatin1String("$batch"))) {
            return multipart(batchAnswer(
                {"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n"
                 "{\"error\":{\"code\":\"SQLITE_CONSTRAINT_PRIMARYKEY\",\"message\":\"Entity "
                 "already exists\"}}",
                 "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\n\r\n"
                 "{\"error\":{\"code\":\"409\",\"message\":\"Entity already exists\"}}"}));
        }
        return serveAccounts(e, {{guid(1), QStringLiteral("same"), stamp},
                                 {guid(2), QStringLiteral("other"), stamp}});
    });
    auto c = connector(server);
    const QList<WriteResult> r = c->write(
        accounts(),
        {{WriteOp::Kind::Insert, guid(1), {{QStringLiteral("name"), QStringLiteral("same")}}, {}},
         {WriteOp::Kind::Insert, guid(2), {{QStringLiteral("name"), QStringLiteral("mine")}}, {}}});
    QVERIFY2(r.at(0).ok, qPrintable(r.at(0).message));
    QCOMPARE(r.at(0).stamp, stamp);
    QVERIFY(!r.at(1).ok); // someone else's row under that key
    QVERIFY(r.at(1).message.contains(QLatin1String("Entity already exists")));
}

// Parts answered 429 inside a 200 $batch answer go again, alone, after their
// Retry-After (a shared pause); the parts that succeeded are not sent again.
void TestOdata::throttledPartsGoAgainAfterThePause()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<QStringList> batches;
    server.handler = withMetadata([&](const Exchange &e) {
        if (!e.url.path().endsWith(QLatin1String("$batch")))
            return serveAccounts(e, {});
        batches << batchKeys(e.body);
        QList<QByteArray> parts;
        for (const QString &key : batches.last()) {
            if (batches.size() == 1 && key == guid(2))
                parts << throttledPart("1");
            else if (batches.size() == 1 && key == guid(4))
                parts << throttledPart({}); // no Retry-After: the back-off
            else
                parts << created(key, QStringLiteral("x"));
        }
        return multipart(batchAnswer(parts));
    });
    auto c = connector(server);
    QElapsedTimer timer;
    timer.start();
    const QList<WriteResult> r = c->write(accounts(), inserts(5));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(r.size(), 5);
    for (const WriteResult &w : r) {
        QVERIFY2(w.ok, qPrintable(w.message));
        QVERIFY(w.stamp.isValid());
    }
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0), (QStringList{guid(1), guid(2), guid(3), guid(4), guid(5)}));
    QCOMPARE(batches.at(1), (QStringList{guid(2), guid(4)}));
    QVERIFY2(c->throttledMilliseconds() >= 1000,
             qPrintable(QString::number(c->throttledMilliseconds())));
    QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed)));
}

// A part that stays throttled fails its row as throttled after `retries` more
// attempts; the other rows are written once.
void TestOdata::throttledPartPastRetriesFails()
{
    FakeServer server;
    QVERIFY(server.start());
    QList<QStringList> batches;
    server.handler = withMetadata([&](const Exchange &e) {
        if (!e.url.path().endsWith(QLatin1String("$batch")))
            return serveAccounts(e, {});
        batches << batchKeys(e.body);
        QList<QByteArray> parts;
        for (const QString &key : batches.last())
            parts << (key == guid(3) ? throttledPart("0") : created(key, QStringLiteral("x")));
        return multipart(batchAnswer(parts));
    });
    auto c = connector(server, {{QStringLiteral("retries"), 2}});
    const QList<WriteResult> r = c->write(accounts(), inserts(4));
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(1), QStringList{guid(3)});
    QCOMPARE(batches.at(2), QStringList{guid(3)});
    for (int i : {0, 1, 3})
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message));
    const WriteResult &t = r.at(2);
    QVERIFY(!t.ok);
    QVERIFY(!t.notFound && !t.stampChanged);
    QCOMPARE(t.key, guid(3));
    QVERIFY2(t.message.contains(QLatin1String("throttled")), qPrintable(t.message));
    QVERIFY2(t.message.contains(QLatin1String("3 time")), qPrintable(t.message));
    QVERIFY2(t.detail.startsWith(QLatin1String("HTTP 429")), qPrintable(t.detail));
    QVERIFY2(t.detail.contains(QLatin1String("\"code\":\"0x80072322\"")), qPrintable(t.detail));
    QCOMPARE(classifyError(t.message, t.detail), ErrorCause::Throttled);
}

// A $batch request that fails past its retries after earlier ones were
// answered: the earlier results stand, its rows and the later ones fail with
// its error, and nothing is thrown. While nothing was answered, it throws.
void TestOdata::laterBatchFailureKeepsEarlierResults()
{
    FakeServer server;
    QVERIFY(server.start());
    int batches = 0;
    bool dropCarriedOut = false;
    bool throttle = false;
    QList<Account> stored;
    server.handler = withMetadata([&](const Exchange &e) {
        if (!e.url.path().endsWith(QLatin1String("$batch")))
            return serveAccounts(e, stored);
        if (++batches <= 2) {
            QList<QByteArray> parts;
            for (const QString &key : batchKeys(e.body))
                parts << created(key, QStringLiteral("x"));
            return multipart(batchAnswer(parts));
        }
        if (dropCarriedOut) {
            // Carried out, but the answer never arrives.
            for (const QString &key : batchKeys(e.body)) {
                if (std::none_of(stored.cbegin(), stored.cend(),
                                 [&](const Account &a) { return a.id == key; }))
                    stored << Account{key, QStringLiteral("n%1").arg(key.right(1).toInt()),
                                      QDateTime::currentDateTimeUtc()};
            }
            Reply r;
            r.drop = true;
            return r;
        }
        if (throttle) {
            Reply r = errorReply(429, QStringLiteral("0x80072322"), QStringLiteral("Too many"));
            r.headers.emplaceBack("Retry-After", "0");
            return r;
        }
        return errorReply(500, QStringLiteral("0x80040216"),
                          QStringLiteral("An unexpected error occurred."));
    });
    auto c = connector(server, {{QStringLiteral("batchSize"), 2}, {QStringLiteral("retries"), 1}});
    QList<WriteResult> r;
    try {
        r = c->write(accounts(), inserts(7));
    } catch (const Error &e) {
        QFAIL(qPrintable(QStringLiteral("threw: %1 %2").arg(e.message(), e.detail())));
    }
    QCOMPARE(r.size(), 7);
    QCOMPARE(batches, 2 + 2); // the third request twice (retries = 1), the fourth never
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message));
        QCOMPARE(r.at(i).key, guid(i + 1));
        QVERIFY(r.at(i).stamp.isValid());
        QVERIFY(!r.at(i).etag.isEmpty());
    }
    for (int i = 4; i < 7; ++i) {
        const WriteResult &f = r.at(i);
        QVERIFY(!f.ok);
        QCOMPARE(f.key, guid(i + 1));
        QVERIFY2(f.message.contains(QLatin1String("answered 500 2 times")), qPrintable(f.message));
        QVERIFY2(f.detail.startsWith(QLatin1String("HTTP 500")), qPrintable(f.detail));
        QCOMPARE(classifyError(f.message, f.detail), ErrorCause::Connection);
    }
    QVERIFY2(r.at(6).message.contains(QLatin1String("not sent")), qPrintable(r.at(6).message));
    QVERIFY2(!r.at(4).message.contains(QLatin1String("not sent")), qPrintable(r.at(4).message));
    // A 500 may come after the work: the inserts of that request were looked for.
    QCOMPARE(server.count(QStringLiteral("accounts")), 1);

    // Refused before any work (429 past the retries): not looked for; throttled.
    batches = 0;
    throttle = true;
    server.requests.clear();
    r = c->write(accounts(), inserts(6));
    QCOMPARE(server.count(QStringLiteral("accounts")), 0);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(r.at(i).ok, qPrintable(r.at(i).message));
    for (int i = 4; i < 6; ++i) {
        QVERIFY(!r.at(i).ok);
        QCOMPARE(classifyError(r.at(i).message, r.at(i).detail), ErrorCause::Throttled);
    }
    throttle = false;

    // Carried out, the answer lost: the rows are found, so their results are ok.
    batches = 0;
    dropCarriedOut = true;
    r = c->write(accounts(), inserts(6));
    QCOMPARE(r.size(), 6);
    for (int i = 0; i < 6; ++i)
        QVERIFY2(r.at(i).ok, qPrintable(QStringLiteral("%1: %2").arg(i).arg(r.at(i).message)));
    QCOMPARE(stored.size(), 2);

    // The very first request fails: an Error, as for any request.
    batches = 2;
    dropCarriedOut = false;
    try {
        c->write(accounts(), inserts(3));
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(QLatin1String("answered 500 2 times")),
                 qPrintable(e.message()));
    }
}

void TestOdata::basicAuthentication()
{
    FakeServer server;
    QVERIFY(server.start());
    server.handler = [](const Exchange &e) { return serveAccounts(e, {}); };
    ConnectionConfig cfg = config(server, {{QStringLiteral("auth"), QStringLiteral("basic")}});
    cfg.user = QStringLiteral("integration");
    OdataConnector c(cfg, {}, QStringLiteral("s3cret:+/"));
    c.open();
    c.modifiedSince(accounts(), {}, {}, 1);
    QCOMPARE(server.requests.first().header("Authorization"),
             "Basic " + QByteArray("integration:s3cret:+/").toBase64());
    // A refused password: not retried, and the secret is in no message.
    server.handler = [](const Exchange &) {
        return errorReply(401, QStringLiteral("Unauthorized"), QStringLiteral("bad s3cret:+/"));
    };
    server.requests.clear();
    try {
        c.modifiedSince(accounts(), {}, {}, 1);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(QLatin1String("refused the credentials")));
        QVERIFY(!e.message().contains(QLatin1String("s3cret")));
        QVERIFY(!e.detail().contains(QLatin1String("s3cret")));
    }
    QCOMPARE(server.requests.size(), 1);
}

void TestOdata::oauthTokenCachedAndRefreshedOn401()
{
    FakeServer server;
    QVERIFY(server.start());
    int tokens = 0;
    bool reject = false;
    server.handler = [&](const Exchange &e) {
        if (e.url.path() == QLatin1String("/token")) {
            ++tokens;
            const QUrlQuery form(QString::fromUtf8(e.body));
            if (form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) !=
                    QLatin1String("a+b&c") ||
                form.queryItemValue(QStringLiteral("grant_type")) !=
                    QLatin1String("client_credentials") ||
                form.queryItemValue(QStringLiteral("client_id")) != QLatin1String("app"))
                return json({{QStringLiteral("error"), QStringLiteral("invalid_request")}}, 400);
            return json({{QStringLiteral("access_token"), QStringLiteral("token%1").arg(tokens)},
                         {QStringLiteral("expires_in"), 3600},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
        }
        if (reject) {
            reject = false;
            return errorReply(401, QStringLiteral("401"), QStringLiteral("expired"));
        }
        return serveAccounts(e, {});
    };
    auto c = connector(server,
                       {{QStringLiteral("auth"), QStringLiteral("oauth2")},
                        {QStringLiteral("tokenUrl"),
                         server.base().resolved(QUrl(QStringLiteral("token"))).toString()},
                        {QStringLiteral("clientId"), QStringLiteral("app")}},
                       QStringLiteral("a+b&c"));
    c->modifiedSince(accounts(), {}, {}, 1);
    c->modifiedSince(accounts(), {}, {}, 1);
    QCOMPARE(tokens, 1);
    QCOMPARE(server.requests.last().header("Authorization"), QByteArray("Bearer token1"));
    QCOMPARE(server.requests.first().header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded"));
    reject = true;
    c->modifiedSince(accounts(), {}, {}, 1);
    QCOMPARE(tokens, 2);
    QCOMPARE(server.requests.last().header("Authorization"), QByteArray("Bearer token2"));
}

void TestOdata::oauthErrorsInPlainWords()
{
    FakeServer server;
    QVERIFY(server.start());
    server.handler = [](const Exchange &) {
        return json({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                     {QStringLiteral("error_description"),
                      QStringLiteral("AADSTS50055: The password is expired.\r\nTrace ID: abc")},
                     {QStringLiteral("error_codes"), QJsonArray{50055}}},
                    400);
    };
    auto c = connector(server,
                       {{QStringLiteral("auth"), QStringLiteral("oauth2")},
                        {QStringLiteral("tokenUrl"),
                         server.base().resolved(QUrl(QStringLiteral("token"))).toString()},
                        {QStringLiteral("clientId"), QStringLiteral("app")}},
                       QStringLiteral("topsecret"));
    try {
        c->modifiedSince(accounts(), {}, {}, 1);
        QFAIL("expected an Error");
    } catch (const Error &e) {
        QCOMPARE(e.message(), QStringLiteral("The integration user's password has expired or must "
                                             "be changed at next sign-in."));
        QVERIFY(e.detail().contains(QLatin1String("invalid_grant")));
        QVERIFY(e.detail().contains(QLatin1String("AADSTS50055")));
        QVERIFY(!e.detail().contains(QLatin1String("topsecret")));
    }
    QCOMPARE(server.requests.size(), 1); // a refused sign-in is not retried
    const ConnectionTestResult t = c->testConnection();
    QVERIFY(!t.ok);
    QVERIFY(t.message.contains(QLatin1String("password has expired")));
}

void TestOdata::connectionTest()
{
    FakeServer server;
    QVERIFY(server.start());
    server.handler = withMetadata([](const Exchange &e) {
        if (e.url.path().endsWith(QLatin1String("WhoAmI")))
            return json({{QStringLiteral("UserId"), guid(9)},
                         {QStringLiteral("BusinessUnitId"), guid(8)},
                         {QStringLiteral("OrganizationId"), guid(7)}});
        return errorReply(404, {}, {});
    });
    OdataConnector generic(config(server), {}, {});
    ConnectionTestResult t = generic.testConnection();
    QVERIFY2(t.ok, qPrintable(t.message + t.detail));
    QCOMPARE(t.detail, QStringLiteral("Entity sets (2): accounts, currencies"));
    QCOMPARE(generic.tables(),
             (QStringList{QStringLiteral("accounts"), QStringLiteral("currencies")}));

    ConnectionConfig dv = config(server, {{QStringLiteral("profile"), QStringLiteral("dataverse")},
                                          {QStringLiteral("auth"), QStringLiteral("none")}});
    dv.options.remove(QStringLiteral("serviceRoot"));
    dv.options.insert(QStringLiteral("url"), server.base().toString());
    OdataConnector dataverse(dv, {}, {});
    t = dataverse.testConnection();
    QVERIFY2(t.ok, qPrintable(t.message + t.detail));
    QVERIFY(t.message.contains(guid(9)));
    QVERIFY(server.requests.last().url.path().endsWith(QLatin1String("/api/data/v9.2/WhoAmI")));
    QCOMPARE(dataverse.recordUrl(QStringLiteral("accounts"), guid(1)),
             server.base().toString() +
                 QStringLiteral("main.aspx?pagetype=entityrecord&etn=account&id=") + guid(1));

    // Nobody listens.
    FakeServer gone;
    QVERIFY(gone.start());
    ConnectionConfig closed = config(gone);
    closed.options.insert(QStringLiteral("serviceRoot"), QStringLiteral("http://127.0.0.1:1/x/"));
    t = OdataConnector(closed, {}, {}).testConnection();
    QVERIFY(!t.ok);
    QVERIFY2(t.message.startsWith(QLatin1String("Cannot reach CRM")), qPrintable(t.message));
}

void TestOdata::findAndSearchEscapeLiterals()
{
    FakeServer server;
    QVERIFY(server.start());
    server.handler = withMetadata([](const Exchange &e) { return serveAccounts(e, {}); });
    auto c = connector(server);
    TableSpec spec = accounts();
    c->findRows(spec, {{QStringLiteral("name"), QStringLiteral("O'Brien")}}, 2);
    Exchange e = server.requests.last();
    QCOMPARE(e.query(QStringLiteral("$filter")), QStringLiteral("name eq 'O''Brien'"));
    QCOMPARE(e.query(QStringLiteral("$top")), QStringLiteral("2"));
    c->searchRows(spec, QStringLiteral("Ab'C"), 5);
    e = server.requests.last();
    QCOMPARE(e.query(QStringLiteral("$filter")),
             QStringLiteral("(contains(tolower(name),'ab''c'))"));
    c->searchRows(spec, guid(3), 5);
    QCOMPARE(server.requests.last().query(QStringLiteral("$filter")),
             QStringLiteral("(accountid eq %1 or contains(tolower(name),'%1'))").arg(guid(3)));
    // A value the property cannot hold matches nothing and asks nothing.
    const int before = int(server.requests.size());
    QVERIFY(c->findRows(spec, {{QStringLiteral("numberofemployees"), QStringLiteral("many")}}, 2)
                .isEmpty());
    QCOMPARE(int(server.requests.size()), before);
}

// The default Connector::testConnection(), which the SQL connector uses.
void TestOdata::sqlConnectionTestListsTables()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConnectionConfig c;
    c.name = QStringLiteral("ERP");
    c.database = dir.filePath(QStringLiteral("erp.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(c.database);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customer (no TEXT PRIMARY KEY)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    SqlConnector sql(c, {}, {}, SystemClock::instance());
    ConnectionTestResult t = sql.testConnection();
    QVERIFY2(t.ok, qPrintable(t.message));
    QCOMPARE(t.message, QStringLiteral("Connected to ERP (SQLite %1).").arg(c.database));
    QCOMPARE(t.detail, QStringLiteral("Tables (1): customer"));
    c.driver = QStringLiteral("QNOSUCHDRIVER");
    t = SqlConnector(c, {}, {}, SystemClock::instance()).testConnection();
    QVERIFY(!t.ok);
    QVERIFY(t.message.contains(QLatin1String("QNOSUCHDRIVER")));
}

QTEST_GUILESS_MAIN(TestOdata)
#include "tst_odata.moc"
