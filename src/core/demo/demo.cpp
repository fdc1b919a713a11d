#include "demo/demo.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/syncengine.h"
#include "error.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace couplet {

namespace {

const QString erpFile = u"erp.sqlite"_s;
const QString crmFile = u"crm.sqlite"_s;
const QString storeFile = u"demo.state.sqlite"_s;

// Stamps are stored as ISO UTC text with milliseconds, as both systems' columns expect.
QString stampText(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

// GUIDs of CRM rows are derived from a name, so every demo has the same keys.
QString crmGuid(const QString &name)
{
    static const QUuid ns(u"6f1c2a52-4b7e-4d8e-9a51-2f7c0e1d9b30"_s);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

// One raw connection to a demo database, used to create and edit its tables.
class DemoDatabase final
{
public:
    explicit DemoDatabase(const QString &path)
        : m_name(u"couplet-demo-%1"_s.arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            throw Error(u"Cannot open %1"_s.arg(path), db.lastError().text());
    }
    ~DemoDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    DemoDatabase(const DemoDatabase &) = delete;
    DemoDatabase &operator=(const DemoDatabase &) = delete;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            throw Error(u"The demo could not prepare a statement"_s,
                        sql + u": "_s + q.lastError().text());
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            throw Error(u"The demo could not write its data"_s,
                        sql + u": "_s + q.lastError().text());
    }
    void transaction() { QSqlDatabase::database(m_name, false).transaction(); }
    void commit()
    {
        if (!QSqlDatabase::database(m_name, false).commit())
            throw Error(u"The demo could not commit its data"_s);
    }

private:
    static QAtomicInt &counter()
    {
        static QAtomicInt c;
        return c;
    }
    QString m_name;
};

// ---------------------------------------------------------------------------
// The workspace

QJsonObject side(const QString &table, const QString &key, const QString &modified,
                 const QString &caption, const QString &filter = {})
{
    QJsonObject o{
        {u"table"_s, table}, {u"key"_s, key}, {u"modified"_s, modified}, {u"caption"_s, caption}};
    if (!filter.isEmpty())
        o.insert(u"filter"_s, filter);
    return o;
}

QJsonObject field(const QString &local, const QString &remote)
{
    return {{u"local"_s, local}, {u"remote"_s, remote}};
}

QJsonObject connection(const QString &name, const QString &database)
{
    return {{u"name"_s, name},
            {u"kind"_s, u"sql"_s},
            {u"driver"_s, u"QSQLITE"_s},
            {u"database"_s, database}};
}

QJsonObject mappingDefaults(const QString &name)
{
    return {{u"name"_s, name},
            {u"direction"_s, u"bidirectional"_s},
            {u"onlyCoupled"_s, false},
            {u"deletionPolicy"_s, u"none"_s},
            {u"updateConflictPolicy"_s, u"none"_s},
            {u"conflictDetection"_s, u"field"_s}};
}

QJsonObject workspaceJson()
{
    QJsonObject currency = mappingDefaults(u"CURRENCY"_s);
    currency.insert(u"local"_s, side(u"currency"_s, u"code"_s, u"modified_at"_s, u"Currency"_s));
    currency.insert(u"remote"_s, side(u"transactioncurrencies"_s, u"transactioncurrencyid"_s,
                                      u"modifiedon"_s, u"Transaction Currency"_s));
    currency.insert(u"match"_s, QJsonArray{u"code"_s});
    currency.insert(u"fields"_s, QJsonArray{field(u"code"_s, u"isocurrencycode"_s),
                                            field(u"description"_s, u"currencyname"_s),
                                            field(u"exchange_rate"_s, u"exchangerate"_s)});

    QJsonObject customer = mappingDefaults(u"CUSTOMER"_s);
    customer.insert(u"local"_s, side(u"customer"_s, u"no"_s, u"modified_at"_s, u"Customer"_s,
                                     u"blocked = 0"_s));
    customer.insert(u"remote"_s,
                    side(u"accounts"_s, u"accountid"_s, u"modifiedon"_s, u"Account"_s));
    QJsonObject type = field(u"type"_s, u"customertypecode"_s);
    type.insert(u"valueMap"_s,
                QJsonArray{QJsonArray{u"customer"_s, 3}, QJsonArray{u"prospect"_s, 8}});
    QJsonObject currencyCode = field(u"currency_code"_s, u"transactioncurrencyid"_s);
    currencyCode.insert(u"lookup"_s, u"CURRENCY"_s);
    currencyCode.insert(u"clearOnFailedLookup"_s, false);
    const QJsonObject statecode{
        {u"remote"_s, u"statecode"_s}, {u"constant"_s, 0}, {u"direction"_s, u"toRemote"_s}};
    customer.insert(u"fields"_s,
                    QJsonArray{field(u"name"_s, u"name"_s), field(u"email"_s, u"emailaddress1"_s),
                               field(u"phone"_s, u"telephone1"_s),
                               field(u"city"_s, u"address1_city"_s), type, currencyCode,
                               statecode});

    QJsonObject contact = mappingDefaults(u"CONTACT"_s);
    contact.insert(u"local"_s, side(u"contact"_s, u"no"_s, u"modified_at"_s, u"Contact"_s));
    contact.insert(u"remote"_s, side(u"contacts"_s, u"contactid"_s, u"modifiedon"_s, u"Contact"_s));
    QJsonObject parent = field(u"customer_no"_s, u"parentcustomerid"_s);
    parent.insert(u"lookup"_s, u"CUSTOMER"_s);
    parent.insert(u"clearOnFailedLookup"_s, false);
    contact.insert(u"fields"_s, QJsonArray{field(u"first_name"_s, u"firstname"_s),
                                           field(u"last_name"_s, u"lastname"_s),
                                           field(u"email"_s, u"emailaddress1"_s),
                                           field(u"phone"_s, u"telephone1"_s), parent});

    return {{u"version"_s, 1},
            {u"name"_s, u"Couplet demo"_s},
            {u"store"_s, QJsonObject{{u"driver"_s, u"QSQLITE"_s}, {u"database"_s, storeFile}}},
            {u"local"_s, connection(u"ERP"_s, erpFile)},
            {u"remote"_s, connection(u"CRM"_s, crmFile)},
            {u"mappings"_s, QJsonArray{currency, customer, contact}}};
}

// ---------------------------------------------------------------------------
// The data

struct Currency
{
    const char *code;
    const char *erpName;
    const char *crmName; // nullptr: not in the CRM yet
    double rate;
};
constexpr std::array currencies{
    Currency{"EUR", "Euro", "Euro", 1.0},
    Currency{"USD", "US dollar", "US Dollar", 1.0842},
    Currency{"GBP", "British pound", "Pound Sterling", 0.8571},
    Currency{"DKK", "Danish krone", nullptr, 7.4603},
    Currency{"SEK", "Swedish krona", nullptr, 11.2315},
    Currency{"JPY", "Japanese yen", nullptr, 161.47},
};

constexpr std::array companyNames{"Adatum",     "Alpine",     "Blue Yonder", "Coho",
                                  "Contoso",    "Fabrikam",   "Fourth",      "Litware",
                                  "Lucerne",    "Margie's",   "Northwind",   "Proseware",
                                  "Relecloud",  "Southridge", "Tailspin",    "Trey Research",
                                  "Wide World", "Woodgrove",  "Wingtip",     "Graphic Design"};
constexpr std::array companySuffixes{"Corporation", "Traders", "Airlines",   "Winery",
                                     "Travel",      "Bank",    "Publishing", "Studios",
                                     "Importers",   "Systems"};
constexpr std::array cities{"Copenhagen", "Aarhus",    "Hamburg", "London",
                            "Manchester", "Stockholm", "Malmö",   "Seattle",
                            "Amsterdam",  "Lyon",      "Dublin",  "Antwerp"};
constexpr std::array firstNames{"Anna",  "Bjørn", "Clara",  "David", "Emma",  "Frederik",
                                "Greta", "Hugo",  "Ida",    "Jonas", "Karin", "Lars",
                                "Maja",  "Noah",  "Olivia", "Peter", "Sofie", "Tobias"};
constexpr std::array lastNames{"Andersen", "Berg",    "Christensen", "Dahl",     "Eriksen",
                               "Fischer",  "Hansen",  "Jensen",      "Kjær",     "Larsen",
                               "Madsen",   "Nielsen", "Olsen",       "Pedersen", "Schmidt",
                               "Thomsen",  "Vogel"};
constexpr std::array salespeople{std::pair{"JO", "Jim Olive"}, std::pair{"LT", "Lina Townsend"},
                                 std::pair{"OF", "Otis Falls"}, std::pair{"BC", "Benjamin Chiu"},
                                 std::pair{"PS", "Patricia Sand"}};
constexpr std::array crmAccounts{"Alpine Ski House",    "Humongous Insurance", "Fabrikam Fiber",
                                 "A. Datum Consulting", "City Power & Light",  "Litware Labs",
                                 "Nod Publishers",      "School of Fine Art",  "VanArsdel",
                                 "Wingtip Toys"};

constexpr int customerCount = 80;
constexpr int contactsPerCustomer = 2;
constexpr int contactCount = 120;
constexpr int crmContactCount = 16;

QString slug(QString text)
{
    text = text.toLower();
    QString out;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out.append(ch);
        else if (!out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString customerNo(int i)
{
    return u"C%1"_s.arg((i + 1) * 10, 5, 10, QLatin1Char('0'));
}
QString contactNo(int i)
{
    return u"CT%1"_s.arg((i + 1) * 10, 5, 10, QLatin1Char('0'));
}
QString phone(int i)
{
    return u"+45 %1 %2 %3"_s.arg(20 + i % 70).arg(10 + (i * 7) % 90).arg(10 + (i * 13) % 90);
}
bool isBlocked(int i)
{
    return i % 19 == 11;
}

// The seeding writes stamps spread over the weeks before the first sync.
class StampSequence
{
public:
    explicit StampSequence(QDateTime start)
        : m_next(std::move(start))
    {}
    QString next()
    {
        m_next = m_next.addSecs(37 * 60 + 11);
        return stampText(m_next);
    }

private:
    QDateTime m_next;
};

void createErp(const QString &path, StampSequence &stamps)
{
    DemoDatabase db(path);
    db.transaction();
    db.exec(u"CREATE TABLE currency (code TEXT PRIMARY KEY, description TEXT, "
            "exchange_rate REAL NULL, modified_at TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE salesperson (code TEXT PRIMARY KEY, name TEXT, email TEXT, "
            "modified_at TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE customer (no TEXT PRIMARY KEY, name TEXT, email TEXT, phone TEXT, "
            "city TEXT, type TEXT NOT NULL DEFAULT 'customer', currency_code TEXT, "
            "salesperson_code TEXT, blocked INTEGER NOT NULL DEFAULT 0, "
            "modified_at TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE contact (no TEXT PRIMARY KEY, customer_no TEXT, first_name TEXT, "
            "last_name TEXT, email TEXT, phone TEXT, modified_at TEXT NOT NULL)"_s);
    db.exec(u"CREATE INDEX customer_modified ON customer (modified_at, no)"_s);
    db.exec(u"CREATE INDEX contact_modified ON contact (modified_at, no)"_s);
    db.exec(u"CREATE INDEX currency_modified ON currency (modified_at, code)"_s);

    for (const Currency &c : currencies) {
        db.exec(u"INSERT INTO currency VALUES (?, ?, ?, ?)"_s,
                {QString::fromLatin1(c.code), QString::fromUtf8(c.erpName), c.rate, stamps.next()});
    }
    for (const auto &[code, name] : salespeople) {
        const QString n = QString::fromUtf8(name);
        db.exec(u"INSERT INTO salesperson VALUES (?, ?, ?, ?)"_s,
                {QString::fromLatin1(code), n,
                 slug(n).replace(QLatin1Char('-'), QLatin1Char('.')) + u"@cronus.example"_s,
                 stamps.next()});
    }
    int contact = 0;
    for (int i = 0; i < customerCount; ++i) {
        const int p = i % int(companyNames.size());
        const int s = (i / int(companyNames.size()) + 3 * p) % int(companySuffixes.size());
        const QString name = QString::fromUtf8(companyNames[p]) + QLatin1Char(' ') +
                             QString::fromUtf8(companySuffixes[s]);
        const Currency &cur = currencies[(i % 3 == 0) ? 0 : i % currencies.size()];
        db.exec(u"INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {customerNo(i), name, u"info@%1.example"_s.arg(slug(name)), phone(i),
                 QString::fromUtf8(cities[i % cities.size()]),
                 i % 7 == 3 ? u"prospect"_s : u"customer"_s, QString::fromLatin1(cur.code),
                 QString::fromLatin1(salespeople[i % salespeople.size()].first),
                 isBlocked(i) ? 1 : 0, stamps.next()});
        // Contacts of blocked customers would only fail their lookup: leave them out.
        for (int k = 0; k < contactsPerCustomer && !isBlocked(i) && contact < contactCount; ++k) {
            const QString first = QString::fromUtf8(firstNames[contact % firstNames.size()]);
            const QString last = QString::fromUtf8(lastNames[(contact * 5 + 3) % lastNames.size()]);
            db.exec(u"INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {contactNo(contact), customerNo(i), first, last,
                     u"%1.%2@%3.example"_s.arg(slug(first), slug(last), slug(name)),
                     phone(1000 + contact), stamps.next()});
            ++contact;
        }
    }
    db.commit();
}

void createCrm(const QString &path, StampSequence &stamps)
{
    DemoDatabase db(path);
    db.transaction();
    db.exec(u"CREATE TABLE transactioncurrencies (transactioncurrencyid TEXT PRIMARY KEY, "
            "isocurrencycode TEXT, currencyname TEXT, exchangerate REAL NOT NULL, "
            "modifiedon TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE accounts (accountid TEXT PRIMARY KEY, accountnumber TEXT, name TEXT, "
            "emailaddress1 TEXT, telephone1 TEXT, address1_city TEXT, customertypecode INTEGER, "
            "transactioncurrencyid TEXT, statecode INTEGER NOT NULL DEFAULT 0, "
            "modifiedon TEXT NOT NULL)"_s);
    db.exec(u"CREATE TABLE contacts (contactid TEXT PRIMARY KEY, parentcustomerid TEXT, "
            "firstname TEXT, lastname TEXT, emailaddress1 TEXT, telephone1 TEXT, "
            "modifiedon TEXT NOT NULL)"_s);
    db.exec(u"CREATE INDEX accounts_modified ON accounts (modifiedon, accountid)"_s);
    db.exec(u"CREATE INDEX contacts_modified ON contacts (modifiedon, contactid)"_s);
    db.exec(u"CREATE INDEX transactioncurrencies_modified ON transactioncurrencies "
            "(modifiedon, transactioncurrencyid)"_s);

    for (const Currency &c : currencies) {
        if (!c.crmName)
            continue;
        const QString code = QString::fromLatin1(c.code);
        db.exec(u"INSERT INTO transactioncurrencies VALUES (?, ?, ?, ?, ?)"_s,
                {crmGuid(u"currency/"_s + code), code, QString::fromUtf8(c.crmName), c.rate,
                 stamps.next()});
    }
    for (int i = 0; i < int(crmAccounts.size()); ++i) {
        const QString name = QString::fromUtf8(crmAccounts[i]);
        db.exec(u"INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                {crmGuid(u"account/"_s + name), u"CRM-%1"_s.arg(1001 + i), name,
                 u"contact@%1.example"_s.arg(slug(name)), phone(500 + i),
                 QString::fromUtf8(cities[(i * 5) % cities.size()]), i % 4 == 1 ? 8 : 3,
                 crmGuid(i % 2 ? u"currency/USD"_s : u"currency/EUR"_s), stamps.next()});
    }
    for (int i = 0; i < crmContactCount; ++i) {
        const QString account = QString::fromUtf8(crmAccounts[i % crmAccounts.size()]);
        const QString first = QString::fromUtf8(firstNames[(i * 7 + 2) % firstNames.size()]);
        const QString last = QString::fromUtf8(lastNames[(i * 3 + 1) % lastNames.size()]);
        db.exec(u"INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {crmGuid(u"contact/%1"_s.arg(i)), crmGuid(u"account/"_s + account), first, last,
                 u"%1.%2@%3.example"_s.arg(slug(first), slug(last), slug(account)), phone(700 + i),
                 stamps.next()});
    }
    db.commit();
}

