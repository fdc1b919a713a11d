// Proves that the OData test server (tests/e2e/server) and its C++ harness
// (couplet::test::ODataServer) do what tests/e2e/server/README.md promises.

#include "odataserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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
const QString gbpId = QStringLiteral("c0000000-0000-4000-8000-0000000000c3");

// Couplet Integration's privileges as seeded, and what Basic User adds.
const QStringList integrationPrivileges{QStringLiteral("prvReadAccount"),
                                        QStringLiteral("prvCreateAccount"),
                                        QStringLiteral("prvWriteAccount"),
                                        QStringLiteral("prvDeleteAccount"),
                                        QStringLiteral("prvReadContact"),
                                        QStringLiteral("prvCreateContact"),
                                        QStringLiteral("prvWriteContact"),
                                        QStringLiteral("prvDeleteContact"),
                                        QStringLiteral("prvReadTransactionCurrency"),
                                        QStringLiteral("prvCreateTransactionCurrency"),
                                        QStringLiteral("prvWriteTransactionCurrency")};
const QStringList basicUserPrivileges{QStringLiteral("prvReadSystemUser"),
                                      QStringLiteral("prvReadRole")};

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

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QJsonObject errorOf(const HttpResult &r)
{
    return r.json.object().value(QLatin1String("error")).toObject();
}

