// SqlConnector against real SQLite files and a real PostgreSQL server: every test
// runs once per backend.

#include "clock.h"
#include "connectors/sql/sqlconnector.h"
#include "error.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <random>

using namespace couplet;

namespace {

const QString rawName = QStringLiteral("tst-sql-raw");

QDateTime base()
{
    return QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
}

QString stampAt(qint64 ms)
{
    return SqlConnector::stampText(base().addMSecs(ms));
}

TableSpec itemsSpec(const QString &filter = {})
{
    return {QStringLiteral("items"),
            QStringLiteral("code"),
            QStringLiteral("modified_at"),
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty"),
             QStringLiteral("note"), QStringLiteral("modified_at")},
            filter};
}

TableSpec numberedSpec()
{
    return {QStringLiteral("numbered"),
            QStringLiteral("id"),
            QStringLiteral("modified_at"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")},
            {}};
}

QStringList keysOf(const QList<Row> &rows)
{
    QStringList keys;
    for (const Row &r : rows)
        keys << r.key;
    return keys;
}

QSet<QString> keySet(const QList<Row> &rows)
{
    const QStringList keys = keysOf(rows);
    return QSet<QString>(keys.cbegin(), keys.cend());
}

WriteOp op(WriteOp::Kind kind, const QString &key, const QVariantMap &values = {},
           const QString &etag = {})
{
    WriteOp o;
    o.kind = kind;
    o.key = key;
    o.values = values;
    o.etag = etag;
    return o;
}

// Runs `call`, which must throw couplet::Error; returns it.
template <typename F> Error expectError(F call)
{
    try {
        call();
    } catch (const Error &e) {
        return e;
    }
    return Error(QStringLiteral("<no error thrown>"));
}

} // namespace

class TestSqlConnector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addBackendRows(); }
    void init();
    void cleanup();

    void pagesRowsThatShareStamps();
    void pagesIntegerKeysAsIntegers();
    void pagesStampsOfMixedPrecision();
    void sinceFilterAndCount();
    void rowsByKeysAndExistingKeysInChunks();
    void readsValuesAsQtReadsThem();
    void findRowsIsNullSafe();
    void searchRowsMatchesKeyAndTextColumns();
    void searchRowsOnIntegerKeys();
    void insertsWithClientKey();
    void insertsWithGeneratedKey();
    void insertKeepsAMappedKeyValue();
    void insertWithoutKeyFailsWhenTableDoesNotGenerate();
    void updateWritesValuesAndStamp();
    void stampsStrictlyIncreaseWithStoppedClock();
    void conditionalUpdateAndDelete();
    void deletesRows();
    void oneFailingRowInBatchFailsAlone();
    void introspectsSchema();
    void badFilterThrows();
    void lostConnectionThrows();
    void otherThreadThrows();
    void sqlitePathIsRelativeToWorkspace();
    void closeRemovesConnection();
    void secretNeverInErrors();
    void createConnectorByKind();

private:
    QString backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == QLatin1String("postgres"); }
    void seed(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    QList<Row> scanAll(const TableSpec &spec, int pageSize, const QDateTime &since = {});
    QVariant rawValue(const QString &sql);

    QTemporaryDir m_dir;
    QString m_backend;
    ConnectionConfig m_config;
    QSqlDatabase m_raw;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<SqlConnector> m_sql;
};

void TestSqlConnector::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_config = test::freshDatabase(backend, m_dir.path(),
                                   QString::fromLatin1(QTest::currentTestFunction()));
    m_config.name = QStringLiteral("ERP");
    m_raw = test::openRaw(m_config, rawName);
    const QString stamp = test::stampType(backend);
    test::exec(m_raw,
               {QStringLiteral("CREATE TABLE items (code VARCHAR(20) PRIMARY KEY, name TEXT, "
                               "qty INTEGER, note TEXT, modified_at %1)")
                    .arg(stamp),
                QStringLiteral("CREATE TABLE numbered (id %1, name TEXT NOT NULL, "
                               "modified_at %2)")
                    .arg(isPostgres() ? QStringLiteral("SERIAL PRIMARY KEY")
                                      : QStringLiteral("INTEGER PRIMARY KEY"),
                         stamp)});
    m_sql = std::make_unique<SqlConnector>(m_config, m_dir.path(), QString(), m_clock);
    m_sql->open();
}

void TestSqlConnector::cleanup()
{
    m_sql.reset();
    m_raw = QSqlDatabase();
    test::closeRaw(rawName);
}

void TestSqlConnector::seed(const QString &table, const QStringList &columns,
                            const QList<QVariantList> &rows)
{
    QVERIFY(m_raw.transaction());
    QSqlQuery q(m_raw);
    QStringList marks(columns.size(), QStringLiteral("?"));
    QVERIFY2(q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(u','), marks.join(u','))),
             qPrintable(q.lastError().text()));
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            q.bindValue(i, row.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(m_raw.commit());
}

QList<Row> TestSqlConnector::scanAll(const TableSpec &spec, int pageSize, const QDateTime &since)
{
    QList<Row> all;
    ScanCursor cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<Row> page = m_sql->modifiedSince(spec, since, cursor, pageSize);
        if (page.size() > pageSize)
            return {}; // the callers check the size: an oversized page fails them
        all += page;
        if (page.size() < pageSize)
            break;
        cursor = {page.last().stamp, page.last().key};
    }
    return all;
}

QVariant TestSqlConnector::rawValue(const QString &sql)
{
    QSqlQuery q(m_raw);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<query failed: %1>").arg(q.lastError().text());
    return q.value(0);
}