// ---------------------------------------------------------------------------
// The first sync and the scripted edits

QList<SyncJob> synchronize(const Workspace &workspace, StateStore &store, const Clock &clock)
{
    const QString dir = QFileInfo(workspace.path).absolutePath();
    std::unique_ptr<Connector> local = createConnector(workspace.local, dir, {}, clock);
    std::unique_ptr<Connector> remote = createConnector(workspace.remote, dir, {}, clock);
    if (!local || !remote)
        throw Error(u"The demo connections could not be created"_s);
    local->open();
    remote->open();
    SyncEngine engine(workspace, store, *local, *remote, clock);
    SyncOptions options;
    options.trigger = JobTrigger::Manual;
    QList<SyncJob> jobs = engine.run(options);
    local->close();
    remote->close();
    return jobs;
}

QString remoteKeyOf(const StateStore &store, const QString &mapping, const QString &localKey)
{
    const std::optional<Coupling> c = store.couplingByKey(mapping, Side::Local, localKey);
    if (!c || c->remoteKey.isEmpty())
        throw Error(u"The demo's first sync did not couple %1 %2"_s.arg(mapping, localKey));
    return c->remoteKey;
}

// Edits both systems after the first sync. Each statement gets its own stamp, a
// minute after the one before, so the order of events is plain in the data.
void scriptEdits(const QString &dir, const StateStore &store, ManualClock &clock)
{
    DemoDatabase erp(QDir(dir).filePath(erpFile));
    DemoDatabase crm(QDir(dir).filePath(crmFile));
    auto at = [&clock] {
        clock.advance(60 * 1000);
        return stampText(clock.now());
    };
    const QString account10 = remoteKeyOf(store, u"CUSTOMER"_s, customerNo(0));
    const QString account20 = remoteKeyOf(store, u"CUSTOMER"_s, customerNo(1));
    const QString account30 = remoteKeyOf(store, u"CUSTOMER"_s, customerNo(2));
    const QString account90 = remoteKeyOf(store, u"CUSTOMER"_s, customerNo(8));
    const QString contact50 = remoteKeyOf(store, u"CONTACT"_s, contactNo(4));
    const QString contact90 = remoteKeyOf(store, u"CONTACT"_s, contactNo(8));

    // Update conflicts: the same field changed differently on both sides, the CRM last.
    erp.exec(u"UPDATE customer SET name = ?, modified_at = ? WHERE no = ?"_s,
             {u"Adatum Corporation Ltd."_s, at(), customerNo(0)});
    erp.exec(u"UPDATE customer SET email = ?, modified_at = ? WHERE no = ?"_s,
             {u"billing@alpine-winery.example"_s, at(), customerNo(1)});
    crm.exec(u"UPDATE accounts SET name = ?, modifiedon = ? WHERE accountid = ?"_s,
             {u"Adatum Corp. (Nordic)"_s, at(), account10});
    crm.exec(u"UPDATE accounts SET emailaddress1 = ?, modifiedon = ? WHERE accountid = ?"_s,
             {u"accounts@alpine-winery.example"_s, at(), account20});

    // Different fields changed on each side: merged field by field, not a conflict.
    erp.exec(u"UPDATE customer SET phone = ?, modified_at = ? WHERE no = ?"_s,
             {u"+45 70 10 20 30"_s, at(), customerNo(2)});
    crm.exec(u"UPDATE accounts SET address1_city = ?, modifiedon = ? WHERE accountid = ?"_s,
             {u"Odense"_s, at(), account30});

    // Deletion conflict: deleted in the CRM, then edited in the ERP.
    crm.exec(u"DELETE FROM contacts WHERE contactid = ?"_s, {contact50});
    erp.exec(u"UPDATE contact SET last_name = ?, modified_at = ? WHERE no = ?"_s,
             {u"Kjær-Hansen"_s, at(), contactNo(4)});

    // A currency without an exchange rate cannot be inserted into the CRM, and the
    // customer that uses it fails its lookup.
    erp.exec(u"INSERT INTO currency VALUES (?, ?, NULL, ?)"_s,
             {u"NOK"_s, u"Norwegian krone"_s, at()});
    erp.exec(u"UPDATE customer SET currency_code = ?, modified_at = ? WHERE no = ?"_s,
             {u"NOK"_s, at(), customerNo(3)});

    // Clean updates on both sides.
    erp.exec(u"UPDATE customer SET phone = ?, modified_at = ? WHERE no = ?"_s,
             {u"+45 33 44 55 66"_s, at(), customerNo(4)});
    erp.exec(u"UPDATE customer SET city = ?, type = ?, modified_at = ? WHERE no = ?"_s,
             {u"Aalborg"_s, u"customer"_s, at(), customerNo(5)});
    erp.exec(u"UPDATE contact SET email = ?, modified_at = ? WHERE no = ?"_s,
             {u"orders@contoso-travel.example"_s, at(), contactNo(6)});
    crm.exec(u"UPDATE accounts SET telephone1 = ?, modifiedon = ? WHERE accountid = ?"_s,
             {u"+45 88 77 66 55"_s, at(), account90});
    crm.exec(u"UPDATE accounts SET name = ?, modifiedon = ? WHERE accountid = ?"_s,
             {u"Humongous Insurance Group"_s, at(),
              crmGuid(u"account/"_s + QString::fromUtf8(crmAccounts[1]))});
    crm.exec(u"UPDATE contacts SET firstname = ?, modifiedon = ? WHERE contactid = ?"_s,
             {u"Johanna"_s, at(), contact90});

    // Clean inserts on both sides.
    const std::array newCustomers{std::pair{"C00810", "Nordlys Shipping"},
                                  std::pair{"C00820", "Kastrup Kaffe"},
                                  std::pair{"C00830", "Øresund Logistics"}};
    int n = 0;
    for (const auto &[no, name] : newCustomers) {
        const QString customer = QString::fromLatin1(no);
        const QString title = QString::fromUtf8(name);
        erp.exec(u"INSERT INTO customer VALUES (?, ?, ?, ?, ?, 'customer', ?, 'JO', 0, ?)"_s,
                 {customer, title, u"info@%1.example"_s.arg(slug(title)), phone(900 + n),
                  u"Copenhagen"_s, n == 1 ? u"DKK"_s : u"EUR"_s, at()});
        for (int k = 0; k < 2; ++k) {
            const QString first =
                QString::fromUtf8(firstNames[(n * 2 + k + 5) % firstNames.size()]);
            const QString last = QString::fromUtf8(lastNames[(n * 3 + k + 7) % lastNames.size()]);
            erp.exec(u"INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {contactNo(contactCount + n * 2 + k), customer, first, last,
                      u"%1@%2.example"_s.arg(slug(first), slug(title)), phone(950 + n * 2 + k),
                      at()});
        }
        ++n;
    }
    const std::array newAccounts{"Trey Research Labs", "Bellows College"};
    for (int i = 0; i < int(newAccounts.size()); ++i) {
        const QString name = QString::fromUtf8(newAccounts[i]);
        const QString id = crmGuid(u"account/"_s + name);
        crm.exec(u"INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"_s,
                 {id, u"CRM-%1"_s.arg(2001 + i), name, u"hello@%1.example"_s.arg(slug(name)),
                  phone(800 + i), u"Berlin"_s, i == 0 ? 3 : 8, crmGuid(u"currency/GBP"_s), at()});
        for (int k = 0; k < (i == 0 ? 2 : 1); ++k) {
            const QString first =
                QString::fromUtf8(firstNames[(i * 4 + k + 9) % firstNames.size()]);
            const QString last = QString::fromUtf8(lastNames[(i * 5 + k + 2) % lastNames.size()]);
            crm.exec(u"INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {crmGuid(u"contact/new/%1/%2"_s.arg(i).arg(k)), id, first, last,
                      u"%1@%2.example"_s.arg(slug(first), slug(name)), phone(850 + i * 2 + k),
                      at()});
        }
    }
}

