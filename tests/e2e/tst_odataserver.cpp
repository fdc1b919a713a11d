// Proves that the OData test server (tests/e2e/server) and its C++ harness
// (couplet::test::ODataServer) do what tests/e2e/server/README.md promises.

#include "odataserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using couplet::test::HttpHeaders;
using couplet::test::HttpResult;
using couplet::test::ODataServer;

namespace {

// The seeded rows (srv/state.js).
const QString goodUser = QStringLiteral("c0000000-0000-4000-8000-000000000001");
const QString adminUser = QStringLiteral("c0000000-0000-4000-8000-000000000002");
const QString usdId = QStringLiteral("c0000000-0000-4000-8000-0000000000c1");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

QJsonObject account(const QString &id, const QString &name)
{
    return {{QStringLiteral("accountid"), id}, {QStringLiteral("name"), name}};
}

// The statuses of a multipart $batch answer, in order.
QList<int> batchStatuses(const QByteArray &body)
{
    QList<int> out;
    static const QRegularExpression re(QStringLiteral("HTTP/1\\.1 (\\d{3})"));
    auto it = re.globalMatch(QString::fromUtf8(body));
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

// A multipart/mixed $batch body; each part is "METHOD url\nheader: v\n\nbody".
QByteArray batchBody(const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray out;
    for (const QByteArray &p : parts) {
        out += "--" + boundary +
               "\r\nContent-Type: application/http\r\n"
               "Content-Transfer-Encoding: binary\r\n\r\n";
        QByteArray part = p;
        part.replace("\n", "\r\n");
        out += part + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

} // namespace

class TestODataServer : public QObject
{
    Q_OBJECT

private:
    ODataServer server;

    QString token(const QByteArray &clientId, const QByteArray &secret, HttpResult *out = nullptr)
    {
        const HttpResult r = server.request(
            "POST", QStringLiteral("/oauth2/v2.0/token"),
            "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret +
                "&scope=" +
                QUrl::toPercentEncoding(server.baseUrl().toString() + QLatin1String(".default")),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        if (out)
            *out = r;
        return r.json.object().value(QLatin1String("access_token")).toString();
    }

    HttpResult create(const QJsonObject &row, const QString &set = QStringLiteral("accounts"),
                      const QByteArray &prefer = "return=representation")
    {
        return server.post(set, row, {{"Prefer", prefer}});
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        qInfo("OData test server up on port %d in %lld ms", server.port(), t.elapsed());
        QVERIFY(server.isRunning());
    }

    void init()
    {
        QString error;
        QVERIFY2(server.reset(&error), qPrintable(error));
    }

    // start() explains why it cannot start: missing packages, or the server's stderr.
    void startFailsClearly()
    {
        const QByteArray saved = qgetenv("COUPLET_SOURCE_DIR");
        QTemporaryDir fake;
        QVERIFY(fake.isValid());
        qputenv("COUPLET_SOURCE_DIR", fake.path().toUtf8());
        ODataServer broken;
        QString error;

        const QString dir = fake.path() + QStringLiteral("/tests/e2e/server");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/node_modules/@sap/cds")));
        QFile script(dir + QStringLiteral("/server.js"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("console.error('cannot load the model'); process.exit(3)\n");
        script.close();
        QVERIFY(!broken.start(&error)); // no packages yet
        QVERIFY2(error.contains(QLatin1String("install-deps.sh test")), qPrintable(error));

        QFile pkg(dir + QStringLiteral("/node_modules/@sap/cds/package.json"));
        QVERIFY(pkg.open(QIODevice::WriteOnly));
        pkg.close();
        QVERIFY(!broken.start(&error));
        QVERIFY2(error.contains(QLatin1String("exited with code 3")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cannot load the model")), qPrintable(error));
        QVERIFY(!broken.isRunning());
        qputenv("COUPLET_SOURCE_DIR", saved);
    }

    void urls()
    {
        QVERIFY(server.port() > 0);
        QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.serviceRoot().toString().endsWith(QLatin1String("/api/data/v9.2/")));
        QVERIFY(server.tokenUrl().toString().endsWith(QLatin1String("/oauth2/v2.0/token")));
    }

    void metadata()
    {
        const HttpResult r = server.request("GET", QStringLiteral("$metadata"));
        QCOMPARE(r.status, 200);
        for (const char *set :
             {"accounts", "contacts", "transactioncurrencies", "systemusers", "roles"})
            QVERIFY2(r.body.contains("EntitySet Name=\"" + QByteArray(set) + "\""), set);
        QVERIFY(r.body.contains("Namespace=\"Microsoft.Dynamics.CRM\""));
    }

    void seededReferenceData()
    {
        const QJsonArray currencies =
            server.get(QStringLiteral("transactioncurrencies?$orderby=isocurrencycode"))
                .object()
                .value(QLatin1String("value"))
                .toArray();
        QCOMPARE(currencies.size(), 3);
        QCOMPARE(currencies[0].toObject().value(QLatin1String("isocurrencycode")).toString(),
                 QStringLiteral("EUR"));
        QCOMPARE(currencies[1].toObject().value(QLatin1String("exchangerate")).toDouble(), 0.0);
        QVERIFY(currencies[1].toObject().value(QLatin1String("exchangerate")).isNull()); // GBP
        QCOMPARE(currencies[2].toObject().value(QLatin1String("exchangerate")).toDouble(), 1.0);

        auto roleNames = [&](const QString &user) {
            QStringList names;
            const QJsonArray rows =
                server.get(QStringLiteral("systemusers(%1)/systemuserroles_association").arg(user))
                    .object()
                    .value(QLatin1String("value"))
                    .toArray();
            for (const auto &row : rows)
                names << row.toObject().value(QLatin1String("name")).toString();
            names.sort();
            return names;
        };
        QCOMPARE(roleNames(goodUser), (QStringList{QStringLiteral("Basic User"),
                                                   QStringLiteral("Couplet Integration")}));
        QCOMPARE(roleNames(adminUser), QStringList{QStringLiteral("System Administrator")});

        const QJsonObject user =
            server.get(QStringLiteral("systemusers(%1)").arg(goodUser)).object();
        QCOMPARE(user.value(QLatin1String("applicationid")).toString(),
                 QStringLiteral("couplet-good"));
        QCOMPARE(user.value(QLatin1String("isdisabled")).toBool(), false);
    }

    void crudWithEtags()
    {
        const QString id = newId();
        QJsonObject row = account(id, QStringLiteral("Contoso"));
        row.insert(QStringLiteral("creditlimit"), 1234.5);
        row.insert(QStringLiteral("transactioncurrencyid@odata.bind"),
                   QStringLiteral("/transactioncurrencies(%1)").arg(usdId));
        HttpResult r = create(row);
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.json.object();
        const QString etag = created.value(QLatin1String("@odata.etag")).toString();
        QVERIFY(etag.startsWith(QLatin1String("W/\"")));
        QCOMPARE(created.value(QLatin1String("accountid")).toString(), id);
        QCOMPARE(created.value(QLatin1String("_transactioncurrencyid_value")).toString(), usdId);
        QVERIFY(!created.value(QLatin1String("modifiedon")).toString().isEmpty());
        QCOMPARE(QString::fromUtf8(r.header("ETag")), etag);

        // return=minimal: 204 and OData-EntityId.
        const QString id2 = newId();
        r = create(account(id2, QStringLiteral("Fabrikam")), QStringLiteral("accounts"),
                   "return=minimal");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(QString::fromUtf8(r.header("OData-EntityId")),
                 server.serviceRoot().toString() + QStringLiteral("accounts(%1)").arg(id2));

        // Duplicate key.
        r = create(account(id, QStringLiteral("again")));
        QCOMPARE(r.status, 412);
        QCOMPARE(r.json.object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("0x80040237"));

        const QString one = QStringLiteral("accounts(%1)").arg(id);
        const QByteArray patch = R"({"name":"Contoso Ltd"})";
        r = server.request("PATCH", one, patch);
        QCOMPARE(r.status, 428);
        QVERIFY(r.json.object().contains(QLatin1String("error")));
        r = server.request("PATCH", one, patch, {{"If-Match", "W/\"2000-01-01T00:00:00.000Z\""}});
        QCOMPARE(r.status, 412);
        r = server.request("PATCH", one, patch,
                           {{"If-Match", bytes(etag)}, {"Prefer", "return=representation"}});
        QCOMPARE(r.status, 200);
        const QString etag2 = r.json.object().value(QLatin1String("@odata.etag")).toString();
        QVERIFY(etag2 != etag);
        r = server.request("PATCH", one, patch, {{"If-Match", bytes(etag)}}); // now stale
        QCOMPARE(r.status, 412);

        const QJsonObject read = server.get(one).object();
        QCOMPARE(read.value(QLatin1String("name")).toString(), QStringLiteral("Contoso Ltd"));
        QCOMPARE(read.value(QLatin1String("@odata.etag")).toString(), etag2);

        QCOMPARE(server.request("DELETE", one).status, 428);
        QCOMPARE(server.request("DELETE", one, {}, {{"If-Match", "*"}}).status, 204);
        QCOMPARE(server.request("GET", one).status, 404);

        // Contacts take the parent account as a plain property or a bind.
        const QString c1 = newId();
        QJsonObject contact{{QStringLiteral("contactid"), c1},
                            {QStringLiteral("lastname"), QStringLiteral("Doe")},
                            {QStringLiteral("parentcustomerid_account@odata.bind"),
                             QStringLiteral("/accounts(%1)").arg(id2)}};
        r = create(contact, QStringLiteral("contacts"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object().value(QLatin1String("parentcustomerid")).toString(), id2);
    }

    void pagingAndQueries()
    {
        // 20 accounts in one $batch.
        QList<QByteArray> parts;
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            ids << newId();
            parts << "POST accounts HTTP/1.1\nContent-Type: application/json\n"
                     "Prefer: return=minimal\n\n" +
                         QJsonDocument(account(ids.last(), QStringLiteral("Paged %1").arg(i)))
                             .toJson(QJsonDocument::Compact);
        }
        HttpResult r = server.request("POST", QStringLiteral("$batch"), batchBody("b1", parts),
                                      {{"Content-Type", "multipart/mixed; boundary=b1"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), QList<int>(20, 204));

        // Default page: everything, no nextLink.
        QJsonObject page = server.get(QStringLiteral("accounts?$count=true")).object();
        QCOMPARE(page.value(QLatin1String("value")).toArray().size(), 20);
        QCOMPARE(page.value(QLatin1String("@odata.count")).toInt(), 20);
        QVERIFY(!page.contains(QLatin1String("@odata.nextLink")));

        // maxpagesize 7: 7 + 7 + 6 with relative nextLinks.
        const HttpHeaders prefer{{"Prefer", "odata.maxpagesize=7"}};
        QString path =
            QStringLiteral("accounts?$select=accountid,name&$orderby=modifiedon,accountid");
        QStringList seen;
        QList<int> sizes;
        while (!path.isEmpty()) {
            r = server.request("GET", path, {}, prefer);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Preference-Applied"), QByteArray("odata.maxpagesize=7"));
            page = r.json.object();
            const QJsonArray rows = page.value(QLatin1String("value")).toArray();
            sizes << int(rows.size());
            for (const auto &row : rows) {
                QVERIFY(!row.toObject().contains(QLatin1String("telephone1"))); // $select
                seen << row.toObject().value(QLatin1String("accountid")).toString();
            }
            path = page.value(QLatin1String("@odata.nextLink")).toString();
            QVERIFY(!path.startsWith(QLatin1String("http"))); // relative, as CAP makes it
        }
        QCOMPARE(sizes, (QList<int>{7, 7, 6}));
        QStringList sortedSeen = seen, sortedIds = ids;
        sortedSeen.sort();
        sortedIds.sort();
        QCOMPARE(sortedSeen, sortedIds);

        // $filter on modifiedon ge (the 8th row's stamp onwards).
        const QJsonArray all = server.get(QStringLiteral("accounts?$orderby=modifiedon,accountid"))
                                   .object()
                                   .value(QLatin1String("value"))
                                   .toArray();
        const QString since = all[7].toObject().value(QLatin1String("modifiedon")).toString();
        const QJsonArray newer =
            server.get(QStringLiteral("accounts?$filter=modifiedon%20ge%20") + since)
                .object()
                .value(QLatin1String("value"))
                .toArray();
        QVERIFY(newer.size() >= 13 && newer.size() < 20);

        // Key-in filter and an or chain.
        const QJsonArray in =
            server
                .get(QStringLiteral("accounts?$filter=accountid%20in%20(%1,%2,%3)")
                         .arg(ids[0], ids[1], ids[2]))
                .object()
                .value(QLatin1String("value"))
                .toArray();
        QCOMPARE(in.size(), 3);
        const QJsonArray orChain =
            server
                .get(QStringLiteral(
                         "accounts?$filter=accountid%20eq%20%1%20or%20accountid%20eq%20%2")
                         .arg(ids[3], ids[4]))
                .object()
                .value(QLatin1String("value"))
                .toArray();
        QCOMPARE(orChain.size(), 2);
    }

    void batchWithFailingParts()
    {
        const QString a = newId();
        QVERIFY(create(account(a, QStringLiteral("Batch target"))).status == 201);

        const QByteArray dup =
            QJsonDocument(account(a, QStringLiteral("dup"))).toJson(QJsonDocument::Compact);
        QList<QByteArray> parts{
            "POST accounts HTTP/1.1\nContent-Type: application/json\n\n" +
                QJsonDocument(account(newId(), QStringLiteral("ok 1")))
                    .toJson(QJsonDocument::Compact),
            "PATCH accounts(" + bytes(a) +
                ") HTTP/1.1\nContent-Type: application/json\nIf-Match: "
                "W/\"2000-01-01T00:00:00.000Z\"\n\n"
                "{\"name\":\"stale\"}",
            "POST accounts HTTP/1.1\nContent-Type: application/json\n\n" + dup,
            "GET accounts?$select=name HTTP/1.1\n\n",
        };
        // Pad the batch past CAP's default body limit (100 kB) with harmless reads.
        QByteArray body = batchBody("b2", parts);
        while (body.size() < 300 * 1024) {
            parts << "GET accounts(" + bytes(a) + ")?$select=name&pad=" + QByteArray(4000, 'p') +
                         " HTTP/1.1\n\n";
            body = batchBody("b2", parts);
        }
        HttpResult r = server.request("POST", QStringLiteral("$batch"), body,
                                      {{"Content-Type", "multipart/mixed; boundary=b2"},
                                       {"Prefer", "odata.continue-on-error"}});
        QCOMPARE(r.status, 200);
        const QList<int> statuses = batchStatuses(r.body);
        QCOMPARE(statuses.size(), parts.size());
        QCOMPARE(statuses.mid(0, 4), (QList<int>{201, 412, 412, 200}));

        // A change set with relative URLs.
        const QByteArray changeset =
            "--b3\r\nContent-Type: multipart/mixed; boundary=cs\r\n\r\n"
            "--cs\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
            "Content-ID: 1\r\n\r\nPOST contacts HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
            "{\"contactid\":\"" +
            bytes(newId()) +
            "\",\"lastname\":\"In change set\"}\r\n"
            "--cs--\r\n--b3--\r\n";
        r = server.request("POST", QStringLiteral("$batch"), changeset,
                           {{"Content-Type", "multipart/mixed; boundary=b3"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), QList<int>{201});
        QCOMPARE(server.stats().value(QLatin1String("batchRequests")).toInt(), 2);
    }

    void whoAmI()
    {
        for (const QString &path : {QStringLiteral("WhoAmI"), QStringLiteral("WhoAmI()")}) {
            const QJsonObject o = server.get(path).object();
            QCOMPARE(o.value(QLatin1String("UserId")).toString(), goodUser);
            QVERIFY(!o.value(QLatin1String("BusinessUnitId")).toString().isEmpty());
            QVERIFY(!o.value(QLatin1String("OrganizationId")).toString().isEmpty());
            QVERIFY(o.contains(QLatin1String("@odata.context")));
        }
    }

    void tokenEndpoint()
    {
        HttpResult r;
        QVERIFY(!token("couplet-good", "good-secret", &r).isEmpty());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QLatin1String("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(r.json.object().value(QLatin1String("expires_in")).toInt(), 3600);
        QVERIFY(!token("couplet-admin", "admin-secret").isEmpty());

        struct Refusal
        {
            QByteArray client, secret;
            int status;
            QString error;
            int code;
        };
        const QList<Refusal> refusals{
            {"couplet-good", "wrong", 401, QStringLiteral("invalid_client"), 7000215},
            {"couplet-expired", "expired-secret", 400, QStringLiteral("invalid_grant"), 50055},
            {"couplet-disabled", "disabled-secret", 400, QStringLiteral("invalid_grant"), 50057},
            {"nobody", "x", 400, QStringLiteral("unauthorized_client"), 700016},
        };
        for (const Refusal &f : refusals) {
            QVERIFY(token(f.client, f.secret, &r).isEmpty());
            QCOMPARE(r.status, f.status);
            const QJsonObject o = r.json.object();
            QCOMPARE(o.value(QLatin1String("error")).toString(), f.error);
            QCOMPARE(o.value(QLatin1String("error_codes")).toArray().first().toInt(), f.code);
            QVERIFY(o.value(QLatin1String("error_description"))
                        .toString()
                        .startsWith(QStringLiteral("AADSTS%1: ").arg(f.code)));
            QVERIFY(o.value(QLatin1String("error_description"))
                        .toString()
                        .contains(QLatin1String("\r\nTrace ID: ")));
        }
        QCOMPARE(server.stats().value(QLatin1String("tokensIssued")).toInt(), 2);
    }

    void bearerAuth()
    {
        QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("bearer")},
                                  {QStringLiteral("tokenLifetimeSeconds"), 2}}));
        HttpResult r = server.request("GET", QStringLiteral("WhoAmI"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer "));
        QVERIFY(r.json.object().contains(QLatin1String("error")));
        QCOMPARE(server.request("GET", QStringLiteral("$metadata")).status, 401);

        const QString admin = token("couplet-admin", "admin-secret", &r);
        QCOMPARE(r.json.object().value(QLatin1String("expires_in")).toInt(), 2);
        const HttpHeaders auth{{"Authorization", "Bearer " + bytes(admin)}};
        r = server.request("GET", QStringLiteral("WhoAmI"), {}, auth);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QLatin1String("UserId")).toString(), adminUser);
        QCOMPARE(server
                     .request("GET", QStringLiteral("accounts"), {},
                              {{"Authorization", "Bearer not-a-token"}})
                     .status,
                 401);

        QThread::msleep(2100); // the token expires
        r = server.request("GET", QStringLiteral("WhoAmI"), {}, auth);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    }

    void basicAuth()
    {
        QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}));
        HttpResult r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic "));
        r = server.request("GET", QStringLiteral("WhoAmI"), {},
                           {{"Authorization", basic("couplet-good", "good-secret")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QLatin1String("UserId")).toString(), goodUser);

        const QList<QPair<QByteArray, QByteArray>> refused{{"couplet-good", "nope"},
                                                           {"couplet-expired", "expired-secret"},
                                                           {"couplet-disabled", "disabled-secret"}};
        const QStringList codes{QStringLiteral("AADSTS7000215"), QStringLiteral("AADSTS50055"),
                                QStringLiteral("AADSTS50057")};
        for (int i = 0; i < refused.size(); ++i) {
            r = server.request("GET", QStringLiteral("WhoAmI"), {},
                               {{"Authorization", basic(refused[i].first, refused[i].second)}});
            QCOMPARE(r.status, 401);
            QVERIFY(r.json.object()
                        .value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("message"))
                        .toString()
                        .startsWith(codes[i]));
        }
    }

    void faults()
    {
        auto fault = [&](const QJsonObject &f) {
            QString error;
            QVERIFY2(server.addFault(f, &error), qPrintable(error));
        };
        const QString kind = QStringLiteral("kind");

        fault({{kind, QStringLiteral("429")},
               {QStringLiteral("count"), 2},
               {QStringLiteral("retryAfter"), 3}});
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = server.request("GET", QStringLiteral("accounts"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("3"));
            QVERIFY(r.json.object().contains(QLatin1String("error")));
        }
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);

        fault({{kind, QStringLiteral("503")}, {QStringLiteral("retryAfter"), 1}});
        HttpResult r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));

        fault({{kind, QStringLiteral("500")}});
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 500);