void TestSqlConnector::pagesRowsThatShareStamps()
{
    // 60 rows over only 4 stamps, inserted in a shuffled order.
    QList<QVariantList> rows;
    for (int i = 0; i < 60; ++i) {
        rows.append({QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')),
                     QStringLiteral("n%1").arg(i), i, stampAt((i * 7 % 4) * 1000)});
    }
    std::shuffle(rows.begin(), rows.end(), std::mt19937(42));
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty"),
          QStringLiteral("modified_at")},
         rows);

    const QList<Row> all = scanAll(itemsSpec(), 7);
    QCOMPARE(all.size(), 60);
    QCOMPARE(keySet(all).size(), 60);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const Row &a = all.at(i - 1);
        const Row &b = all.at(i);
        QVERIFY2(a.stamp < b.stamp || (a.stamp == b.stamp && a.key < b.key),
                 qPrintable(a.key + QLatin1String(" before ") + b.key));
    }
    const Row &first = all.first();
    QCOMPARE(first.stamp, base());
    QCOMPARE(first.stamp.timeSpec(), Qt::UTC);
    QCOMPARE(first.etag, QStringLiteral("2024-05-01T10:00:00.000Z"));
    QCOMPARE(first.values.value(QStringLiteral("name")).toString(),
             QStringLiteral("n%1").arg(first.key.mid(1).toInt()));
    QCOMPARE(first.values.value(QStringLiteral("qty")).toInt(), first.key.mid(1).toInt());
}