void removeFiles(const QDir &dir)
{
    for (const QString &name : Demo::fileNames()) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            const QString path = dir.filePath(name + suffix);
            if (QFile::exists(path) && !QFile::remove(path))
                throw Error(u"Cannot replace %1"_s.arg(QDir::toNativeSeparators(path)));
        }
    }
}

} // namespace

QString Demo::workspaceFileName()
{
    return u"demo.couplet.json"_s;
}

QStringList Demo::fileNames()
{
    return {workspaceFileName(), erpFile, crmFile, storeFile};
}

bool Demo::exists(const QString &dir)
{
    const QDir d(dir);
    for (const QString &name : fileNames()) {
        if (QFile::exists(d.filePath(name)))
            return true;
    }
    return false;
}

DemoResult Demo::create(const QString &dir, const Clock &clock)
{
    const QDir folder(dir);
    if (!folder.mkpath(u"."_s))
        throw Error(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(dir)));
    removeFiles(folder);

    // The story runs on its own clock: rows created over the past weeks, the first
    // sync two hours ago, the edits after it, all before `clock.now()`.
    const QDateTime now = clock.now();
    ManualClock story(now.addSecs(-2 * 3600));
    // Each read moves it on a millisecond, like a real clock during a sync.
    story.setStep(1);
    StampSequence seedStamps(story.now().addDays(-30));
    createErp(folder.filePath(erpFile), seedStamps);
    createCrm(folder.filePath(crmFile), seedStamps);

    DemoResult result;
    result.workspacePath = QDir::cleanPath(folder.absoluteFilePath(workspaceFileName()));
    {
        QSaveFile file(result.workspacePath);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(workspaceJson()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            throw Error(u"Cannot write %1"_s.arg(QDir::toNativeSeparators(result.workspacePath)),
                        file.errorString());
        }
    }
    QList<WorkspaceIssue> issues;
    Workspace workspace = WorkspaceFile::load(result.workspacePath, &issues);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const WorkspaceIssue &issue : issues)
            lines.append(issue.toString());
        throw Error(u"The demo workspace is not valid"_s, lines.join(QLatin1Char('\n')));
    }

    StateStore store(workspace.resolvedStore());
    store.open();
    result.firstSync = synchronize(workspace, store, story);
    scriptEdits(folder.absolutePath(), store, story);
    store.close();
    return result;
}

} // namespace couplet