        fault({{kind, QStringLiteral("slow")}, {QStringLiteral("delayMs"), 800}});
        QElapsedTimer t;
        t.start();
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QVERIFY2(t.elapsed() >= 750, qPrintable(QString::number(t.elapsed())));

        fault({{kind, QStringLiteral("malformed")}});
        r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.jsonValid);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));

        fault({{kind, QStringLiteral("truncated")}});
        r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.jsonValid);
        QVERIFY(r.body.startsWith("{\"@odata.context\""));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));

        // drop: Qt resends a request once, silently, when a kept-alive connection
        // closes without an answer, so a request fails when two drops are queued.
        int served = server.stats().value(QLatin1String("faultsServed")).toInt();
        fault({{kind, QStringLiteral("drop")}, {QStringLiteral("count"), 2}});
        r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        QCOMPARE(server.stats().value(QLatin1String("faultsServed")).toInt(), served + 2);
        fault({{kind, QStringLiteral("drop")},
               {QStringLiteral("count"), 2},
               {QStringLiteral("method"), QStringLiteral("POST")}});
        r = create(account(newId(), QStringLiteral("dropped")));
        QCOMPARE(r.status, 0);
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200); // queue empty

        // Method and path filters; several queued entries.
        fault({{kind, QStringLiteral("500")}, {QStringLiteral("method"), QStringLiteral("POST")}});
        fault(
            {{kind, QStringLiteral("503")}, {QStringLiteral("path"), QStringLiteral("contacts")}});
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QCOMPARE(server.request("GET", QStringLiteral("contacts")).status, 503);
        QCOMPARE(create(account(newId(), QStringLiteral("x"))).status, 500);
        QCOMPARE(create(account(newId(), QStringLiteral("x"))).status, 201);

        // Clearing.
        fault({{kind, QStringLiteral("500")}, {QStringLiteral("count"), 10}});
        QVERIFY(server.clearFaults());
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);

        // An unknown kind is refused.
        QVERIFY(!server.addFault({{kind, QStringLiteral("teapot")}}));
    }

    void resetAndStats()
    {
        QCOMPARE(create(account(newId(), QStringLiteral("gone after reset"))).status, 201);
        server.get(QStringLiteral("accounts"));
        server.request("PATCH", QStringLiteral("accounts(%1)").arg(newId()), "{}");
        QJsonObject s = server.stats();
        QCOMPARE(s.value(QLatin1String("requests")).toInt(), 3);
        QCOMPARE(s.value(QLatin1String("byMethod")).toObject().value(QLatin1String("POST")).toInt(),
                 1);
        QCOMPARE(s.value(QLatin1String("byMethod")).toObject().value(QLatin1String("GET")).toInt(),
                 1);
        QCOMPARE(
            s.value(QLatin1String("byMethod")).toObject().value(QLatin1String("PATCH")).toInt(), 1);

        QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("bearer")}}));
        QVERIFY(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")}}));
        QVERIFY(server.reset());

        s = server.stats();
        QCOMPARE(s.value(QLatin1String("requests")).toInt(), 0);
        QCOMPARE(s.value(QLatin1String("faultsServed")).toInt(), 0);
        const HttpResult r =
            server.request("GET", QStringLiteral("accounts")); // auth none, no fault
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QLatin1String("value")).toArray().size(), 0);
        QCOMPARE(server.get(QStringLiteral("roles"))
                     .object()
                     .value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestODataServer)
#include "tst_odataserver.moc"