void TestSqlConnector::pagesIntegerKeysAsIntegers()
{
    // Keys 1..30 on two stamps: as text, "10" would sort before "9" and be skipped.
    QList<QVariantList> rows;
    for (int id = 1; id <= 30; ++id)
        rows.append({id, QStringLiteral("n%1").arg(id), stampAt(id % 2 ? 0 : 500)});
    seed(QStringLiteral("numbered"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")}, rows);

    const QList<Row> all = scanAll(numberedSpec(), 7);
    QStringList expected;
    for (int id = 1; id <= 29; id += 2)
        expected << QString::number(id);
    for (int id = 2; id <= 30; id += 2)
        expected << QString::number(id);
    QCOMPARE(keysOf(all), expected);
    QCOMPARE(all.at(15).stamp, base().addMSecs(500));
}

void TestSqlConnector::pagesStampsOfMixedPrecision()
{
    if (isPostgres()) {
        // Microseconds within one millisecond: the cursor carries milliseconds and
        // must still neither repeat nor skip a row.
        test::exec(m_raw, QStringLiteral("CREATE TABLE fine (code TEXT PRIMARY KEY, name TEXT, "
                                         "modified_at TIMESTAMPTZ)"));
        seed(QStringLiteral("fine"), {QStringLiteral("code"), QStringLiteral("modified_at")},
             {{QStringLiteral("a"), QStringLiteral("2024-05-01T10:00:00.123900Z")},
              {QStringLiteral("b"), QStringLiteral("2024-05-01T10:00:00.123100Z")},
              {QStringLiteral("c"), QStringLiteral("2024-05-01T10:00:00.124000Z")},
              {QStringLiteral("d"), QVariant()}});
    } else {
        // Text stamps written by other programs: with and without ms and zone.
        test::exec(m_raw, QStringLiteral("CREATE TABLE fine (code TEXT PRIMARY KEY, name TEXT, "
                                         "modified_at TEXT)"));
        seed(QStringLiteral("fine"), {QStringLiteral("code"), QStringLiteral("modified_at")},
             {{QStringLiteral("a"), QStringLiteral("2024-05-01T10:00:00.123Z")},
              {QStringLiteral("b"), QStringLiteral("2024-05-01 10:00:00.123")},
              {QStringLiteral("c"), QStringLiteral("2024-05-01T10:00:00.124")},
              {QStringLiteral("d"), QVariant()}});
    }
    const TableSpec spec{
        QStringLiteral("fine"), QStringLiteral("code"), QStringLiteral("modified_at"), {}, {}};
    const QList<Row> all = scanAll(spec, 1);
    QCOMPARE(keysOf(all), (QStringList{QStringLiteral("d"), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(all.at(0).stamp, QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()));
    QCOMPARE(all.at(1).stamp, base().addMSecs(123));
    QCOMPARE(all.at(2).stamp, base().addMSecs(123));
    QCOMPARE(all.at(3).stamp, base().addMSecs(124));
    QCOMPARE(all.at(3).etag, QStringLiteral("2024-05-01T10:00:00.124Z"));
    // `since` compares by instant too.
    QCOMPARE(keysOf(m_sql->modifiedSince(spec, base().addMSecs(123), {}, 10)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestSqlConnector::sinceFilterAndCount()
{
    QList<QVariantList> rows;
    for (int i = 0; i < 10; ++i)
        rows.append({QStringLiteral("r%1").arg(i), i, stampAt(i * 1000)});
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("qty"), QStringLiteral("modified_at")}, rows);

    const QDateTime since = base().addMSecs(5000);
    const TableSpec filtered = itemsSpec(QStringLiteral("qty % 2 = 0"));
    QCOMPARE(keysOf(m_sql->modifiedSince(filtered, since, {}, 100)),
             (QStringList{QStringLiteral("r6"), QStringLiteral("r8")}));
    QCOMPARE(m_sql->countModifiedSince(filtered, since), 2);
    QCOMPARE(m_sql->countModifiedSince(filtered, {}), 5);
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), since), 5);
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 10);
    QCOMPARE(keysOf(m_sql->modifiedSince(itemsSpec(), since, {}, 100)),
             (QStringList{QStringLiteral("r5"), QStringLiteral("r6"), QStringLiteral("r7"),
                          QStringLiteral("r8"), QStringLiteral("r9")}));
    // The cursor and since together.
    const ScanCursor after{base().addMSecs(7000), QStringLiteral("r7")};
    QCOMPARE(keysOf(m_sql->modifiedSince(itemsSpec(), since, after, 100)),
             (QStringList{QStringLiteral("r8"), QStringLiteral("r9")}));
    QCOMPARE(keysOf(scanAll(filtered, 2)),
             (QStringList{QStringLiteral("r0"), QStringLiteral("r2"), QStringLiteral("r4"),
                          QStringLiteral("r6"), QStringLiteral("r8")}));
}

// On SQLite the connector reads through SQLite's own API: every value must come
// back with the type and value Qt's driver gives for it, NULLs and stored types
// that differ from the declared one included.
void TestSqlConnector::readsValuesAsQtReadsThem()
{
    const QString stamp = test::stampType(backend());
    test::exec(m_raw, {isPostgres()
                           ? QStringLiteral("CREATE TABLE mixed (code TEXT PRIMARY KEY, i BIGINT, "
                                            "r DOUBLE PRECISION, t TEXT, b BYTEA, "
                                            "n NUMERIC(10,2), modified_at %1)")
                                 .arg(stamp)
                           : QStringLiteral("CREATE TABLE mixed (code TEXT PRIMARY KEY, i INTEGER, "
                                            "r REAL, t TEXT, b BLOB, n NUMERIC, modified_at %1)")
                                 .arg(stamp)});
    const QStringList columns = {QStringLiteral("code"),       QStringLiteral("i"),
                                 QStringLiteral("r"),          QStringLiteral("t"),
                                 QStringLiteral("b"),          QStringLiteral("n"),
                                 QStringLiteral("modified_at")};
    QList<QVariantList> rows = {
        {QStringLiteral("a"), 42, 1.5, QStringLiteral("Z\u00fcrich \U0001F600 \"q\""),
         QByteArray("\x00\x01\xff", 3), 12.5, stampAt(1)},
        {QStringLiteral("b"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
         stampAt(2)},
        {QStringLiteral("c"), -7, 2.0, QStringLiteral(""), QByteArray(""), 3, stampAt(3)},
        {QStringLiteral("e"), qint64(9007199254740993), -0.1, QStringLiteral("line\nbreak"),
         QByteArray("x"), 0, stampAt(4)},
    };
    if (!isPostgres()) {
        // SQLite keeps what it is given where the declared type cannot take it.
        rows.append({QStringLiteral("d"), QStringLiteral("abc"), 3, 5, QStringLiteral("text"),
                     QStringLiteral("x"), stampAt(5)});
    }
    seed(QStringLiteral("mixed"), columns, rows);
    const TableSpec spec{QStringLiteral("mixed"),
                         QStringLiteral("code"),
                         QStringLiteral("modified_at"),
                         columns,
                         {}};
    QStringList keys;
    for (const QVariantList &row : std::as_const(rows))
        keys << row.first().toString();
    const QList<Row> byKeys = m_sql->rowsByKeys(spec, keys);
    const QList<Row> scanned = scanAll(spec, 2);
    QCOMPARE(byKeys.size(), rows.size());
    QCOMPARE(scanned.size(), rows.size());
    for (const QList<Row> &read : {byKeys, scanned}) {
        for (const Row &row : read) {
            QSqlQuery q(m_raw);
            QVERIFY(
                q.prepare(QStringLiteral("SELECT i, r, t, b, n, code FROM mixed WHERE code = ?")));
            q.addBindValue(row.key);
            QVERIFY2(q.exec() && q.next(), qPrintable(row.key));
            // The key and the stamp too: read as Qt reads them, then as the stamp.
            QCOMPARE(row.values.value(QStringLiteral("code")), q.value(5));
            QCOMPARE(row.key, q.value(5).toString());
            QCOMPARE(row.stamp,
                     SqlConnector::stampFromValue(
                         rawValue(QStringLiteral("SELECT modified_at FROM mixed WHERE code = '%1'")
                                      .arg(row.key))));
            QVERIFY(row.stamp.isValid());
            for (int c = 0; c < 5; ++c) {
                const QString column = columns.at(c + 1);
                const QVariant qt = q.value(c);
                const QVariant ours = row.values.value(column);
                const QString where =
                    QStringLiteral("%1.%2: %3 (%4), Qt reads %5 (%6)")
                        .arg(row.key, column, ours.toString(), QString::fromLatin1(ours.typeName()),
                             qt.toString(), QString::fromLatin1(qt.typeName()));
                QVERIFY2(ours.typeId() == qt.typeId() && ours.isNull() == qt.isNull() && ours == qt,
                         qPrintable(where));
            }
        }
    }
}

void TestSqlConnector::rowsByKeysAndExistingKeysInChunks()
{
    QList<QVariantList> text;
    QList<QVariantList> numbers;
    QStringList textKeys;
    QStringList numberKeys;
    for (int i = 0; i < 2600; ++i) {
        textKeys << QStringLiteral("c%1").arg(i);
        text.append({textKeys.last(), i, stampAt(i)});
        numberKeys << QString::number(i + 1);
        numbers.append({i + 1, QStringLiteral("n"), stampAt(i)});
    }
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("qty"), QStringLiteral("modified_at")}, text);
    seed(QStringLiteral("numbered"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")}, numbers);

    QStringList asked = textKeys;
    asked << QStringLiteral("missing-1") << QStringLiteral("missing-2") << textKeys.first();
    const QList<Row> rows = m_sql->rowsByKeys(itemsSpec(), asked);
    QCOMPARE(rows.size(), 2600);
    const QStringList got = keysOf(rows);
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()),
             QSet<QString>(textKeys.cbegin(), textKeys.cend()));
    for (const Row &r : rows)
        QCOMPARE(QStringLiteral("c") + r.values.value(QStringLiteral("qty")).toString(), r.key);

    const QSet<QString> existing = m_sql->existingKeys(itemsSpec(), asked);
    QCOMPARE(existing.size(), 2600);
    QVERIFY(!existing.contains(QStringLiteral("missing-1")));

    // Integer keys: a non-number cannot exist; "007" is answered as asked.
    QStringList numeric = numberKeys;
    numeric << QStringLiteral("abc") << QStringLiteral("007") << QStringLiteral("99999");
    const QSet<QString> found = m_sql->existingKeys(numberedSpec(), numeric);
    QCOMPARE(found.size(), 2601);
    QVERIFY(found.contains(QStringLiteral("007")));
    QVERIFY(found.contains(QStringLiteral("7")));
    QVERIFY(!found.contains(QStringLiteral("abc")));
    QVERIFY(!found.contains(QStringLiteral("99999")));
    QCOMPARE(m_sql->rowsByKeys(numberedSpec(), numeric).size(), 2600);

    // 10,000 keys, most of them missing.
    QStringList many;
    for (int i = 0; i < 10000; ++i)
        many << QStringLiteral("c%1").arg(i * 3);
    QCOMPARE(m_sql->existingKeys(itemsSpec(), many).size(), 867); // 0, 3, ..., 2598
}

