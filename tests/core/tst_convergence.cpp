// The randomized convergence test (DESIGN.md, "Synchronization semantics").
//
// Many rounds of random inserts, updates and deletes on both sides of the CUSTOMER
// and CURRENCY mappings; after each round: sync, Find for Deleted, resolve every
// skipped record the way an administrator would (keep local, keep remote, merge per
// field, Restore Records, Delete Records, Delete Coupling), sync again. Then:
//   - the two rows of every coupling agree on every mapped field (value map and
//     currency lookup applied), and no coupling is failed or skipped;
//   - no row is coupled twice, and every row is coupled (except rows whose
//     coupling the deletion policy or the administrator removed);
//   - every edit made in the round is on both sides, unless it was part of a
//     conflict, and then the administrator's choice is on both sides;
//   - every job's counts add up to its candidates, counted independently from
//     the tables and the store before the pass, and the destination table grows
//     by exactly the rows the job says it inserted;
//   - the run after the resolution changes nothing.
// Each data row has its own seed, printed in the output; COUPLET_CONVERGENCE_SEED
// replaces the seeds to replay a failure.

#include "enginefixture.h"
#include "error.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CURRENCY = QStringLiteral("CURRENCY");
constexpr int kRounds = 25;

// A broken invariant, with what was expected and found.
struct Broken
{
    QString message;
};

#define CHECK(cond, what)                                                                          \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            throw Broken{QStringLiteral("line %1: %2: %3")                                         \
                             .arg(__LINE__)                                                        \
                             .arg(QLatin1String(#cond), QString(what))};                           \
        }                                                                                          \
    } while (false)

// Rows of one table by key; each row maps column -> value as read.
using Rows = QHash<QString, QVariantMap>;
// A row in a side-neutral form: local column -> text, with the value map and the
// currency lookup applied, and null and "" both "".
using Canon = QMap<QString, QString>;