// A 403 is the Dataverse answer for a missing privilege of couplet-good.
QString missingPrivilegePattern(const QString &privilege, int otc, const QString &entity,
                                const QString &method)
{
    return QStringLiteral("^Principal user \\(Id=%1, type=8, roleCount=\\d+, "
                          "privilegeCount=\\d+, accessMode=0\\), is missing %2 privilege "
                          "\\(Id=([0-9a-f-]{36})\\) on OTC=%3 for entity '%4'\\. "
                          "context: Method=%5$")
        .arg(goodUser, privilege)
        .arg(otc)
        .arg(entity, method);
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

    // RetrieveUserPrivileges for a user: the whole answer.
    HttpResult userPrivileges(const QString &user)
    {
        return server.request(
            "GET", QStringLiteral("systemusers(%1)/Microsoft.Dynamics.CRM.RetrieveUserPrivileges()")
                       .arg(user));
    }

    // The privilege names RetrieveUserPrivileges gives for a user, sorted.
    QStringList privilegeNames(const QString &user)
    {
        QStringList names;
        const QJsonArray rows =
            userPrivileges(user).json.object().value(QLatin1String("RolePrivileges")).toArray();
        for (const auto &row : rows)
            names << row.toObject().value(QLatin1String("PrivilegeName")).toString();
        return sorted(names);
    }

    QStringList roleNames(const QString &user)
    {
        QStringList names;
        const QJsonArray rows =
            server.get(QStringLiteral("systemusers(%1)/systemuserroles_association").arg(user))
                .object()
                .value(QLatin1String("value"))
                .toArray();
        for (const auto &row : rows)
            names << row.toObject().value(QLatin1String("name")).toString();
        return sorted(names);
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
        // Types carry Dataverse's logical names.
        QVERIFY(r.body.contains(
            R"(<EntitySet Name="accounts" EntityType="Microsoft.Dynamics.CRM.account")"));
        QVERIFY(r.body.contains(R"(<EntitySet Name="transactioncurrencies" )"
                                R"(EntityType="Microsoft.Dynamics.CRM.transactioncurrency")"));
        QVERIFY(r.body.contains(R"(<EntityType Name="contact")"));
        QVERIFY(!r.body.contains(R"(<EntityType Name="accounts")"));
        // Lookups as in Dataverse: a navigation property whose ReferentialConstraint
        // is the value property (the connector reads this to write binds).
        const QByteArray compact =
            QString::fromUtf8(r.body)
                .replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"))
                .toUtf8();
        QVERIFY(compact.contains(
            R"(<NavigationProperty Name="transactioncurrencyid" )"
            R"(Type="Microsoft.Dynamics.CRM.transactioncurrency">)"
            R"(<ReferentialConstraint Property="_transactioncurrencyid_value" )"
            R"(ReferencedProperty="transactioncurrencyid"/></NavigationProperty>)"));
        for (const char *target : {"account", "contact"}) {
            QVERIFY2(compact.contains(
                         R"(<NavigationProperty Name="parentcustomerid_)" + QByteArray(target) +
                         R"(" Type="Microsoft.Dynamics.CRM.)" + QByteArray(target) +
                         R"(">)"
                         R"(<ReferentialConstraint Property="_parentcustomerid_value")"),
                     target);
        }
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

        // Contacts take the parent customer as a bind of one of its navigation properties.
        const QString c1 = newId();
        QJsonObject contact{{QStringLiteral("contactid"), c1},
                            {QStringLiteral("lastname"), QStringLiteral("Doe")},
                            {QStringLiteral("parentcustomerid_account@odata.bind"),
                             QStringLiteral("/accounts(%1)").arg(id2)}};
        r = create(contact, QStringLiteral("contacts"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object().value(QLatin1String("_parentcustomerid_value")).toString(), id2);
    }

    // As in Dataverse, a lookup's value property is read only: a write goes through
    // the navigation property's bind, and a null bind clears it; a write of the
    // value property itself is refused with Dataverse's error, in $batch too.
    void lookupsOnlyThroughBinds()
    {
        const QString id = newId();
        const QString currency = QStringLiteral("_transactioncurrencyid_value");
        const QString bind = QStringLiteral("transactioncurrencyid@odata.bind");
        QJsonObject row = account(id, QStringLiteral("Lookup"));
        row.insert(currency, usdId);
        HttpResult r = create(row);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("0x80060888"));
        QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("CRM do not support direct update of Entity Reference "
                                "properties, Use Navigation properties instead."));
        row.remove(currency);
        row.insert(bind, QStringLiteral("/transactioncurrencies(%1)").arg(usdId));
        r = create(row);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object().value(currency).toString(), usdId);

        const QString one = QStringLiteral("accounts(%1)").arg(id);
        const HttpHeaders any{{"If-Match", "*"}, {"Content-Type", "application/json"}};
        const QString eurId = QStringLiteral("c0000000-0000-4000-8000-0000000000c2");
        r = server.request("PATCH", one, QByteArray(R"({"_transactioncurrencyid_value":null})"),
                           any);
        QCOMPARE(r.status, 400);
        QCOMPARE(server.get(one).object().value(currency).toString(), usdId);
        r = server.request(
            "PATCH", one,
            QJsonDocument(
                QJsonObject{{bind, QStringLiteral("/transactioncurrencies(%1)").arg(eurId)}})
                .toJson(QJsonDocument::Compact),
            any);
        QCOMPARE(r.status, 200);
        QCOMPARE(server.get(one).object().value(currency).toString(), eurId);
        r = server.request("PATCH", one, QByteArray(R"({"transactioncurrencyid@odata.bind":null})"),
                           any);
        QCOMPARE(r.status, 200);
        QVERIFY(server.get(one).object().value(currency).isNull());

        // A bind to a row that does not exist: Dataverse's "Does Not Exist".
        const QString nowhere = newId();
        r = server.request(
            "PATCH", one,
            QJsonDocument(
                QJsonObject{{bind, QStringLiteral("/transactioncurrencies(%1)").arg(nowhere)}})
                .toJson(QJsonDocument::Compact),
            any);
        QCOMPARE(r.status, 404);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("0x80040217"));
        QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("transactioncurrency With Id = %1 Does Not Exist").arg(nowhere));

        // In $batch: the plain write fails its part, the bind succeeds.
        const QList<QByteArray> parts{
            "PATCH accounts(" + bytes(id) +
                ") HTTP/1.1\nContent-Type: application/json\nIf-Match: *\n\n"
                "{\"_transactioncurrencyid_value\":\"" +
                bytes(usdId) + "\"}",
            "PATCH accounts(" + bytes(id) +
                ") HTTP/1.1\nContent-Type: application/json\nIf-Match: *\n\n"
                "{\"transactioncurrencyid@odata.bind\":\"/transactioncurrencies(" +
                bytes(eurId) + ")\"}",
        };
        r = server.request("POST", QStringLiteral("$batch"), batchBody("b9", parts),
                           {{"Content-Type", "multipart/mixed; boundary=b9"},
                            {"Prefer", "odata.continue-on-error"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), (QList<int>{400, 200}));
        QVERIFY(r.body.contains("0x80060888"));
        QCOMPARE(server.get(one).object().value(currency).toString(), eurId);

        // The polymorphic customer: either navigation property sets the one value property.
        const QString c = newId();
        r = create({{QStringLiteral("contactid"), c},
                    {QStringLiteral("lastname"), QStringLiteral("Poly")},
                    {QStringLiteral("parentcustomerid_account@odata.bind"),
                     QStringLiteral("/accounts(%1)").arg(id)}},
                   QStringLiteral("contacts"));
        QCOMPARE(r.status, 201);
        const QString contact = QStringLiteral("contacts(%1)").arg(c);
        r = server.request(
            "PATCH", contact,
            QJsonDocument(QJsonObject{{QStringLiteral("parentcustomerid_contact@odata.bind"),
                                       QStringLiteral("/contacts(%1)").arg(c)}})
                .toJson(QJsonDocument::Compact),
            any);
        QCOMPARE(r.status, 200);
        QCOMPARE(server.get(contact).object().value(QLatin1String("_parentcustomerid_value")),
                 QJsonValue(c));
        r = server.request("PATCH", contact, QByteArray(R"({"_parentcustomerid_value":null})"),
                           any);
        QCOMPARE(r.status, 400);
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

        // late: carried out at once, answered delayMs later; a client that gave up
        // meanwhile never sees the answer, yet the row exists.
        fault({{kind, QStringLiteral("late")}, {QStringLiteral("delayMs"), 800}});
        t.restart();
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QVERIFY2(t.elapsed() >= 750, qPrintable(QString::number(t.elapsed())));
        fault({{kind, QStringLiteral("late")},
               {QStringLiteral("delayMs"), 1500},
               {QStringLiteral("method"), QStringLiteral("POST")}});
        const QString late = newId();
        r = server.request(
            "POST", QStringLiteral("accounts"),
            QJsonDocument(account(late, QStringLiteral("late"))).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}}, 300);
        QCOMPARE(r.status, 0);
        QCOMPARE(server.get(QStringLiteral("accounts(%1)").arg(late))
                     .object()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("late"));

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

    // "skip": K lets the next K matching requests through before the fault serves.
    void faultSkip()
    {
        QVERIFY(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")},
                                 {QStringLiteral("path"), QStringLiteral("accounts")},
                                 {QStringLiteral("method"), QStringLiteral("GET")},
                                 {QStringLiteral("skip"), 2},
                                 {QStringLiteral("count"), 2}}));
        QCOMPARE(server.request("GET", QStringLiteral("contacts")).status, 200); // no match
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 500);
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 500);
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        QCOMPARE(server.stats().value(QLatin1String("faultsServed")).toInt(), 2);
        QVERIFY(!server.addFault(
            {{QStringLiteral("kind"), QStringLiteral("500")}, {QStringLiteral("skip"), -1}}));
    }

    // "inBatch": true: the fault answers parts of $batch requests, inside the
    // batch's 200 multipart answer, with the part's own status, Retry-After and
    // error JSON; whole requests are not touched, nor are parts by other faults.
    void faultsInBatchParts()
    {
        const auto post = [](const QString &id) {
            return "POST accounts HTTP/1.1\nContent-Type: application/json\n\n" +
                   QJsonDocument(account(id, QStringLiteral("part")))
                       .toJson(QJsonDocument::Compact);
        };
        const auto send = [&](const QList<QByteArray> &parts) {
            return server.request("POST", QStringLiteral("$batch"), batchBody("bf", parts),
                                  {{"Content-Type", "multipart/mixed; boundary=bf"},
                                   {"Prefer", "odata.continue-on-error"}});
        };
        const auto count = [&] {
            return server.get(QStringLiteral("accounts?$count=true&$top=0"))
                .object()
                .value(QLatin1String("@odata.count"))
                .toInt();
        };
        QString error;
        QVERIFY2(server.addFault({{QStringLiteral("kind"), QStringLiteral("429")},
                                  {QStringLiteral("inBatch"), true},
                                  {QStringLiteral("path"), QStringLiteral("accounts")},
                                  {QStringLiteral("count"), 2},
                                  {QStringLiteral("retryAfter"), 2}},
                                 &error),
                 qPrintable(error));
        // Whole requests pass.
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
        HttpResult r = send({post(newId()), post(newId()), post(newId())});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), (QList<int>{429, 429, 201}));
        const QByteArray lower = r.body.toLower();
        QCOMPARE(lower.count("retry-after: 2\r\n"), 2);
        QCOMPARE(r.body.count("\"code\":\"0x80072322\""), 2);
        QVERIFY(r.body.contains("Number of requests exceeded the limit of 6000"));
        QCOMPARE(count(), 1);
        QJsonObject stats = server.stats();
        QCOMPARE(stats.value(QLatin1String("faultsServed")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("batchRequests")).toInt(), 1);
        // Spent: the same parts pass now.
        r = send({post(newId()), post(newId())});
        QCOMPARE(batchStatuses(r.body), (QList<int>{201, 201}));
        QCOMPARE(count(), 3);

        // skip and method; a path naming one row; 503 without Retry-After.
        const QString target = newId();
        QVERIFY(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")},
                                 {QStringLiteral("inBatch"), true},
                                 {QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("skip"), 1}}));
        QVERIFY(server.addFault({{QStringLiteral("kind"), QStringLiteral("503")},
                                 {QStringLiteral("inBatch"), true},
                                 {QStringLiteral("path"), target},
                                 {QStringLiteral("count"), 5}}));
        QCOMPARE(create(account(target, QStringLiteral("target"))).status, 201); // not a part
        r = send({"GET accounts?$top=1 HTTP/1.1\n\n", post(newId()), post(newId()),
                  "PATCH accounts(" + bytes(target) +
                      ") HTTP/1.1\nContent-Type: application/json\nIf-Match: *\n\n"
                      "{\"name\":\"patched\"}"});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), (QList<int>{200, 201, 500, 503}));
        QVERIFY(!r.body.toLower().contains("retry-after"));
        QVERIFY(r.body.contains("The service is temporarily unavailable."));
        QCOMPARE(server.get(QStringLiteral("accounts(%1)").arg(target))
                     .object()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("target"));

        // A fault of whole requests leaves the parts alone, and waits for one.
        QVERIFY(server.clearFaults());
        QVERIFY(server.addFault({{QStringLiteral("kind"), QStringLiteral("500")},
                                 {QStringLiteral("path"), QStringLiteral("accounts")}}));
        r = send({post(newId())});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), QList<int>{201});
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 500);

        // Only HTTP answers fit inside a batch.
        QVERIFY(!server.addFault(
            {{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("inBatch"), true}}));
    }

    // RetrieveUserPrivileges: the union of the user's roles' privileges, in
    // Dataverse's shape, with one stable id per privilege name.
    void retrieveUserPrivileges()
    {
        HttpResult r = userPrivileges(goodUser);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(QLatin1String("@odata.context")).toString(),
                 QStringLiteral("$metadata#Microsoft.Dynamics.CRM.RetrieveUserPrivilegesResponse"));
        const QJsonArray rows = o.value(QLatin1String("RolePrivileges")).toArray();
        QHash<QString, QString> idOf;
        for (const auto &v : rows) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QLatin1String("Depth")).toString(), QStringLiteral("Global"));
            QCOMPARE(p.value(QLatin1String("BusinessUnitId")).toString(),
                     QStringLiteral("c0000000-0000-4000-8000-0000000000f2"));
            const QString id = p.value(QLatin1String("PrivilegeId")).toString();
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
            idOf.insert(p.value(QLatin1String("PrivilegeName")).toString(), id);
        }
        QCOMPARE(rows.size(), idOf.size()); // each privilege once
        QCOMPARE(sorted(idOf.keys()), sorted(integrationPrivileges + basicUserPrivileges));
        QCOMPARE(QSet<QString>(idOf.cbegin(), idOf.cend()).size(), idOf.size()); // distinct ids

        // Without the namespace and the parentheses too; the ids stay the same.
        r = server.request("GET",
                           QStringLiteral("systemusers(%1)/RetrieveUserPrivileges").arg(adminUser));
        QCOMPARE(r.status, 200);
        QStringList adminNames;
        for (const auto &v : r.json.object().value(QLatin1String("RolePrivileges")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString name = p.value(QLatin1String("PrivilegeName")).toString();
            adminNames << name;
            if (idOf.contains(name))
                QCOMPARE(p.value(QLatin1String("PrivilegeId")).toString(), idOf.value(name));
        }
        QCOMPARE(adminNames.size(), 40); // 8 verbs x 5 entities
        for (const QString &p : integrationPrivileges + basicUserPrivileges)
            QVERIFY2(adminNames.contains(p), qPrintable(p));
        QVERIFY(adminNames.contains(QStringLiteral("prvDeleteTransactionCurrency")));
        QVERIFY(!idOf.contains(QStringLiteral("prvDeleteTransactionCurrency")));

        r = userPrivileges(QStringLiteral("c0000000-0000-4000-8000-000000000099"));
        QCOMPARE(r.status, 404);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("0x80040217"));
    }

    // A missing privilege answers 403 in Dataverse's words, as a single request
    // and as a $batch part; other operations go on.
    void missingPrivilegeIs403()
    {
        const QString createAccount = QStringLiteral("prvCreateAccount");
        const QString createId = [&] {
            for (const auto &v : userPrivileges(goodUser)
                                     .json.object()
                                     .value(QLatin1String("RolePrivileges"))
                                     .toArray()) {
                if (v.toObject().value(QLatin1String("PrivilegeName")).toString() == createAccount)
                    return v.toObject().value(QLatin1String("PrivilegeId")).toString();
            }
            return QString();
        }();
        QVERIFY(!createId.isEmpty());

        QStringList revoked = integrationPrivileges;
        revoked.removeAll(createAccount);
        QVERIFY(server.setConfig(
            {{QStringLiteral("privileges"), QJsonObject{{QStringLiteral("Couplet Integration"),
                                                         QJsonArray::fromStringList(revoked)}}}}));
        QCOMPARE(privilegeNames(goodUser), sorted(revoked + basicUserPrivileges));

        HttpResult r = create(account(newId(), QStringLiteral("Refused")));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(), QStringLiteral("0x80040220"));
        const QString message = errorOf(r).value(QLatin1String("message")).toString();
        const QRegularExpressionMatch m =
            QRegularExpression(missingPrivilegePattern(createAccount, 1, QStringLiteral("account"),
                                                       QStringLiteral("Create")))
                .match(message);
        QVERIFY2(m.hasMatch(), qPrintable(message));
        QCOMPARE(m.captured(1), createId);
        QVERIFY2(message.contains(QLatin1String("roleCount=2, privilegeCount=12,")),
                 qPrintable(message));
        QCOMPARE(server.get(QStringLiteral("accounts")).object().value(QLatin1String("value")),
                 QJsonValue(QJsonArray())); // reading is still allowed

        // Inside a $batch: the part answers 403 with the same body, the next part runs.
        const QList<QByteArray> parts{
            "POST accounts HTTP/1.1\nContent-Type: application/json\n\n" +
                QJsonDocument(account(newId(), QStringLiteral("Refused in batch")))
                    .toJson(QJsonDocument::Compact),
            "POST contacts HTTP/1.1\nContent-Type: application/json\n\n{\"contactid\":\"" +
                bytes(newId()) + "\",\"lastname\":\"Allowed\"}",
        };
        r = server.request("POST", QStringLiteral("$batch"), batchBody("b4", parts),
                           {{"Content-Type", "multipart/mixed; boundary=b4"},
                            {"Prefer", "odata.continue-on-error"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), (QList<int>{403, 201}));
        QVERIFY(r.body.contains("\"code\":\"0x80040220\""));
        QVERIFY2(r.body.contains("is missing prvCreateAccount privilege (Id=" + bytes(createId) +
                                 ") on OTC=1 for entity 'account'. context: Method=Create"),
                 r.body.constData());

        // Seeded: couplet-good may not delete a currency (OTC 9105).
        r = server.request("DELETE", QStringLiteral("transactioncurrencies(%1)").arg(usdId), {},
                           {{"If-Match", "*"}});
        QCOMPARE(r.status, 403);
        const QString currencyMessage = errorOf(r).value(QLatin1String("message")).toString();
        QVERIFY2(QRegularExpression(
                     missingPrivilegePattern(QStringLiteral("prvDeleteTransactionCurrency"), 9105,
                                             QStringLiteral("transactioncurrency"),
                                             QStringLiteral("Delete")))
                     .match(currencyMessage)
                     .hasMatch(),
                 qPrintable(currencyMessage));

        // The authenticated client's privileges count: couplet-admin may create.
        QVERIFY(server.setConfig({{QStringLiteral("auth"), QStringLiteral("basic")}}));
        r = server.post(QStringLiteral("accounts"), account(newId(), QStringLiteral("By admin")),
                        {{"Authorization", basic("couplet-admin", "admin-secret")}});
        QCOMPARE(r.status, 201);
        r = server.post(QStringLiteral("accounts"), account(newId(), QStringLiteral("By good")),
                        {{"Authorization", basic("couplet-good", "good-secret")}});
        QCOMPARE(r.status, 403);
    }

    // userRoles replaces a client's roles: the association, the privileges and
    // the enforcement follow; bad names are refused.
    void userRolesSwitch()
    {
        QVERIFY(server.setConfig({{QStringLiteral("userRoles"),
                                   QJsonObject{{QStringLiteral("couplet-good"),
                                                QJsonArray{QStringLiteral("Basic User")}}}}}));
        QCOMPARE(roleNames(goodUser), QStringList{QStringLiteral("Basic User")});
        QCOMPARE(privilegeNames(goodUser), sorted(basicUserPrivileges));
        HttpResult r = server.request("GET", QStringLiteral("accounts"));
        QCOMPARE(r.status, 403);
        QVERIFY(errorOf(r)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("roleCount=1, privilegeCount=2, accessMode=0), is "
                                            "missing prvReadAccount privilege")));
        QVERIFY(errorOf(r)
                    .value(QLatin1String("message"))
                    .toString()
                    .endsWith(QLatin1String("Method=RetrieveMultiple")));
        QCOMPARE(server.request("GET", QStringLiteral("systemusers")).status, 200); // not enforced

        QVERIFY(server.setConfig(
            {{QStringLiteral("userRoles"),
              QJsonObject{{QStringLiteral("couplet-good"),
                           QJsonArray{QStringLiteral("Basic User"),
                                      QStringLiteral("System Administrator")}}}}}));
        QCOMPARE(roleNames(goodUser), (QStringList{QStringLiteral("Basic User"),
                                                   QStringLiteral("System Administrator")}));
        QCOMPARE(privilegeNames(goodUser), privilegeNames(adminUser));
        const QJsonObject config = server.get(QStringLiteral("/test/config")).object();
        QCOMPARE(config.value(QLatin1String("userRoles"))
                     .toObject()
                     .value(QLatin1String("couplet-good"))
                     .toArray()
                     .size(),
                 2);
        r = server.request("DELETE", QStringLiteral("transactioncurrencies(%1)").arg(usdId), {},
                           {{"If-Match", "*"}});
        QCOMPARE(r.status, 204); // an administrator may

        QString error;
        QVERIFY(!server.setConfig(
            {{QStringLiteral("userRoles"),
              QJsonObject{{QStringLiteral("couplet-good"), QJsonArray{QStringLiteral("Boss")}}}}},
            &error));
        QVERIFY(!server.setConfig({{QStringLiteral("userRoles"),
                                    QJsonObject{{QStringLiteral("nobody"), QJsonArray{}}}}}));
        QVERIFY(!server.setConfig(
            {{QStringLiteral("privileges"), QJsonObject{{QStringLiteral("Couplet Integration"),
                                                         QStringLiteral("prvReadAccount")}}}}));
        QCOMPARE(roleNames(goodUser).size(), 2); // a refused switch changes nothing
    }

    // /test/reset brings back the seeded privileges and roles.
    void resetRestoresPrivileges()
    {
        QVERIFY(
            server.setConfig({{QStringLiteral("privileges"),
                               QJsonObject{{QStringLiteral("Couplet Integration"), QJsonArray{}},
                                           {QStringLiteral("Basic User"), QJsonArray{}}}},
                              {QStringLiteral("userRoles"),
                               QJsonObject{{QStringLiteral("couplet-admin"), QJsonArray{}}}}}));
        QVERIFY(privilegeNames(goodUser).isEmpty());
        QVERIFY(privilegeNames(adminUser).isEmpty());
        QVERIFY(roleNames(adminUser).isEmpty());
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 403);

        QVERIFY(server.reset());
        QCOMPARE(privilegeNames(goodUser), sorted(integrationPrivileges + basicUserPrivileges));
        QCOMPARE(privilegeNames(adminUser).size(), 40);
        QCOMPARE(roleNames(goodUser), (QStringList{QStringLiteral("Basic User"),
                                                   QStringLiteral("Couplet Integration")}));
        QCOMPARE(roleNames(adminUser), QStringList{QStringLiteral("System Administrator")});
        QCOMPARE(server.request("GET", QStringLiteral("accounts")).status, 200);
    }

    // A currency needs an exchange rate above zero; the seeded GBP has none.
    void exchangeRateRequired()
    {
        const auto expectRefused = [](const HttpResult &r, const QString &code) {
            QCOMPARE(r.status, 400);
            QCOMPARE(errorOf(r).value(QLatin1String("code")).toString(),
                     QStringLiteral("0x80040203"));
            QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                     QStringLiteral("The exchange rate of a currency must be greater than zero: "
                                    "currency '%1' has no exchange rate.")
                         .arg(code));
        };
        const QString set = QStringLiteral("transactioncurrencies");
        QJsonObject nok{{QStringLiteral("transactioncurrencyid"), newId()},
                        {QStringLiteral("isocurrencycode"), QStringLiteral("NOK")},
                        {QStringLiteral("currencyname"), QStringLiteral("Norwegian Krone")}};
        expectRefused(create(nok, set), QStringLiteral("NOK")); // missing
        nok.insert(QStringLiteral("exchangerate"), QJsonValue::Null);
        expectRefused(create(nok, set), QStringLiteral("NOK"));
        nok.insert(QStringLiteral("exchangerate"), 0);
        expectRefused(create(nok, set), QStringLiteral("NOK"));
        nok.insert(QStringLiteral("exchangerate"), -1.5);
        expectRefused(create(nok, set), QStringLiteral("NOK"));
        nok.insert(QStringLiteral("exchangerate"), 10.5);
        QCOMPARE(create(nok, set).status, 201);

        const HttpHeaders any{{"If-Match", "*"}, {"Content-Type", "application/json"}};
        const QString usd = QStringLiteral("transactioncurrencies(%1)").arg(usdId);
        const QString gbp = QStringLiteral("transactioncurrencies(%1)").arg(gbpId);
        expectRefused(server.request("PATCH", usd, R"({"exchangerate":null})", any),
                      QStringLiteral("USD"));
        expectRefused(server.request("PATCH", usd, R"({"exchangerate":0})", any),
                      QStringLiteral("USD"));
        // A PATCH without a rate keeps GBP's null one: refused too.
        expectRefused(server.request("PATCH", gbp, R"({"currencyname":"Pound"})", any),
                      QStringLiteral("GBP"));
        QCOMPARE(server.request("PATCH", usd, R"({"currencyname":"Dollar"})", any).status, 200);
        QCOMPARE(server.request("PATCH", gbp, R"({"exchangerate":0.79})", any).status, 200);
        QCOMPARE(server.get(gbp).object().value(QLatin1String("exchangerate")).toDouble(), 0.79);

        // Inside a $batch as well.
        const QList<QByteArray> parts{"PATCH " + bytes(usd) +
                                      " HTTP/1.1\nContent-Type: application/json\nIf-Match: "
                                      "*\n\n{\"exchangerate\":-2}"};
        const HttpResult r =
            server.request("POST", QStringLiteral("$batch"), batchBody("b5", parts),
                           {{"Content-Type", "multipart/mixed; boundary=b5"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(batchStatuses(r.body), QList<int>{400});
        QVERIFY(r.body.contains("currency 'USD' has no exchange rate."));
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