void TestSqlConnector::findRowsIsNullSafe()
{
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty"),
          QStringLiteral("note"), QStringLiteral("modified_at")},
         {{QStringLiteral("a"), QStringLiteral("x"), 1, QVariant(), stampAt(0)},
          {QStringLiteral("b"), QStringLiteral("x"), 1, QStringLiteral("n"), stampAt(0)},
          {QStringLiteral("c"), QStringLiteral("y"), 1, QVariant(), stampAt(0)},
          {QStringLiteral("d"), QStringLiteral("x"), 0, QVariant(), stampAt(0)}});

    const QVariantMap xWithoutNote{{QStringLiteral("name"), QStringLiteral("x")},
                                   {QStringLiteral("note"), QVariant()}};
    QCOMPARE(keysOf(m_sql->findRows(itemsSpec(), xWithoutNote, 10)),
             (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(keysOf(m_sql->findRows(itemsSpec(QStringLiteral("qty > 0")), xWithoutNote, 10)),
             QStringList{QStringLiteral("a")});
    QCOMPARE(
        keysOf(m_sql->findRows(itemsSpec(), {{QStringLiteral("note"), QStringLiteral("n")}}, 10)),
        QStringList{QStringLiteral("b")});
    QCOMPARE(
        m_sql->findRows(itemsSpec(), {{QStringLiteral("name"), QStringLiteral("x")}}, 2).size(), 2);
    QVERIFY(m_sql->findRows(itemsSpec(), {{QStringLiteral("name"), QStringLiteral("z")}}, 10)
                .isEmpty());
}

void TestSqlConnector::searchRowsMatchesKeyAndTextColumns()
{
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty"),
          QStringLiteral("note"), QStringLiteral("modified_at")},
         {{QStringLiteral("D-400"), QStringLiteral("Delta"), 50, QStringLiteral("plain!"),
           stampAt(0)},
          {QStringLiteral("A-100"), QStringLiteral("Adatum Corporation"), 5,
           QStringLiteral("50% off"), stampAt(1)},
          {QStringLiteral("x_1"), QStringLiteral("Other"), 1, QVariant(), stampAt(2)},
          {QStringLiteral("C-300"), QStringLiteral("cafe"), 7, QStringLiteral("an ADATUM partner"),
           stampAt(3)},
          {QStringLiteral("B-200"), QStringLiteral("Bolt_Works"), 100, QVariant(), stampAt(4)}});
    const auto search = [this](const QString &text, int limit = 0,
                               const TableSpec &spec = itemsSpec()) {
        return keysOf(m_sql->searchRows(spec, text, limit));
    };
    // No text: every row, by key.
    QCOMPARE(search({}),
             (QStringList{QStringLiteral("A-100"), QStringLiteral("B-200"), QStringLiteral("C-300"),
                          QStringLiteral("D-400"), QStringLiteral("x_1")}));
    QCOMPARE(search({}, 2), (QStringList{QStringLiteral("A-100"), QStringLiteral("B-200")}));
    // Any text column, whatever the case.
    QCOMPARE(search(QStringLiteral("adaTUM")),
             (QStringList{QStringLiteral("A-100"), QStringLiteral("C-300")}));
    QCOMPARE(search(QStringLiteral("adatum"), 1), QStringList{QStringLiteral("A-100")});
    // The key, and not the number columns (B-200 has qty 100).
    QCOMPARE(search(QStringLiteral("100")), QStringList{QStringLiteral("A-100")});
    QCOMPARE(search(QStringLiteral("c-3")), QStringList{QStringLiteral("C-300")});
    // LIKE's wildcards and the escape character are plain text.
    QCOMPARE(search(QStringLiteral("0%")), QStringList{QStringLiteral("A-100")});
    QCOMPARE(search(QStringLiteral("_")),
             (QStringList{QStringLiteral("B-200"), QStringLiteral("x_1")}));
    QCOMPARE(search(QStringLiteral("n!")), QStringList{QStringLiteral("D-400")});
    QCOMPARE(search(QStringLiteral("nothing like it")), QStringList());
    // The mapping's filter still applies.
    QCOMPARE(search(QStringLiteral("adatum"), 0, itemsSpec(QStringLiteral("qty > 5"))),
             QStringList{QStringLiteral("C-300")});
    // Rows come with their values and stamp, as from the other reads.
    const QList<Row> rows = m_sql->searchRows(itemsSpec(), QStringLiteral("Bolt"), 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().values.value(QStringLiteral("qty")).toInt(), 100);
    QCOMPARE(rows.first().stamp, base().addMSecs(4));
}