int mapIndex(const QString &mapping)
{
    return mapping == CURRENCY ? 0 : 1;
}
int sideIndex(Side s)
{
    return s == Side::Local ? 0 : 1;
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QString rateText(const QVariant &v)
{
    return v.isNull() ? QString() : QString::number(v.toDouble(), 'f', 6);
}

QString show(const Canon &c)
{
    QStringList parts;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString counts(const SyncJob &j)
{
    return QStringLiteral("%1 %2: ins %3 mod %4 del %5 unch %6 skip %7 fail %8 coupled %9 (%10)")
        .arg(j.mapping, toString(j.direction))
        .arg(j.inserted)
        .arg(j.modified)
        .arg(j.deleted)
        .arg(j.unchanged)
        .arg(j.skipped)
        .arg(j.failed)
        .arg(j.coupled)
        .arg(j.message);
}

QDateTime stampOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

// The messages a job may log in this scenario: update and deletion conflicts.
bool isDocumentedMessage(const QString &m)
{
    return (m.startsWith(QLatin1String("Cannot update the ")) &&
            m.contains(QLatin1String(" record because it has a later modified date than the "))) ||
           (m.startsWith(QLatin1String("The ")) && m.endsWith(QLatin1String(" has been deleted")));
}

const QStringList kCities = {QStringLiteral("Lyon"), QStringLiteral("Oslo"), QStringLiteral("Graz"),
                             QStringLiteral("Riga"), QStringLiteral("Kiel"), QStringLiteral("Nice"),
                             QStringLiteral("Pisa"), QStringLiteral("Bern")};
const QStringList kCodes = {
    QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF"),
    QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
    QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("JPY"), QStringLiteral("CAD"),
    QStringLiteral("AUD"), QStringLiteral("NZD"), QStringLiteral("SGD"), QStringLiteral("HKD"),
    QStringLiteral("CNY"), QStringLiteral("INR"), QStringLiteral("BRL"), QStringLiteral("MXN"),
    QStringLiteral("ZAR"), QStringLiteral("TRY"), QStringLiteral("ILS"), QStringLiteral("KRW")};
// The compared fields of each mapping, by local column.
const QStringList kCustomerFields = {QStringLiteral("name"), QStringLiteral("email"),
                                     QStringLiteral("city"), QStringLiteral("type"),
                                     QStringLiteral("currency_code")};
const QStringList kCurrencyFields = {QStringLiteral("code"), QStringLiteral("rate")};

// One scenario: a seed, a deletion policy, and the rounds run on one fixture.
class Scenario
{
public:
    Scenario(EngineFixture &fixture, quint32 seed, DeletionPolicy policy)
        : f(fixture)
        , m_rng(seed)
        , m_policy(policy)
    {
        static int counter = 0;
        ++counter;
        m_localConn = QStringLiteral("convergence-local-%1").arg(counter);
        m_remoteConn = QStringLiteral("convergence-remote-%1").arg(counter);
        m_db[0] = test::openRaw(f.workspace.local, m_localConn);
        m_db[1] = test::openRaw(f.workspace.remote, m_remoteConn);
        for (TableMapping &m : f.workspace.mappings)
            m.deletionPolicy = policy;
    }
    ~Scenario()
    {
        m_db[0] = QSqlDatabase();
        m_db[1] = QSqlDatabase();
        test::closeRaw(m_localConn);
        test::closeRaw(m_remoteConn);
    }
    Scenario(const Scenario &) = delete;
    Scenario &operator=(const Scenario &) = delete;

    void run(int rounds)
    {
        seed();
        for (m_round = 1; m_round <= rounds; ++m_round)
            runRound();
    }

    int currentRound() const { return m_round; }
    QString stats() const
    {
        return QStringLiteral("%1 edits, %2 update conflicts, %3 deletion conflicts, %4 jobs, "
                              "%5 rows inserted by the engine")
            .arg(m_stats.edits)
            .arg(m_stats.updateConflicts)
            .arg(m_stats.deletionConflicts)
            .arg(m_stats.jobs)
            .arg(m_stats.inserted);
    }

private:
    // What one round did and expects.
    struct Expectation
    {
        QString mapping;
        QString localKey;
        QString remoteKey;
        QString how;
        bool gone = false; // both rows deleted
        Side survivor = Side::Local;
        bool uncoupled = false; // the coupling was deleted; the survivor stays alone
        Canon values;
    };
    struct RoundState
    {
        // [mapping][side]
        QHash<QString, Canon> edits[2][2];
        QSet<QString> deleted[2][2];
        QSet<QString> partnerDeleted[2][2];
        QSet<QString> conflicts[2][2];
        QSet<QString> adminUncoupled[2][2];
        QSet<QString> excludedCurrencies; // local codes not to be referenced this round
        QList<Expectation> expectations;
    };

    // --- reading --------------------------------------------------------------------

    const TableSide &tableOf(const QString &mapping, Side s) const
    {
        return f.workspace.mapping(mapping)->side(s);
    }

    Rows rows(const QString &mapping, Side s)
    {
        const TableSide &t = tableOf(mapping, s);
        QSqlQuery q(m_db[sideIndex(s)]);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(t.table)))
            throw Broken{QStringLiteral("cannot read %1: %2").arg(t.table, q.lastError().text())};
        Rows result;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QVariantMap row;
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i).toLower(), r.value(i));
            result.insert(row.value(t.key).toString(), row);
        }
        return result;
    }

    QList<Coupling> couplings(const QString &mapping)
    {
        QList<Coupling> all;
        qint64 after = 0;
        for (;;) {
            const QList<Coupling> page = f.store->couplingsOfMapping(mapping, after, 1000);
            all.append(page);
            if (page.size() < 1000)
                return all;
            after = page.constLast().id;
        }
    }

    // Remote currency id -> local currency code, through CURRENCY's couplings.
    QHash<QString, QString> currencyMap()
    {
        QHash<QString, QString> map;
        for (const Coupling &c : couplings(CURRENCY)) {
            if (c.isComplete())
                map.insert(c.remoteKey, c.localKey);
        }
        return map;
    }

    Canon canon(const QString &mapping, Side s, const QVariantMap &row,
                const QHash<QString, QString> &currencies) const
    {
        Canon c;
        if (mapping == CURRENCY) {
            c.insert(QStringLiteral("code"),
                     text(row.value(s == Side::Local ? QStringLiteral("code")
                                                     : QStringLiteral("isocurrencycode"))));
            c.insert(QStringLiteral("rate"),
                     rateText(row.value(s == Side::Local ? QStringLiteral("rate")
                                                         : QStringLiteral("exchangerate"))));
            return c;
        }
        if (s == Side::Local) {
            for (const QString &field : kCustomerFields)
                c.insert(field, text(row.value(field)));
            return c;
        }
        c.insert(QStringLiteral("name"), text(row.value(QStringLiteral("name"))));
        c.insert(QStringLiteral("email"), text(row.value(QStringLiteral("emailaddress1"))));
        c.insert(QStringLiteral("city"), text(row.value(QStringLiteral("address1_city"))));
        const QVariant type = row.value(QStringLiteral("customertypecode"));
        c.insert(QStringLiteral("type"), type.isNull()       ? QString()
                                         : type.toInt() == 3 ? QStringLiteral("customer")
                                         : type.toInt() == 8
                                             ? QStringLiteral("prospect")
                                             : QStringLiteral("?%1").arg(type.toString()));
        const QString currency = text(row.value(QStringLiteral("transactioncurrencyid")));
        c.insert(QStringLiteral("currency_code"),
                 currency.isEmpty()
                     ? QString()
                     : currencies.value(currency, QStringLiteral("<uncoupled %1>").arg(currency)));
        return c;
    }

    QString where(const QString &mapping, Side s, const QString &key) const
    {
        return QStringLiteral("round %1, %2 %3 %4").arg(m_round).arg(mapping, toString(s), key);
    }

    // --- random choices ---------------------------------------------------------------

    int bounded(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return bounded(100) < percent; }
    template <typename T> T pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }
    // Keys in an order that does not depend on the keys the engine generates, so that
    // a seed replays the same scenario: by name (customers) or code (currencies).
    QStringList ordered(const QString &mapping, Side s, const Rows &table) const
    {
        const QString label = mapping == CUSTOMER ? QStringLiteral("name")
                              : s == Side::Local  ? QStringLiteral("code")
                                                  : QStringLiteral("isocurrencycode");
        QList<QPair<QString, QString>> pairs;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            pairs.append({text(it->value(label)), it.key()});
        std::sort(pairs.begin(), pairs.end());
        QStringList keys;
        for (const auto &[name, key] : pairs)
            keys.append(key);
        return keys;
    }
    QStringList pickSome(QStringList from, int n)
    {
        QStringList out;
        while (!from.isEmpty() && out.size() < n)
            out.append(from.takeAt(bounded(int(from.size()))));
        return out;
    }
    QString serial() { return QString::number(++m_serial); }

    // --- edits -----------------------------------------------------------------------

    void write(const QString &mapping, Side s, const QString &key, const QVariantMap &values)
    {
        const TableSide &t = tableOf(mapping, s);
        f.upsert(s, t.table, t.key, key, values);
        ++m_stats.edits;
    }

    void remove(const QString &mapping, Side s, const QString &key)
    {
        const TableSide &t = tableOf(mapping, s);
        const std::optional<Coupling> c = f.store->couplingByKey(mapping, s, key);
        if (c && c->isComplete())
            m_st.partnerDeleted[mapIndex(mapping)][sideIndex(otherSide(s))].insert(
                c->key(otherSide(s)));
        f.remove(s, t.table, t.key, key);
        m_st.deleted[mapIndex(mapping)][sideIndex(s)].insert(key);
        ++m_stats.edits;
    }

    QString rate() { return QString::number(0.05 + bounded(200000) / 10000.0, 'f', 4); }

    void editCurrencies()
    {
        const Rows local = rows(CURRENCY, Side::Local);
        const Rows remote = rows(CURRENCY, Side::Remote);
        const Rows customers = rows(CUSTOMER, Side::Local);
        const Rows accounts = rows(CUSTOMER, Side::Remote);
        QSet<QString> referenced[2];
        for (const QVariantMap &r : customers)
            referenced[0].insert(text(r.value(QStringLiteral("currency_code"))));
        for (const QVariantMap &r : accounts)
            referenced[1].insert(text(r.value(QStringLiteral("transactioncurrencyid"))));

        // Deletes: only currencies that no customer references on either side, so no
        // lookup can fail because of them.
        if (chance(20)) {
            const Side s = chance(50) ? Side::Local : Side::Remote;
            QStringList candidates;
            for (const QString &key : ordered(CURRENCY, s, s == Side::Local ? local : remote)) {
                const std::optional<Coupling> c = f.store->couplingByKey(CURRENCY, s, key);
                const QString partner = c ? c->key(otherSide(s)) : QString();
                if (referenced[sideIndex(s)].contains(key) ||
                    (!partner.isEmpty() && referenced[sideIndex(otherSide(s))].contains(partner)))
                    continue;
                candidates.append(key);
            }
            if (!candidates.isEmpty()) {
                const QString key = pickSome(candidates, 1).constFirst();
                const std::optional<Coupling> c = f.store->couplingByKey(CURRENCY, s, key);
                m_st.excludedCurrencies.insert(s == Side::Local ? key
                                               : c              ? c->localKey
                                                                : QString());
                remove(CURRENCY, s, key);
            }
        }
        // Rate updates, at most one row per side.
        for (Side s : {Side::Local, Side::Remote}) {
            const Rows &table = s == Side::Local ? local : remote;
            QStringList keys;
            for (const QString &key : ordered(CURRENCY, s, table)) {
                if (!m_st.deleted[0][sideIndex(s)].contains(key))
                    keys.append(key);
            }
            if (keys.isEmpty() || !chance(45))
                continue;
            const QString key = pickSome(keys, 1).constFirst();
            const QString r = rate();
            write(CURRENCY, s, key,
                  {{s == Side::Local ? QStringLiteral("rate") : QStringLiteral("exchangerate"),
                    r.toDouble()}});
            m_st.edits[0][sideIndex(s)][key].insert(QStringLiteral("rate"), rateText(r.toDouble()));
        }
        // A new currency on one side, with a code neither side uses.
        if (chance(35)) {
            QSet<QString> used;
            for (const QVariantMap &r : local)
                used.insert(text(r.value(QStringLiteral("code"))));
            for (const QVariantMap &r : remote)
                used.insert(text(r.value(QStringLiteral("isocurrencycode"))));
            QStringList free;
            for (const QString &code : kCodes) {
                if (!used.contains(code))
                    free.append(code);
            }
            if (!free.isEmpty())
                insertCurrency(chance(50) ? Side::Local : Side::Remote, pick(free));
        }
    }

    void insertCurrency(Side s, const QString &code)
    {
        const QString r = rate();
        QString key = code;
        if (s == Side::Local) {
            write(CURRENCY, s, key, {{QStringLiteral("rate"), r.toDouble()}});
        } else {
            key = QStringLiteral("cur-%1-%2").arg(code.toLower(), serial());
            write(CURRENCY, s, key,
                  {{QStringLiteral("isocurrencycode"), code},
                   {QStringLiteral("exchangerate"), r.toDouble()}});
        }
        Canon &edit = m_st.edits[0][sideIndex(s)][key];
        edit.insert(QStringLiteral("code"), code);
        edit.insert(QStringLiteral("rate"), rateText(r.toDouble()));
    }

    // Currencies a customer may reference: coupled, and not deleted this round.
    QList<QPair<QString, QString>> usableCurrencies()
    {
        QList<QPair<QString, QString>> result;
        for (const Coupling &c : couplings(CURRENCY)) {
            if (c.isComplete() && !c.skipped && !m_st.excludedCurrencies.contains(c.localKey) &&
                !m_st.deleted[0][0].contains(c.localKey) &&
                !m_st.deleted[0][1].contains(c.remoteKey) &&
                !m_st.partnerDeleted[0][0].contains(c.localKey))
                result.append({c.localKey, c.remoteKey});
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // A new canonical value for `field`, different from `current`.
    QString newValue(const QString &field, const QString &current,
                     const QList<QPair<QString, QString>> &currencies)
    {
        QStringList options;
        if (field == QLatin1String("name"))
            return QStringLiteral("N%1-%2").arg(m_round).arg(serial());
        if (field == QLatin1String("email")) {
            if (!current.isEmpty() && chance(25))
                return {};
            return QStringLiteral("e%1-%2@x.test").arg(m_round).arg(serial());
        }
        if (field == QLatin1String("city"))
            options = kCities + QStringList{QString()};
        else if (field == QLatin1String("type"))
            options = {QStringLiteral("customer"), QStringLiteral("prospect"), QString()};
        else if (field == QLatin1String("currency_code")) {
            options.append(QString());
            for (const auto &[code, id] : currencies)
                options.append(code);
        }
        options.removeAll(current);
        return options.isEmpty() ? current : pick(options);
    }

    // The column and value a canonical customer field is written as on one side.
    QPair<QString, QVariant> customerColumn(Side s, const QString &field, const QString &value,
                                            const QList<QPair<QString, QString>> &currencies)
    {
        const QVariant null;
        if (s == Side::Local)
            return {field, value.isEmpty() ? null : QVariant(value)};
        if (field == QLatin1String("name"))
            return {field, value};
        if (field == QLatin1String("email"))
            return {QStringLiteral("emailaddress1"), value.isEmpty() ? null : QVariant(value)};
        if (field == QLatin1String("city"))
            return {QStringLiteral("address1_city"), value.isEmpty() ? null : QVariant(value)};
        if (field == QLatin1String("type")) {
            return {QStringLiteral("customertypecode"),
                    value.isEmpty() ? null : QVariant(value == QLatin1String("customer") ? 3 : 8)};
        }
        QVariant id;
        for (const auto &[code, remoteId] : currencies) {
            if (code == value)
                id = remoteId;
        }
        return {QStringLiteral("transactioncurrencyid"), id};
    }

    void editCustomer(Side s, const QString &key, const QStringList &fields, const Canon &current,
                      const QList<QPair<QString, QString>> &currencies)
    {
        QVariantMap values;
        Canon &edit = m_st.edits[1][sideIndex(s)][key];
        for (const QString &field : fields) {
            const QString value = newValue(field, current.value(field), currencies);
            const auto [column, v] = customerColumn(s, field, value, currencies);
            values.insert(column, v);
            edit.insert(field, value);
        }
        write(CUSTOMER, s, key, values);
    }

    void editCustomers(int inserts, int updates, int deletes)
    {
        const QList<QPair<QString, QString>> currencies = usableCurrencies();
        const QHash<QString, QString> map = currencyMap();
        const Rows table[2] = {rows(CUSTOMER, Side::Local), rows(CUSTOMER, Side::Remote)};

        QStringList available[2];
        for (Side s : {Side::Local, Side::Remote}) {
            const QStringList keys = ordered(CUSTOMER, s, table[sideIndex(s)]);
            for (const QString &key : pickSome(keys, bounded(deletes + 1)))
                remove(CUSTOMER, s, key);
            for (const QString &key : keys) {
                if (!m_st.deleted[1][sideIndex(s)].contains(key))
                    available[sideIndex(s)].append(key);
            }
        }
        // Updates: random rows and fields; half of the remote ones hit the partner of a
        // local update, so that conflicts (and merges) are frequent.
        QStringList updatedLocal = pickSome(available[0], bounded(updates + 1));
        for (const QString &key : std::as_const(updatedLocal)) {
            editCustomer(Side::Local, key, pickSome(kCustomerFields, 1 + bounded(3)),
                         canon(CUSTOMER, Side::Local, table[0].value(key), map), currencies);
        }
        QStringList remoteTargets;
        for (const QString &key : std::as_const(updatedLocal)) {
            const std::optional<Coupling> c = f.store->couplingByKey(CUSTOMER, Side::Local, key);
            if (c && c->isComplete() && available[1].contains(c->remoteKey) && chance(50))
                remoteTargets.append(c->remoteKey);
        }
        for (const QString &key : pickSome(available[1], bounded(updates + 1))) {
            if (!remoteTargets.contains(key))
                remoteTargets.append(key);
        }
        for (const QString &key : std::as_const(remoteTargets)) {
            editCustomer(Side::Remote, key, pickSome(kCustomerFields, 1 + bounded(3)),
                         canon(CUSTOMER, Side::Remote, table[1].value(key), map), currencies);
        }
        // Inserts on both sides, with every field set at random.
        for (Side s : {Side::Local, Side::Remote}) {
            for (int i = bounded(inserts + 1); i > 0; --i) {
                const QString key = QStringLiteral("%1%2-%3")
                                        .arg(s == Side::Local ? QLatin1Char('L') : QLatin1Char('R'))
                                        .arg(m_round)
                                        .arg(serial());
                Canon none;
                none.insert(QStringLiteral("type"), QStringLiteral("x"));
                none.insert(QStringLiteral("currency_code"), QStringLiteral("x"));
                editCustomer(s, key, kCustomerFields, none, currencies);
            }
        }
    }

    // --- sync with independent counts ---------------------------------------------------

    struct Pass
    {
        QString mapping;
        PassDirection direction = PassDirection::LocalToRemote;
        int expected = 0;
        QStringList described; // the source rows and the mark, for the failure message
        int sourceBefore = 0;
        int destinationBefore = 0;
        int sourceAfter = 0;
        int destinationAfter = 0;
    };

    // The candidates of a pass, counted from the tables and the store before it runs:
    // the source rows at or after the mark, and the failed couplings retried first.
    int candidates(const QString &mapping, PassDirection d, QStringList *described = nullptr)
    {
        const Side src = sourceSide(d);
        const QDateTime mark = f.store->mark(mapping, d);
        QSet<QString> keys;
        for (const Coupling &c : f.store->failedCouplings(mapping, d, 0, 1000000))
            keys.insert(c.key(src));
        const Rows table = rows(mapping, src);
        const QString stampColumn = tableOf(mapping, src).modified;
        QHash<QString, Coupling> bySource;
        for (const Coupling &c : couplings(mapping))
            bySource.insert(c.key(src), c);
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            const QDateTime stamp = stampOf(it->value(stampColumn));
            if (mark.isValid() && stamp < mark)
                continue;
            // A row at the mark that was synced at that very stamp is read again but
            // is no candidate (DESIGN: many rows may share the mark's stamp).
            const auto c = bySource.constFind(it.key());
            if (mark.isValid() && stamp == mark && c != bySource.constEnd() && c->isComplete() &&
                !c->skipped && c->stamp(src) == stamp && c->lastResult(d) != SyncResult::Failure)
                continue;
            keys.insert(it.key());
            if (described) {
                described->append(QStringLiteral("%1@%2").arg(
                    it.key(), stampOf(it->value(stampColumn)).toString(Qt::ISODateWithMs)));
            }
        }
        if (described) {
            described->prepend(QStringLiteral("mark %1").arg(mark.toString(Qt::ISODateWithMs)));
            for (const Coupling &c : couplings(mapping)) {
                described->append(QStringLiteral("coupling %1@%2 <-> %3@%4 %5 %6")
                                      .arg(c.localKey, c.localStamp.toString(Qt::ISODateWithMs),
                                           c.remoteKey, c.remoteStamp.toString(Qt::ISODateWithMs),
                                           toString(c.lastToRemote), toString(c.lastFromRemote)));
            }
        }
        return int(keys.size());
    }

    QList<SyncJob> sync(bool afterResolution)
    {
        QList<Pass> passes;
        for (const TableMapping &m : f.workspace.orderedMappings()) {
            for (PassDirection d : {PassDirection::LocalToRemote, PassDirection::RemoteToLocal}) {
                if (allows(m.direction, d)) {
                    Pass p;
                    p.mapping = m.name;
                    p.direction = d;
                    passes.append(p);
                }
            }
        }
        QString handlerError;
        const auto prepare = [&](Pass &p) {
            p.described.clear();
            p.expected = candidates(p.mapping, p.direction, &p.described);
            p.sourceBefore = int(rows(p.mapping, sourceSide(p.direction)).size());
            p.destinationBefore = int(rows(p.mapping, destinationSide(p.direction)).size());
        };
        prepare(passes.first());
        QList<SyncJob> seen;
        SyncEngine engine(f.workspace, *f.store, *f.local, *f.remote, f.clock);
        engine.setJobHandler([&](const SyncJob &job) {
            try {
                const int i = int(seen.size());
                seen.append(job);
                if (i >= passes.size())
                    return;
                Pass &p = passes[i];
                p.sourceAfter = int(rows(p.mapping, sourceSide(p.direction)).size());
                p.destinationAfter = int(rows(p.mapping, destinationSide(p.direction)).size());
                if (i + 1 < passes.size())
                    prepare(passes[i + 1]);
            } catch (const Broken &b) {
                handlerError = b.message;
            } catch (const Error &e) {
                handlerError = e.message() + QLatin1Char(' ') + e.detail();
            }
        });
        SyncOptions options;
        // Small batches too, so that paging and the journal run in many steps.
        static const QList<int> sizes = {2, 5, 17, 500};
        options.batchSize = pick(sizes);
        const QList<SyncJob> jobs = engine.run(options);
        f.clock.advance(1000);
        CHECK(handlerError.isEmpty(), handlerError);
        CHECK(jobs.size() == passes.size(),
              QStringLiteral("%1 jobs for %2 passes").arg(jobs.size()).arg(passes.size()));
        for (int i = 0; i < jobs.size(); ++i) {
            const SyncJob &j = jobs[i];
            const Pass &p = passes[i];
            const QString what = QStringLiteral("round %1, batch %2, %3")
                                     .arg(m_round)
                                     .arg(options.batchSize)
                                     .arg(counts(j));
            ++m_stats.jobs;
            m_stats.inserted += j.inserted;
            CHECK(j.mapping == p.mapping && j.direction == p.direction, what);
            CHECK(j.status == JobStatus::Succeeded, what);
            CHECK(j.inserted >= 0 && j.modified >= 0 && j.deleted >= 0 && j.unchanged >= 0 &&
                      j.skipped >= 0 && j.failed >= 0 && j.coupled >= 0 && j.uncoupled >= 0,
                  what);
            CHECK(j.candidates() == p.expected, QStringLiteral("%1: expected %2 candidates: %3")
                                                    .arg(what)
                                                    .arg(p.expected)
                                                    .arg(p.described.join(QStringLiteral(", "))));
            CHECK(p.destinationAfter - p.destinationBefore == j.inserted,
                  QStringLiteral("%1: the destination grew by %2")
                      .arg(what)
                      .arg(p.destinationAfter - p.destinationBefore));
            CHECK(p.sourceAfter == p.sourceBefore,
                  QStringLiteral("%1: the source went from %2 to %3 rows")
                      .arg(what)
                      .arg(p.sourceBefore)
                      .arg(p.sourceAfter));
            // No match fields on CUSTOMER: each coupling it makes comes with an insert.
            if (j.mapping == CUSTOMER)
                CHECK(j.coupled <= j.inserted, what);
            const std::optional<SyncJob> saved = f.store->job(j.id);
            CHECK(saved && counts(*saved) == counts(j), what);
            ErrorQuery q;
            q.jobId = j.id;
            q.limit = 100000;
            const QList<SyncError> errors = f.store->errors(q);
            CHECK(errors.size() >= j.failed,
                  QStringLiteral("%1: %2 errors logged").arg(what).arg(errors.size()));
            for (const SyncError &e : errors) {
                CHECK(isDocumentedMessage(e.message),
                      QStringLiteral("%1: %2 (%3)").arg(what, e.message, e.detail));
            }
            if (afterResolution) {
                // Everything was resolved: the next run finds every row unchanged
                // (except rows left uncoupled on purpose, which a run may insert).
                CHECK(j.modified + j.deleted + j.skipped + j.failed == 0, what);
                if (m_policy != DeletionPolicy::RemoveCoupling)
                    CHECK(j.inserted == 0, what);
            }
        }
        return jobs;
    }

    // --- resolution ---------------------------------------------------------------------

    void resolve()
    {
        Administration admin = f.admin();
        const OperationResult found = admin.findForDeleted({});
        CHECK(found.failed == 0, found.messages.join(QStringLiteral("; ")));

        CouplingQuery q;
        q.kind = CouplingQuery::Kind::Skipped;
        q.limit = 100000;
        const QList<Coupling> skipped = f.store->couplings(q);
        const QHash<QString, QString> currencies = currencyMap();
        for (const Coupling &c : skipped) {
            const int m = mapIndex(c.mapping);
            const QString what =
                QStringLiteral("round %1, %2 coupling %3 <-> %4 (%5: %6)")
                    .arg(m_round)
                    .arg(c.mapping, c.localKey, c.remoteKey, toString(c.skipReason), c.lastError);
            CHECK(c.isComplete(), what);
            CHECK(c.skipReason == SkipReason::UpdateConflict ||
                      c.skipReason == SkipReason::DeletionConflict,
                  what);
            m_st.conflicts[m][0].insert(c.localKey);
            m_st.conflicts[m][1].insert(c.remoteKey);
            const QVariantMap localRow = rows(c.mapping, Side::Local).value(c.localKey);
            const QVariantMap remoteRow = rows(c.mapping, Side::Remote).value(c.remoteKey);
            const Canon local = canon(c.mapping, Side::Local, localRow, currencies);
            const Canon remote = canon(c.mapping, Side::Remote, remoteRow, currencies);
            Expectation e;
            e.mapping = c.mapping;
            e.localKey = c.localKey;
            e.remoteKey = c.remoteKey;
            OperationResult r;
            if (localRow.isEmpty() || remoteRow.isEmpty()) {
                CHECK(c.skipReason == SkipReason::DeletionConflict, what);
                ++m_stats.deletionConflicts;
                e.survivor = localRow.isEmpty() ? Side::Remote : Side::Local;
                const Canon &survivor = localRow.isEmpty() ? remote : local;
                int choice = bounded(4);
                if (m_policy == DeletionPolicy::Restore)
                    choice = 2;
                if (m_policy == DeletionPolicy::RemoveCoupling)
                    choice = 4;
                if (localRow.isEmpty() && remoteRow.isEmpty())
                    choice = 3;
                switch (choice) {
                case 0:
                case 1: {
                    const Side keep = choice == 0 ? Side::Local : Side::Remote;
                    e.how =
                        choice == 0 ? QStringLiteral("keep local") : QStringLiteral("keep remote");
                    r = admin.resolveSkipped({c.id}, choice == 0 ? Resolution::KeepLocal
                                                                 : Resolution::KeepRemote);
                    e.gone = keep != e.survivor;
                    e.values = survivor;
                    break;
                }
                case 2:
                    e.how = QStringLiteral("restore records");
                    r = admin.restoreRecords({c.id});
                    e.values = survivor;
                    break;
                case 3:
                    e.how = QStringLiteral("delete records");
                    r = admin.deleteRecords({c.id});
                    e.gone = true;
                    break;
                default:
                    e.how = QStringLiteral("delete coupling");
                    r = admin.deleteCouplings({c.id});
                    e.uncoupled = true;
                    e.values = survivor;
                    m_st.adminUncoupled[m][sideIndex(e.survivor)].insert(c.key(e.survivor));
                    break;
                }
            } else {
                CHECK(c.skipReason == SkipReason::UpdateConflict, what);
                ++m_stats.updateConflicts;
                switch (bounded(3)) {
                case 0:
                    e.how = QStringLiteral("keep local");
                    r = admin.resolveSkipped({c.id}, Resolution::KeepLocal);
                    e.values = local;
                    break;
                case 1:
                    e.how = QStringLiteral("keep remote");
                    r = admin.resolveSkipped({c.id}, Resolution::KeepRemote);
                    e.values = remote;
                    break;
                default: {
                    QHash<QString, Side> choices;
                    QStringList described;
                    for (const QString &field :
                         c.mapping == CURRENCY ? kCurrencyFields : kCustomerFields) {
                        const Side s = chance(50) ? Side::Local : Side::Remote;
                        choices.insert(field, s);
                        e.values.insert(field, (s == Side::Local ? local : remote).value(field));
                        described.append(field + QLatin1Char('=') + toString(s));
                    }
                    e.how = QStringLiteral("merge ") + described.join(QLatin1Char(','));
                    r = admin.resolveSkipped({c.id}, Resolution::Merge, choices);
                    break;
                }
                }
            }
            CHECK(r.done == 1 && r.failed == 0,
                  QStringLiteral("%1, %2: %3")
                      .arg(what, e.how, r.messages.join(QStringLiteral("; "))));
            m_st.expectations.append(e);
        }
        CHECK(f.store->countCouplings(q) == 0, QStringLiteral("skipped records remain"));
    }

    // --- the invariants ---------------------------------------------------------------

    void verify()
    {
        const QHash<QString, QString> currencies = currencyMap();
        for (const QString &mapping : {CURRENCY, CUSTOMER}) {
            const int m = mapIndex(mapping);
            const Rows table[2] = {rows(mapping, Side::Local), rows(mapping, Side::Remote)};
            QHash<QString, QString> coupled[2]; // key -> partner key, per side
            for (const Coupling &c : couplings(mapping)) {
                const QString what =
                    QStringLiteral("round %1, %2 coupling %3 <-> %4 (skipped %5 %6, to remote %7, "
                                   "from remote %8, error \"%9\")")
                        .arg(m_round)
                        .arg(mapping, c.localKey, c.remoteKey)
                        .arg(c.skipped)
                        .arg(toString(c.skipReason), toString(c.lastToRemote),
                             toString(c.lastFromRemote), c.lastError);
                CHECK(c.isComplete(), what);
                CHECK(!c.skipped, what);
                CHECK(!c.hasFailed(), what);
                CHECK(!coupled[0].contains(c.localKey),
                      what + QStringLiteral(": local coupled twice"));
                CHECK(!coupled[1].contains(c.remoteKey),
                      what + QStringLiteral(": remote coupled twice"));
                coupled[0].insert(c.localKey, c.remoteKey);
                coupled[1].insert(c.remoteKey, c.localKey);
                CHECK(table[0].contains(c.localKey), what + QStringLiteral(": no local row"));
                CHECK(table[1].contains(c.remoteKey), what + QStringLiteral(": no remote row"));
                const Canon l = canon(mapping, Side::Local, table[0].value(c.localKey), currencies);
                const Canon r =
                    canon(mapping, Side::Remote, table[1].value(c.remoteKey), currencies);
                CHECK(l == r, QStringLiteral("%1: the sides disagree: local %2, remote %3")
                                  .arg(what, show(l), show(r)));
            }
            // Every row is coupled, but for those left alone by the deletion policy or
            // by the administrator's Delete Coupling.
            for (Side s : {Side::Local, Side::Remote}) {
                const int si = sideIndex(s);
                QSet<QString> allowed = m_orphans[m][si] + m_st.adminUncoupled[m][si];
                if (m_policy == DeletionPolicy::RemoveCoupling)
                    allowed += m_st.partnerDeleted[m][si];
                QSet<QString> orphans;
                for (const QString &key : table[si].keys()) {
                    if (coupled[si].contains(key))
                        continue;
                    CHECK(allowed.contains(key),
                          QStringLiteral("%1 is not coupled").arg(where(mapping, s, key)));
                    orphans.insert(key);
                }
                m_orphans[m][si] = orphans;
            }
            // No change lost: every edit of the round is on both sides, unless the row
            // took part in a conflict (checked against the administrator's choice below).
            for (Side s : {Side::Local, Side::Remote}) {
                const int si = sideIndex(s);
                const Side o = otherSide(s);
                for (auto it = m_st.edits[m][si].cbegin(); it != m_st.edits[m][si].cend(); ++it) {
                    const QString &key = it.key();
                    if (m_st.conflicts[m][si].contains(key))
                        continue;
                    if (m_policy == DeletionPolicy::RemoveCoupling &&
                        m_st.partnerDeleted[m][si].contains(key))
                        continue;
                    const QString what = where(mapping, s, key);
                    CHECK(table[si].contains(key),
                          what + QStringLiteral(": the edited row is gone"));
                    CHECK(coupled[si].contains(key),
                          what + QStringLiteral(": the edited row is not coupled"));
                    const QString partner = coupled[si].value(key);
                    const Canon mine = canon(mapping, s, table[si].value(key), currencies);
                    const Canon theirs =
                        canon(mapping, o, table[sideIndex(o)].value(partner), currencies);
                    for (auto e = it->cbegin(); e != it->cend(); ++e) {
                        CHECK(
                            mine.value(e.key()) == e.value() && theirs.value(e.key()) == e.value(),
                            QStringLiteral("%1: the change %2=\"%3\" was lost: here %4, on the "
                                           "other side (%5) %6")
                                .arg(what, e.key(), e.value(), show(mine), partner, show(theirs)));
                    }
                }
            }
        }
        // The administrator's choices stand on both sides.
        for (const Expectation &e : std::as_const(m_st.expectations)) {
            const int m = mapIndex(e.mapping);
            const QString what = QStringLiteral("round %1, %2 %3 <-> %4 resolved by %5")
                                     .arg(m_round)
                                     .arg(e.mapping, e.localKey, e.remoteKey, e.how);
            const Rows local = rows(e.mapping, Side::Local);
            const Rows remote = rows(e.mapping, Side::Remote);
            if (e.gone) {
                CHECK(!local.contains(e.localKey) && !remote.contains(e.remoteKey),
                      what + QStringLiteral(": a row is still there"));
                CHECK(!f.store->couplingByKey(e.mapping, Side::Local, e.localKey) &&
                          !f.store->couplingByKey(e.mapping, Side::Remote, e.remoteKey),
                      what + QStringLiteral(": still coupled"));
                continue;
            }
            if (e.uncoupled) {
                const Side s = e.survivor;
                const Rows &table = s == Side::Local ? local : remote;
                const QString key = s == Side::Local ? e.localKey : e.remoteKey;
                CHECK(table.contains(key), what + QStringLiteral(": the surviving row is gone"));
                CHECK(m_orphans[m][sideIndex(s)].contains(key) ||
                          f.store->couplingByKey(e.mapping, s, key),
                      what);
                continue;
            }
            const std::optional<Coupling> c =
                f.store->couplingByKey(e.mapping, Side::Local, e.localKey);
            CHECK(c && c->remoteKey == e.remoteKey, what + QStringLiteral(": not coupled"));
            const Canon l = canon(e.mapping, Side::Local, local.value(e.localKey), currencies);
            const Canon r = canon(e.mapping, Side::Remote, remote.value(e.remoteKey), currencies);
            CHECK(l == e.values && r == e.values,
                  QStringLiteral("%1: expected %2, local %3, remote %4")
                      .arg(what, show(e.values), show(l), show(r)));
        }
    }

    // --- rounds -----------------------------------------------------------------------

    void seed()
    {
        m_round = 0;
        m_st = RoundState{};
        for (const QString &code : {QStringLiteral("EUR"), QStringLiteral("USD")})
            insertCurrency(Side::Local, code);
        insertCurrency(Side::Remote, QStringLiteral("CHF"));
        sync(false);
        editCustomers(20, 0, 0);
        sync(false);
        resolve();
        sync(true);
        verify();
    }

    void runRound()
    {
        m_st = RoundState{};
        f.clock.advance(60 * 1000);
        editCurrencies();
        editCustomers(3, 6, 2);
        sync(false);
        resolve();
        sync(true);
        verify();
    }

    EngineFixture &f;
    QRandomGenerator m_rng;
    DeletionPolicy m_policy;
    QString m_localConn;
    QString m_remoteConn;
    QSqlDatabase m_db[2];
    int m_round = 0;
    int m_serial = 0;
    RoundState m_st;
    QSet<QString> m_orphans[2][2];
    struct
    {
        int edits = 0;
        int updateConflicts = 0;
        int deletionConflicts = 0;
        int jobs = 0;
        int inserted = 0;
    } m_stats;
};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { couplet::test::addBackendRows(); }

    void converges_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<DeletionPolicy>("policy");
        QList<quint32> seeds = {20261101u, 7u, 4242u};
        bool ok = false;
        const quint32 replay = qEnvironmentVariable("COUPLET_CONVERGENCE_SEED").toUInt(&ok);
        if (ok)
            seeds = {replay};
        for (quint32 seed : seeds) {
            QTest::addRow("none-%u", seed) << seed << DeletionPolicy::None;
        }
        QTest::addRow("restore-%u", seeds.first() + 1)
            << seeds.first() + 1 << DeletionPolicy::Restore;
        QTest::addRow("removeCoupling-%u", seeds.first() + 2)
            << seeds.first() + 2 << DeletionPolicy::RemoveCoupling;
    }

    void converges()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(quint32, seed);
        QFETCH(DeletionPolicy, policy);
        qInfo("seed %u, deletion policy %s, %d rounds on %s (replay with "
              "COUPLET_CONVERGENCE_SEED=%u)",
              seed, qPrintable(toString(policy)), kRounds, qPrintable(backend), seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<EngineFixture> f;
        std::unique_ptr<Scenario> scenario;
        try {
            f = std::make_unique<EngineFixture>(backend, dir.path());
            scenario = std::make_unique<Scenario>(*f, seed, policy);
            scenario->run(kRounds);
        } catch (const Broken &b) {
            QFAIL(qPrintable(QStringLiteral("seed %1, round %2: %3")
                                 .arg(seed)
                                 .arg(scenario ? scenario->currentRound() : -1)
                                 .arg(b.message)));
        } catch (const Error &e) {
            QFAIL(qPrintable(QStringLiteral("seed %1, round %2: %3 %4")
                                 .arg(seed)
                                 .arg(scenario ? scenario->currentRound() : -1)
                                 .arg(e.message(), e.detail())));
        }
        qInfo("%s", qPrintable(scenario->stats()));
    }

    // An edit that carries the very stamp the coupling holds is still an edit. The
    // SQL connector stamps the rows it writes strictly increasing from the clock, so
    // a pass that writes many rows stamps them ahead of the clock (1 ms per row),
    // and a user who edits one of them a moment later can give it that stamp (found
    // by the crash test: CRM edits made right after a bulk sync were lost). Here the
    // clock stands still during the sync, as a fast bulk write outruns a real one;
    // then a CRM user edits every account 10 ms after the sync started: every edit
    // must reach the ERP.
    void editStampedLikeTheEnginesWriteIsNotLost()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        try {
            EngineFixture f(backend, dir.path());
            f.upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                     QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
            constexpr int n = 30;
            for (int i = 0; i < n; ++i) {
                f.localCustomer(QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')),
                                {{QStringLiteral("name"), QStringLiteral("Name %1").arg(i)},
                                 {QStringLiteral("type"), QStringLiteral("customer")},
                                 {QStringLiteral("currency_code"), QStringLiteral("EUR")}});
            }
            QCOMPARE(EngineFixture::job(f.sync(), CUSTOMER, PassDirection::LocalToRemote).inserted,
                     n);
            const QDateTime editedAt = f.clock.now();
            for (int i = 0; i < n; ++i) {
                f.clock.set(editedAt);
                f.remoteAccount(
                    f.remoteKeyOf(CUSTOMER, QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'))),
                    {{QStringLiteral("name"), QStringLiteral("Edited %1").arg(i)}});
            }
            const SyncJob in =
                EngineFixture::job(f.sync({CUSTOMER}), CUSTOMER, PassDirection::RemoteToLocal);
            QStringList lost;
            for (int i = 0; i < n; ++i) {
                const QString no = QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
                if (f.customer(no).value(QStringLiteral("name")).toString() !=
                    QStringLiteral("Edited %1").arg(i))
                    lost.append(no);
            }
            QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("edits lost for %1 (%2 modified)")
                                                    .arg(lost.join(QLatin1Char(' ')))
                                                    .arg(in.modified)));
            QCOMPARE(in.modified, n);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
        }
    }

    // Found by the random rounds: a currency created in the CRM comes to the ERP,
    // whose key column `code` is itself a mapped field (code <-> isocurrencycode).
    // The new ERP row must be keyed by that code, or the two sides disagree on the
    // code for ever and the row cannot be matched again.
    void insertKeepsAMappedKeyColumn()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        try {
            EngineFixture f(backend, dir.path());
            f.upsert(Side::Remote, QStringLiteral("transactioncurrencies"),
                     QStringLiteral("transactioncurrencyid"), QStringLiteral("crm-chf"),
                     {{QStringLiteral("isocurrencycode"), QStringLiteral("CHF")},
                      {QStringLiteral("exchangerate"), 0.95}});
            const QList<SyncJob> jobs = f.sync({CURRENCY});
            QCOMPARE(EngineFixture::job(jobs, CURRENCY, PassDirection::RemoteToLocal).inserted, 1);
            const std::optional<Coupling> c =
                f.store->couplingByKey(CURRENCY, Side::Remote, QStringLiteral("crm-chf"));
            QVERIFY(c && c->isComplete());
            QCOMPARE(c->localKey, QStringLiteral("CHF"));
            QCOMPARE(f.row(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                           QStringLiteral("CHF"))
                         .value(QStringLiteral("rate"))
                         .toDouble(),
                     0.95);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
        }
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