void TestSqlConnector::searchRowsOnIntegerKeys()
{
    QList<QVariantList> rows;
    for (int id = 1; id <= 12; ++id)
        rows.append({id, QStringLiteral("row %1").arg(QChar(u'a' + id)), stampAt(id)});
    seed(QStringLiteral("numbered"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")}, rows);
    // The key is searched as text and the rows come in the key's own order.
    QCOMPARE(keysOf(m_sql->searchRows(numberedSpec(), QStringLiteral("1"), 0)),
             (QStringList{QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("11"),
                          QStringLiteral("12")}));
    QCOMPARE(keysOf(m_sql->searchRows(numberedSpec(), QStringLiteral("ROW C"), 0)),
             QStringList{QStringLiteral("2")});
    QCOMPARE(m_sql->searchRows(numberedSpec(), {}, 0).size(), 12);
    QCOMPARE(keysOf(m_sql->searchRows(numberedSpec(), {}, 3)),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestSqlConnector::insertsWithClientKey()
{
    const QList<WriteResult> results = m_sql->write(
        itemsSpec(),
        {op(WriteOp::Kind::Insert, QStringLiteral("new1"),
            {{QStringLiteral("name"), QStringLiteral("First")}, {QStringLiteral("qty"), 3}})});
    QCOMPARE(results.size(), 1);
    const WriteResult &r = results.first();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.key, QStringLiteral("new1"));
    QCOMPARE(r.stamp, m_clock.now());
    QCOMPARE(r.etag, SqlConnector::stampText(m_clock.now()));

    const QList<Row> rows = m_sql->rowsByKeys(itemsSpec(), {QStringLiteral("new1")});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().stamp, r.stamp);
    QCOMPARE(rows.first().etag, r.etag);
    QCOMPARE(rows.first().values.value(QStringLiteral("name")).toString(), QStringLiteral("First"));
    QCOMPARE(rows.first().values.value(QStringLiteral("qty")).toInt(), 3);
    if (!isPostgres()) {
        // The stored representation is the ISO text with ms and Z.
        QCOMPARE(rawValue(QStringLiteral("SELECT modified_at FROM items")).toString(),
                 QStringLiteral("2024-06-01T12:00:00.000Z"));
    } else {
        QCOMPARE(rawValue(QStringLiteral("SELECT to_char(modified_at AT TIME ZONE 'UTC', "
                                         "'YYYY-MM-DD HH24:MI:SS.MS') FROM items"))
                     .toString(),
                 QStringLiteral("2024-06-01 12:00:00.000"));
    }
}

void TestSqlConnector::insertsWithGeneratedKey()
{
    QVERIFY(m_sql->generatesKeys(numberedSpec()));
    QVERIFY(!m_sql->generatesKeys(itemsSpec()));
    const QList<WriteResult> results = m_sql->write(
        numberedSpec(),
        {op(WriteOp::Kind::Insert, {}, {{QStringLiteral("name"), QStringLiteral("A")}}),
         op(WriteOp::Kind::Insert, {}, {{QStringLiteral("name"), QStringLiteral("B")}}),
         op(WriteOp::Kind::Insert, QStringLiteral("100"),
            {{QStringLiteral("name"), QStringLiteral("C")}})});
    QCOMPARE(results.size(), 3);
    for (const WriteResult &r : results)
        QVERIFY2(r.ok, qPrintable(r.message));
    bool ok = false;
    const int first = results.at(0).key.toInt(&ok);
    QVERIFY(ok);
    QCOMPARE(results.at(1).key.toInt(), first + 1);
    QCOMPARE(results.at(2).key, QStringLiteral("100"));
    const QList<Row> rows = m_sql->rowsByKeys(numberedSpec(), {results.at(1).key});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().values.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
}

void TestSqlConnector::insertKeepsAMappedKeyValue()
{
    // The key column is also a mapped field: its value wins over the client key.
    const WriteResult r =
        m_sql
            ->write(itemsSpec(), {op(WriteOp::Kind::Insert, QStringLiteral("GENERATED1"),
                                     {{QStringLiteral("code"), QStringLiteral("CHF")},
                                      {QStringLiteral("name"), QStringLiteral("Franc")}})})
            .first();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.key, QStringLiteral("CHF"));
    QCOMPARE(keysOf(scanAll(itemsSpec(), 10)), QStringList{QStringLiteral("CHF")});
}

void TestSqlConnector::insertWithoutKeyFailsWhenTableDoesNotGenerate()
{
    const QList<WriteResult> results = m_sql->write(
        itemsSpec(),
        {op(WriteOp::Kind::Insert, {}, {{QStringLiteral("name"), QStringLiteral("A")}})});
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().ok);
    QVERIFY2(results.first().message.contains(QLatin1String("does not generate keys")),
             qPrintable(results.first().message));
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 0);
}

void TestSqlConnector::updateWritesValuesAndStamp()
{
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("qty"),
          QStringLiteral("note"), QStringLiteral("modified_at")},
         {{QStringLiteral("a"), QStringLiteral("old"), 5, QStringLiteral("keep"), stampAt(0)}});
    const QList<WriteResult> results =
        m_sql->write(itemsSpec(), {op(WriteOp::Kind::Update, QStringLiteral("a"),
                                      {{QStringLiteral("name"), QStringLiteral("new")},
                                       {QStringLiteral("note"), QVariant()}})});
    QVERIFY2(results.first().ok, qPrintable(results.first().message));
    QCOMPARE(results.first().stamp, m_clock.now());
    const Row row = m_sql->rowsByKeys(itemsSpec(), {QStringLiteral("a")}).value(0);
    QCOMPARE(row.values.value(QStringLiteral("name")).toString(), QStringLiteral("new"));
    QVERIFY(row.values.value(QStringLiteral("note")).isNull());
    QCOMPARE(row.values.value(QStringLiteral("qty")).toInt(), 5); // not given: untouched
    QCOMPARE(row.stamp, m_clock.now());
    QCOMPARE(row.etag, results.first().etag);
}

void TestSqlConnector::stampsStrictlyIncreaseWithStoppedClock()
{
    QList<WriteOp> ops;
    for (int i = 0; i < 5; ++i)
        ops << op(WriteOp::Kind::Insert, QStringLiteral("s%1").arg(i),
                  {{QStringLiteral("name"), QStringLiteral("x")}});
    QList<WriteResult> results = m_sql->write(itemsSpec(), ops);
    results += m_sql->write(itemsSpec(), {op(WriteOp::Kind::Update, QStringLiteral("s0"),
                                             {{QStringLiteral("qty"), 1}})});
    QCOMPARE(results.size(), 6);
    for (int i = 0; i < results.size(); ++i) {
        QVERIFY2(results.at(i).ok, qPrintable(results.at(i).message));
        QCOMPARE(results.at(i).stamp, m_clock.now().addMSecs(i));
    }
    // The clock moving on past the last stamp is used as is.
    m_clock.advance(60'000);
    const WriteResult later =
        m_sql
            ->write(itemsSpec(),
                    {op(WriteOp::Kind::Update, QStringLiteral("s1"), {{QStringLiteral("qty"), 2}})})
            .first();
    QCOMPARE(later.stamp, m_clock.now());
    const QList<Row> rows = scanAll(itemsSpec(), 2);
    QCOMPARE(keysOf(rows),
             (QStringList{QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4"),
                          QStringLiteral("s0"), QStringLiteral("s1")}));
}

void TestSqlConnector::conditionalUpdateAndDelete()
{
    seed(QStringLiteral("items"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("modified_at")},
         {{QStringLiteral("a"), QStringLiteral("one"), stampAt(0)},
          {QStringLiteral("b"), QStringLiteral("two"), stampAt(0)}});
    const QString etag = m_sql->rowsByKeys(itemsSpec(), {QStringLiteral("a")}).value(0).etag;
    QCOMPARE(etag, stampAt(0));

    WriteResult r =
        m_sql
            ->write(itemsSpec(), {op(WriteOp::Kind::Update, QStringLiteral("a"),
                                     {{QStringLiteral("name"), QStringLiteral("1")}}, etag)})
            .first();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.etag != etag);

    // The same, stale ETag again: the 412 path; the row is left alone.
    r = m_sql
            ->write(itemsSpec(), {op(WriteOp::Kind::Update, QStringLiteral("a"),
                                     {{QStringLiteral("name"), QStringLiteral("lost")}}, etag)})
            .first();
    QVERIFY(!r.ok);
    QVERIFY(r.stampChanged);
    QVERIFY(!r.notFound);
    QVERIFY2(r.message.contains(QLatin1String("\"a\"")), qPrintable(r.message));
    QCOMPARE(m_sql->rowsByKeys(itemsSpec(), {QStringLiteral("a")})
                 .value(0)
                 .values.value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("1"));

    // A missing row, with and without an ETag.
    for (const QString &tag : {etag, QString()}) {
        r = m_sql
                ->write(itemsSpec(), {op(WriteOp::Kind::Update, QStringLiteral("zz"),
                                         {{QStringLiteral("name"), QStringLiteral("x")}}, tag)})
                .first();
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(!r.stampChanged);
    }

    // Delete: stale ETag, then the right one, then again.
    r = m_sql->write(itemsSpec(), {op(WriteOp::Kind::Delete, QStringLiteral("b"), {}, stampAt(1))})
            .first();
    QVERIFY(r.stampChanged);
    QCOMPARE(m_sql->existingKeys(itemsSpec(), {QStringLiteral("b")}).size(), 1);
    r = m_sql->write(itemsSpec(), {op(WriteOp::Kind::Delete, QStringLiteral("b"), {}, stampAt(0))})
            .first();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(m_sql->existingKeys(itemsSpec(), {QStringLiteral("b")}).isEmpty());
    r = m_sql->write(itemsSpec(), {op(WriteOp::Kind::Delete, QStringLiteral("b"), {}, stampAt(0))})
            .first();
    QVERIFY(r.notFound);
}

void TestSqlConnector::deletesRows()
{
    seed(QStringLiteral("numbered"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")},
         {{1, QStringLiteral("a"), stampAt(0)},
          {2, QStringLiteral("b"), stampAt(0)},
          {3, QStringLiteral("c"), stampAt(0)}});
    const QList<WriteResult> results =
        m_sql->write(numberedSpec(), {op(WriteOp::Kind::Delete, QStringLiteral("1")),
                                      op(WriteOp::Kind::Delete, QStringLiteral("3")),
                                      op(WriteOp::Kind::Delete, QStringLiteral("4"))});
    QVERIFY(results.at(0).ok);
    QVERIFY(results.at(1).ok);
    QVERIFY(!results.at(2).ok);
    QVERIFY(results.at(2).notFound);
    QCOMPARE(keysOf(scanAll(numberedSpec(), 10)), QStringList{QStringLiteral("2")});
}

void TestSqlConnector::oneFailingRowInBatchFailsAlone()
{
    seed(QStringLiteral("numbered"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("modified_at")},
         {{1, QStringLiteral("a"), stampAt(0)}});
    QList<WriteOp> ops;
    for (int i = 0; i < 9; ++i) {
        // Row 14 has no name, which the table refuses.
        ops << op(WriteOp::Kind::Insert, QString::number(10 + i),
                  {{QStringLiteral("name"), i == 4 ? QVariant() : QVariant(QStringLiteral("n"))}});
    }
    ops << op(WriteOp::Kind::Update, QStringLiteral("1"),
              {{QStringLiteral("name"), QStringLiteral("A")}});
    const QList<WriteResult> results = m_sql->write(numberedSpec(), ops);
    QCOMPARE(results.size(), 10);
    for (int i = 0; i < 10; ++i) {
        if (i == 4)
            continue;
        QVERIFY2(results.at(i).ok, qPrintable(results.at(i).message));
    }
    const WriteResult &bad = results.at(4);
    QVERIFY(!bad.ok);
    QVERIFY(!bad.notFound);
    QVERIFY(!bad.stampChanged);
    QVERIFY2(
        bad.message.startsWith(QLatin1String("Cannot insert row \"14\" into table numbered: ")),
        qPrintable(bad.message));
    QVERIFY2(bad.message.contains(QLatin1String("null"), Qt::CaseInsensitive),
             qPrintable(bad.message));
    QVERIFY(!bad.detail.isEmpty());
    QVERIFY(!bad.message.contains(u'\n'));
    if (!isPostgres()) {
        // SQLite's own words: the failing insert is not run a second time
        // through Qt's driver (whose text would end in "Unable to fetch row").
        QCOMPARE(bad.detail, QStringLiteral("NOT NULL constraint failed: numbered.name"));
    }

    QStringList expected{QStringLiteral("1")};
    for (int i = 0; i < 9; ++i) {
        if (i != 4)
            expected << QString::number(10 + i);
    }
    const QSet<QString> stored =
        m_sql->existingKeys(numberedSpec(), expected + QStringList{QStringLiteral("14")});
    QCOMPARE(stored, QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(m_sql->rowsByKeys(numberedSpec(), {QStringLiteral("1")})
                 .value(0)
                 .values.value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("A"));
}

void TestSqlConnector::introspectsSchema()
{
    test::exec(m_raw,
               QStringLiteral("CREATE TABLE typed (id INTEGER PRIMARY KEY, label VARCHAR(20) "
                              "NOT NULL, amount DOUBLE PRECISION, note TEXT, "
                              "modified_at %1)")
                   .arg(test::stampType(m_backend)));
    const QStringList tables = m_sql->tables();
    QVERIFY2(tables.contains(QStringLiteral("typed")), qPrintable(tables.join(u',')));
    QVERIFY(tables.contains(QStringLiteral("items")));
    QVERIFY(tables.contains(QStringLiteral("numbered")));
    for (const QString &t : tables)
        QVERIFY2(!t.startsWith(QLatin1String("sqlite_")), qPrintable(t));

    const TableInfo info = m_sql->tableInfo(QStringLiteral("typed"));
    QCOMPARE(info.name, QStringLiteral("typed"));
    QCOMPARE(info.columns.size(), 5);
    const ColumnInfo *id = info.column(QStringLiteral("id"));
    QVERIFY(id);
    QVERIFY(id->primaryKey);
    QVERIFY(!id->nullable);
    QVERIFY(id->type == QMetaType::Int || id->type == QMetaType::LongLong);
    const ColumnInfo *label = info.column(QStringLiteral("label"));
    QVERIFY(label);
    QCOMPARE(label->type, QMetaType::QString);
    QVERIFY(!label->nullable);
    QVERIFY(!label->primaryKey);
    if (isPostgres())
        QCOMPARE(label->length, 20);
    QCOMPARE(info.column(QStringLiteral("amount"))->type, QMetaType::Double);
    QVERIFY(info.column(QStringLiteral("note"))->nullable);
    QCOMPARE(info.column(QStringLiteral("modified_at"))->type,
             isPostgres() ? QMetaType::QDateTime : QMetaType::QString);
    QVERIFY(!info.column(QStringLiteral("nope")));
    QVERIFY(m_sql->tableInfo(QStringLiteral("no_such_table")).columns.isEmpty());
}

void TestSqlConnector::badFilterThrows()
{
    const Error e = expectError(
        [&] { m_sql->modifiedSince(itemsSpec(QStringLiteral("qty = = 1")), {}, {}, 10); });
    QVERIFY2(e.message().contains(QLatin1String("ERP (")), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QLatin1String("qty = = 1")), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QLatin1String("items")), qPrintable(e.message()));
    QVERIFY(!e.detail().isEmpty());
    QVERIFY(e.message().startsWith(QLatin1String("Cannot read table items from ERP")));
    const Error count = expectError(
        [&] { m_sql->countModifiedSince(itemsSpec(QStringLiteral("nonexistent_col > 1")), {}); });
    QVERIFY2(count.message().contains(QLatin1String("nonexistent_col")),
             qPrintable(count.message()));
    // The connector is still usable afterwards.
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 0);
}

void TestSqlConnector::lostConnectionThrows()
{
    if (!isPostgres()) {
        // A file has no connection to lose; what a SQLite user meets instead is the
        // table vanishing under us (another program dropped it): a clear Error too.
        QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 0);
        test::exec(m_raw, QStringLiteral("DROP TABLE items"));
        const Error gone = expectError([&] { m_sql->modifiedSince(itemsSpec(), {}, {}, 10); });
        QVERIFY2(gone.message().contains(QLatin1String("ERP")), qPrintable(gone.message()));
        QVERIFY2(gone.detail().contains(QLatin1String("items")), qPrintable(gone.detail()));
        return;
    }
    seed(QStringLiteral("items"), {QStringLiteral("code"), QStringLiteral("modified_at")},
         {{QStringLiteral("a"), stampAt(0)}});
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 1);
    QCOMPARE(rawValue(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                     "pg_stat_activity WHERE datname = current_database() "
                                     "AND pid <> pg_backend_pid()"))
                 .toInt(),
             1);
    const Error read = expectError([&] { m_sql->modifiedSince(itemsSpec(), {}, {}, 10); });
    QVERIFY2(read.message().startsWith(QLatin1String("The connection to ERP (PostgreSQL ")),
             qPrintable(read.message()));
    QVERIFY2(read.message().contains(QLatin1String("was lost")), qPrintable(read.message()));
    QVERIFY(!read.detail().isEmpty());
    const Error write = expectError(
        [&] { m_sql->write(itemsSpec(), {op(WriteOp::Kind::Insert, QStringLiteral("b"))}); });
    QVERIFY2(write.message().contains(QLatin1String("was lost")), qPrintable(write.message()));
    // Closing and opening again reconnects.
    m_sql->close();
    m_sql->open();
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 1);
}

void TestSqlConnector::otherThreadThrows()
{
    QString message;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        message = expectError([&] { m_sql->countModifiedSince(itemsSpec(), {}); }).message();
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY2(message.contains(QLatin1String("another thread")), qPrintable(message));
    QCOMPARE(m_sql->countModifiedSince(itemsSpec(), {}), 0);
}

void TestSqlConnector::sqlitePathIsRelativeToWorkspace()
{
    QTemporaryDir workspace;
    if (isPostgres()) {
        // A server database's name is a name, never made into a path.
        SqlConnector sql(m_config, workspace.path(), {}, m_clock);
        QVERIFY(!sql.displayName().contains(workspace.path()));
        sql.open();
        QVERIFY(sql.tables().contains(QStringLiteral("items")));
        return;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rel"));
        db.setDatabaseName(workspace.filePath(QStringLiteral("erp.sqlite")));
        QVERIFY(db.open());
        test::exec(db, QStringLiteral("CREATE TABLE here (id INTEGER PRIMARY KEY)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rel"));
    ConnectionConfig config;
    config.name = QStringLiteral("ERP");
    config.database = QStringLiteral("erp.sqlite");
    SqlConnector sql(config, workspace.path(), {}, m_clock);
    QCOMPARE(sql.displayName(), QStringLiteral("ERP (SQLite erp.sqlite)"));
    sql.open();
    QCOMPARE(sql.tables(), QStringList{QStringLiteral("here")});
}

void TestSqlConnector::closeRemovesConnection()
{
    const QStringList before = QSqlDatabase::connectionNames();
    m_sql->close();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() - 1);
    const Error closed = expectError([&] { m_sql->tables(); });
    QVERIFY2(closed.message().contains(QLatin1String("is not open")), qPrintable(closed.message()));
    m_sql->open();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before.size());
}

void TestSqlConnector::secretNeverInErrors()
{
    const QString secret = QStringLiteral("pa55-w0rd-XYZ");
    ConnectionConfig config = m_config;
    if (isPostgres())
        config.database = QStringLiteral("no_such_database");
    else
        config.database = m_dir.filePath(QStringLiteral("missing-folder/x.sqlite"));
    SqlConnector sql(config, m_dir.path(), secret, m_clock);
    const Error e = expectError([&] { sql.open(); });
    QVERIFY2(e.message().startsWith(QLatin1String("Cannot open ERP")), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(secret), qPrintable(e.message()));
    QVERIFY2(!e.detail().contains(secret), qPrintable(e.detail()));
}

void TestSqlConnector::createConnectorByKind()
{
    std::unique_ptr<Connector> c = createConnector(m_config, m_dir.path(), {}, m_clock);
    QVERIFY(dynamic_cast<SqlConnector *>(c.get()));
    c->open();
    QVERIFY(c->tables().contains(QStringLiteral("items")));
    ConnectionConfig other = m_config;
    other.kind = QStringLiteral("ftp");
    const Error e = expectError([&] { createConnector(other, m_dir.path(), {}, m_clock); });
    QVERIFY2(e.message().startsWith(QLatin1String("Unknown connection kind \"ftp\"")),
             qPrintable(e.message()));
}

QTEST_GUILESS_MAIN(TestSqlConnector)
#include "tst_sqlconnector.moc"
