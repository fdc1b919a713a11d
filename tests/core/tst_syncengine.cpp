// The synchronization rules of DESIGN.md ("Synchronization semantics"), one test
// or more per rule, each run on SQLite and on PostgreSQL.

#include "enginefixture.h"
#include "error.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;
using couplet::test::InterferingConnector;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CURRENCY = QStringLiteral("CURRENCY");
constexpr auto L2R = PassDirection::LocalToRemote;
constexpr auto R2L = PassDirection::RemoteToLocal;

QVariantMap customerValues(const QString &name, const QString &currency = QStringLiteral("EUR"))
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("type"), QStringLiteral("customer")},
            {QStringLiteral("currency_code"), currency}};
}

QString counts(const SyncJob &j)
{
    return QStringLiteral("ins %1 mod %2 del %3 unch %4 skip %5 fail %6 (%7)")
        .arg(j.inserted)
        .arg(j.modified)
        .arg(j.deleted)
        .arg(j.unchanged)
        .arg(j.skipped)
        .arg(j.failed)
        .arg(j.message);
}

#define COMPARE_COUNTS(job, ins, mod, del, unch, skip, fail)                                       \
    QCOMPARE(counts(job), QStringLiteral("ins %1 mod %2 del %3 unch %4 skip %5 fail %6 (%7)")      \
                              .arg(ins)                                                            \
                              .arg(mod)                                                            \
                              .arg(del)                                                            \
                              .arg(unch)                                                           \
                              .arg(skip)                                                           \
                              .arg(fail)                                                           \
                              .arg((job).message))

CouplingQuery couplingQuery(CouplingQuery::Kind kind, const QString &mapping = {})
{
    CouplingQuery q;
    q.kind = kind;
    q.mapping = mapping;
    return q;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> f;

    // EUR coupled on both sides, and customers C1..Cn coupled to accounts.
    void seedCoupled(int customers)
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        for (int i = 1; i <= customers; ++i)
            f->localCustomer(QStringLiteral("C%1").arg(i),
                             customerValues(QStringLiteral("Name%1").arg(i)));
        const QList<SyncJob> jobs = f->sync();
        for (const SyncJob &j : jobs)
            QVERIFY2(j.status == JobStatus::Succeeded && j.failed == 0, qPrintable(counts(j)));
    }

private slots:
    void initTestCase_data() { couplet::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        try {
            f = std::make_unique<EngineFixture>(backend, m_dir->path());
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
        }
    }

    void cleanup()
    {
        f.reset();
        m_dir.reset();
    }

    // --- inserts, transfer rules, coupling ---------------------------------------------

    void insertsBothWaysAndTransfersFields()
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        f->localCustomer(QStringLiteral("C1"), customerValues(QStringLiteral("Alpha")));
        f->localCustomer(QStringLiteral("C2"), customerValues(QStringLiteral("Beta")));
        f->remoteAccount(QStringLiteral("A-9"), {{QStringLiteral("name"), QStringLiteral("Gamma")},
                                                 {QStringLiteral("customertypecode"), 8}});
        const QList<SyncJob> jobs = f->sync();
        // CURRENCY runs before CUSTOMER although the file lists CUSTOMER first.
        QCOMPARE(jobs.first().mapping, CURRENCY);
        const SyncJob out = EngineFixture::job(jobs, CUSTOMER, L2R);
        COMPARE_COUNTS(out, 2, 0, 0, 0, 0, 0);
        QCOMPARE(out.coupled, 2);
        const SyncJob in = EngineFixture::job(jobs, CUSTOMER, R2L);
        QCOMPARE(in.inserted, 1); // A-9; C1 and C2 come back as echoes
        QCOMPARE(in.modified + in.failed + in.skipped, 0);

        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        QVERIFY(!a1.isEmpty());
        const QVariantMap account = f->account(a1);
        QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Alpha"));
        QCOMPARE(account.value(QStringLiteral("customertypecode")).toInt(), 3); // value map
        QCOMPARE(account.value(QStringLiteral("statecode")).toInt(), 0);        // constant
        // Lookup through CURRENCY's couplings.
        QCOMPARE(account.value(QStringLiteral("transactioncurrencyid")).toString(),
                 f->remoteKeyOf(CURRENCY, QStringLiteral("EUR")));
        // Remote-only row came to the ERP with the value map reversed.
        const std::optional<Coupling> c =
            f->store->couplingByKey(CUSTOMER, Side::Remote, QStringLiteral("A-9"));
        QVERIFY(c && c->isComplete());
        QCOMPARE(f->customer(c->localKey).value(QStringLiteral("type")).toString(),
                 QStringLiteral("prospect"));
        QCOMPARE(f->count(Side::Local, QStringLiteral("customer")), 3);
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 3);
    }

    // The keys the engine makes are time-ordered GUIDs (version 7, RFC 9562): the
    // clock's milliseconds first, so rows inserted one after another get keys that
    // sort one after another, and inserts append to the destination's key index.
    void generatedKeysAreTimeOrderedGuids()
    {
        const qint64 before = f->clock.now().toMSecsSinceEpoch();
        seedCoupled(40);
        const qint64 after = f->clock.now().toMSecsSinceEpoch();
        QStringList inserted; // in the order the couplings were made
        for (const Coupling &c :
             f->store->couplings(couplingQuery(CouplingQuery::Kind::All, CUSTOMER)))
            inserted << c.remoteKey;
        QCOMPARE(inserted.size(), 40);
        QStringList sorted = inserted;
        sorted.sort();
        QCOMPARE(inserted, sorted);
        QCOMPARE(QSet<QString>(inserted.cbegin(), inserted.cend()).size(), 40);
        for (const QString &key : std::as_const(inserted)) {
            const QUuid uuid = QUuid::fromString(key);
            QVERIFY2(!uuid.isNull() && key.size() == 36, qPrintable(key));
            QCOMPARE(int(uuid.data3 >> 12), 7);
            QCOMPARE(uuid.variant(), QUuid::DCE);
            const qint64 msecs = (qint64(uuid.data1) << 16) | uuid.data2;
            QVERIFY2(msecs >= before && msecs <= after + 1, qPrintable(key));
        }
    }

    void secondRunChangesNothing()
    {
        seedCoupled(5);
        const QList<SyncJob> again = f->sync();
        for (const SyncJob &j : again) {
            COMPARE_ENUM(j.status, JobStatus::Succeeded);
            QVERIFY2(j.inserted + j.modified + j.deleted + j.failed + j.skipped == 0,
                     qPrintable(counts(j)));
        }
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 5);
    }

    void updateFlowsAndEchoIsSuppressed()
    {
        seedCoupled(3);
        f->localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Oslo")}});
        const QVariantMap before = f->customer(QStringLiteral("C2"));
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        COMPARE_COUNTS(EngineFixture::job(jobs, CUSTOMER, L2R), 0, 1, 0, 0, 0, 0);
        const SyncJob back = EngineFixture::job(jobs, CUSTOMER, R2L);
        QCOMPARE(back.modified, 0); // the echo is not synced back
        QVERIFY(back.unchanged >= 1);
        QCOMPARE(f->account(f->remoteKeyOf(CUSTOMER, QStringLiteral("C2")))
                     .value(QStringLiteral("address1_city"))
                     .toString(),
                 QStringLiteral("Oslo"));
        // The ERP row was not written again by the echo.
        QCOMPARE(f->customer(QStringLiteral("C2")).value(QStringLiteral("modified_at")),
                 before.value(QStringLiteral("modified_at")));
    }

    void remoteUpdateComesBack()
    {
        seedCoupled(2);
        f->remoteAccount(f->remoteKeyOf(CUSTOMER, QStringLiteral("C1")),
                         {{QStringLiteral("emailaddress1"), QStringLiteral("new@crm.test")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, R2L).modified, 1);
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("new@crm.test"));
    }

    void sameValuesAreUnchangedNotModified()
    {
        seedCoupled(1);
        // Touched but not changed: the stamp moves, the values do not.
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Name1")}});
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        const QVariant stampBefore = f->account(a1).value(QStringLiteral("modifiedon"));
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 1, 0, 0);
        QCOMPARE(f->account(a1).value(QStringLiteral("modifiedon")), stampBefore);
    }

    void countsAreExact()
    {
        seedCoupled(4);
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Rome")}});
        f->localCustomer(QStringLiteral("C2"), {{QStringLiteral("city"), QStringLiteral("Bern")}});
        f->localCustomer(QStringLiteral("C3"), {{QStringLiteral("name"), QStringLiteral("L")}});
        f->remoteAccount(f->remoteKeyOf(CUSTOMER, QStringLiteral("C3")),
                         {{QStringLiteral("name"), QStringLiteral("R")}}); // conflict
        f->localCustomer(QStringLiteral("N1"), customerValues(QStringLiteral("New1")));
        f->localCustomer(QStringLiteral("N2"), customerValues(QStringLiteral("New2")));
        f->localCustomer(QStringLiteral("BAD"),
                         customerValues(QStringLiteral("Bad"), QStringLiteral("XXX"))); // lookup
        f->localCustomer(QStringLiteral("C4"), {{QStringLiteral("name"), QStringLiteral("Name4")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 2, 2, 0, 1, 1, 1);
        QCOMPARE(out.candidates(), 7);
        QCOMPARE(out.coupled, 2);
    }

    // --- update conflicts ----------------------------------------------------------------

    void fieldLevelMergeOfDifferentFields()
    {
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Graz")}});
        f->remoteAccount(a1, {{QStringLiteral("emailaddress1"), QStringLiteral("crm@x.test")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        COMPARE_COUNTS(EngineFixture::job(jobs, CUSTOMER, L2R), 0, 1, 0, 0, 0, 0);
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, R2L).modified, 0);
        QCOMPARE(f->account(a1).value(QStringLiteral("address1_city")).toString(),
                 QStringLiteral("Graz"));
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("crm@x.test"));
        QVERIFY(!f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
        // And the next run is quiet.
        for (const SyncJob &j : f->sync({CUSTOMER}))
            QVERIFY2(j.modified + j.inserted + j.skipped + j.failed == 0, qPrintable(counts(j)));
    }

    void sameChangeOnBothSidesIsNoConflict()
    {
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Riga")}});
        f->remoteAccount(a1, {{QStringLiteral("address1_city"), QStringLiteral("Riga")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(out.skipped, 0);
        QCOMPARE(out.failed, 0);
        QVERIFY(!f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
    }

    void conflictOnSameFieldIsSkippedWithErpMessage()
    {
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")}});
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        COMPARE_COUNTS(EngineFixture::job(jobs, CUSTOMER, L2R), 0, 0, 0, 0, 1, 0);
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, R2L).skipped, 1);
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Local"));
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), QStringLiteral("Remote"));
        const Coupling c = f->couplingOf(CUSTOMER, QStringLiteral("C1"));
        QVERIFY(c.skipped);
        COMPARE_ENUM(c.skipReason, SkipReason::UpdateConflict);
        const QList<SyncError> errors = f->store->errors(ErrorQuery{});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message,
                 QStringLiteral("Cannot update the Account record because it has a later "
                                "modified date than the Customer record"));
        QVERIFY(errors.first().detail.contains(QStringLiteral("name")));
        QCOMPARE(errors.first().source.key, QStringLiteral("C1"));
        QCOMPARE(errors.first().destination.key, a1);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::Skipped)), 1);
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<UpdateConflictPolicy>("policy");
        QTest::addColumn<QString>("winner");
        QTest::newRow("sendToRemote") << UpdateConflictPolicy::SendToRemote << "Local";
        QTest::newRow("getFromRemote") << UpdateConflictPolicy::GetFromRemote << "Remote";
    }

    void conflictPolicies()
    {
        QFETCH(UpdateConflictPolicy, policy);
        QFETCH(QString, winner);
        f->mapping(CUSTOMER).updateConflictPolicy = policy;
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")},
                                                {QStringLiteral("city"), QStringLiteral("Kiel")}});
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")},
                              {QStringLiteral("emailaddress1"), QStringLiteral("r@crm.test")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, L2R).skipped, 0);
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("name")).toString(),
                 winner);
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), winner);
        // Fields changed on one side only are merged whoever wins the conflict.
        QCOMPARE(f->account(a1).value(QStringLiteral("address1_city")).toString(),
                 QStringLiteral("Kiel"));
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("r@crm.test"));
    }

    void recordLevelDetection()
    {
        f->mapping(CUSTOMER).conflictDetection = ConflictDetection::RecordLevel;
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Graz")}});
        f->remoteAccount(a1, {{QStringLiteral("emailaddress1"), QStringLiteral("crm@x.test")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(out.skipped, 1);
        COMPARE_ENUM(f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipReason,
                     SkipReason::UpdateConflict);
    }

    void oneWayMappingHasNoConflicts()
    {
        f->mapping(CUSTOMER).direction = Direction::ToRemote;
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("Local")}});
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Remote")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        QCOMPARE(jobs.size(), 1); // no remote -> local pass
        QCOMPARE(jobs.first().modified, 1);
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), QStringLiteral("Local"));
    }

    // --- deletion conflicts --------------------------------------------------------------

    void deletionConflictPolicyNone()
    {
        seedCoupled(2);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a1);
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Nice")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 0, 0, 1);
        const Coupling c = f->couplingOf(CUSTOMER, QStringLiteral("C1"));
        QVERIFY(c.remoteDeleted);
        QVERIFY(c.skipped);
        COMPARE_ENUM(c.skipReason, SkipReason::DeletionConflict);
        QCOMPARE(f->store->countCouplings(couplingQuery(CouplingQuery::Kind::CoupledErrors)), 1);
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 1); // nothing recreated
        const QList<SyncError> errors = f->store->errors(ErrorQuery{});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QStringLiteral("has been deleted")));
    }

    void deletionConflictRestore()
    {
        f->mapping(CUSTOMER).deletionPolicy = DeletionPolicy::Restore;
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a1);
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Nice")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 1, 0, 0, 0, 0, 0);
        QCOMPARE(f->account(a1).value(QStringLiteral("address1_city")).toString(),
                 QStringLiteral("Nice"));
        QVERIFY(!f->couplingOf(CUSTOMER, QStringLiteral("C1")).skipped);
    }

    void deletionConflictRemoveCoupling()
    {
        f->mapping(CUSTOMER).deletionPolicy = DeletionPolicy::RemoveCoupling;
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"), a1);
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Nice")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 1, 0, 0, 0);
        QCOMPARE(out.uncoupled, 1);
        QVERIFY(!f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("C1")));
    }

    // --- failures ------------------------------------------------------------------------

    void failedLookupThenRepeatedErrorIsSkipped()
    {
        seedCoupled(0);
        f->localCustomer(QStringLiteral("X1"),
                         customerValues(QStringLiteral("X"), QStringLiteral("GBP")));
        SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 0, 0, 1);
        Coupling c = f->couplingOf(CUSTOMER, QStringLiteral("X1"));
        QVERIFY(!c.isComplete());
        COMPARE_ENUM(c.lastToRemote, SyncResult::Failure);
        QVERIFY(!c.skipped);
        QVERIFY(f->store->errors(ErrorQuery{}).first().message.contains(QStringLiteral("GBP")));
        // Not modified again: retried first anyway, fails the same way, set aside.
        out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 0, 0, 1);
        c = f->couplingOf(CUSTOMER, QStringLiteral("X1"));
        QVERIFY(c.skipped);
        COMPARE_ENUM(c.skipReason, SkipReason::RepeatedError);
        const int errors = f->store->countErrors(ErrorQuery{});
        // X1 is read again (its stamp is the mark) and found set aside: Skipped, no new error.
        out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 0, 1, 0);
        QCOMPARE(f->store->countErrors(ErrorQuery{}), errors);
    }

    void failedCouplingIsRetriedFirstAfterTheFix()
    {
        seedCoupled(0);
        f->localCustomer(QStringLiteral("X1"),
                         customerValues(QStringLiteral("X"), QStringLiteral("GBP")));
        QCOMPARE(EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R).failed, 1);
        // The fix: the currency now exists and is coupled. X1 itself is not modified,
        // its stamp is below the mark: only the retry of failed couplings finds it.
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("GBP"), {{QStringLiteral("rate"), 0.86}});
        QCOMPARE(EngineFixture::job(f->sync({CURRENCY}), CURRENCY, L2R).inserted, 1);
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 1, 0, 0, 0, 0, 0);
        const Coupling c = f->couplingOf(CUSTOMER, QStringLiteral("X1"));
        QVERIFY(c.isComplete());
        COMPARE_ENUM(c.lastToRemote, SyncResult::Success);
        QVERIFY(c.lastError.isEmpty());
    }

    void clearValueOnFailedLookup()
    {
        for (FieldMapping &fm : f->mapping(CUSTOMER).fields) {
            if (fm.isLookup())
                fm.clearOnFailedLookup = true;
        }
        seedCoupled(0);
        f->localCustomer(QStringLiteral("X1"),
                         customerValues(QStringLiteral("X"), QStringLiteral("GBP")));
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 1, 0, 0, 0, 0, 0);
        const QVariantMap account = f->account(f->remoteKeyOf(CUSTOMER, QStringLiteral("X1")));
        QVERIFY(account.value(QStringLiteral("transactioncurrencyid")).isNull());
    }

    void missingValueMapFails()
    {
        seedCoupled(0);
        QVariantMap v = customerValues(QStringLiteral("V"));
        v.insert(QStringLiteral("type"), QStringLiteral("reseller"));
        f->localCustomer(QStringLiteral("V1"), v);
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(out.failed, 1);
        QVERIFY(
            f->store->errors(ErrorQuery{}).first().message.contains(QStringLiteral("reseller")));
    }

    void destinationWriteErrorIsOneRowNotTheJob()
    {
        // transactioncurrencies.exchangerate is NOT NULL: a currency without rate fails.
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("NOK"), {{QStringLiteral("rate"), QVariant()}});
        const SyncJob out = EngineFixture::job(f->sync({CURRENCY}), CURRENCY, L2R);
        COMPARE_ENUM(out.status, JobStatus::Succeeded);
        COMPARE_COUNTS(out, 1, 0, 0, 0, 0, 1);
        const SyncError e = f->store->errors(ErrorQuery{}).first();
        QCOMPARE(e.source.key, QStringLiteral("NOK"));
        QVERIFY(!e.detail.isEmpty());
        // No coupling to a row that was never written.
        QVERIFY(f->couplingOf(CURRENCY, QStringLiteral("NOK")).remoteKey.isEmpty());
    }

    // --- coupling rules -------------------------------------------------------------------

    void matchBasedCoupling()
    {
        f->upsert(Side::Remote, QStringLiteral("transactioncurrencies"),
                  QStringLiteral("transactioncurrencyid"), QStringLiteral("crm-eur"),
                  {{QStringLiteral("isocurrencycode"), QStringLiteral("EUR")},
                   {QStringLiteral("exchangerate"), 1.0}});
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        const QList<SyncJob> jobs = f->sync({CURRENCY});
        const SyncJob out = EngineFixture::job(jobs, CURRENCY, L2R);
        QCOMPARE(out.inserted, 0);
        QCOMPARE(out.coupled, 1);
        QCOMPARE(f->remoteKeyOf(CURRENCY, QStringLiteral("EUR")), QStringLiteral("crm-eur"));
        QCOMPARE(f->count(Side::Remote, QStringLiteral("transactioncurrencies")), 1);
        QCOMPARE(f->count(Side::Local, QStringLiteral("currency")), 1);
    }

    void onlyCoupledRecords()
    {
        seedCoupled(1);
        f->mapping(CUSTOMER).onlyCoupled = true;
        f->localCustomer(QStringLiteral("N1"), customerValues(QStringLiteral("New")));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("city"), QStringLiteral("Pisa")}});
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 1, 0, 0, 0, 0);
        QVERIFY(!f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("N1")));
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 1);
    }

    // --- high-water marks ------------------------------------------------------------------

    void markNeverPassesJobStart()
    {
        seedCoupled(0);
        // A row stamped in the future (a skewed clock on the ERP server).
        const QDateTime now = f->clock.now();
        f->clock.advance(3600 * 1000);
        f->localCustomer(QStringLiteral("F1"), customerValues(QStringLiteral("Future")));
        f->clock.set(now);
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(out.inserted, 1);
        const QDateTime mark = f->store->mark(CUSTOMER, L2R);
        QVERIFY(mark.isValid());
        QVERIFY2(mark <= out.started, qPrintable(mark.toString(Qt::ISODateWithMs)));
        // The future row is read again (it is at or after the mark) and found Unchanged.
        const SyncJob again = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(again, 0, 0, 0, 1, 0, 0);
    }

    void markAdvancesAndPagesCoverManyRowsWithOneStamp()
    {
        seedCoupled(0);
        // 40 rows sharing one stamp, paged 7 at a time: none lost, none twice.
        const QDateTime t = f->clock.now();
        for (int i = 0; i < 40; ++i) {
            f->clock.set(t);
            f->localCustomer(QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')),
                             customerValues(QStringLiteral("Same%1").arg(i)));
        }
        f->clock.advance(100);
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}, 7), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 40, 0, 0, 0, 0, 0);
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 40);
        QCOMPARE(f->store->mark(CUSTOMER, L2R), t);
    }

    void fullSynchronizationClearsMarks()
    {
        seedCoupled(3);
        QVERIFY(f->store->mark(CUSTOMER, L2R).isValid());
        const OperationResult r = f->admin().clearMarks({CUSTOMER});
        QCOMPARE(r.done, 1);
        QVERIFY(!f->store->mark(CUSTOMER, L2R).isValid());
        const SyncJob out = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        COMPARE_COUNTS(out, 0, 0, 0, 3, 0, 0); // every row read again, all in line
    }

    // --- crash safety, cancel, 412 -----------------------------------------------------

    void journalCouplesRowsWrittenBeforeACrash()
    {
        seedCoupled(0);
        f->localCustomer(QStringLiteral("J1"), customerValues(QStringLiteral("Journal")));
        // What a crash between the remote insert and the coupling save leaves behind:
        // the journal entry and the remote row, no coupling.
        JournalEntry entry;
        entry.mapping = CUSTOMER;
        entry.targetSide = Side::Remote;
        entry.created = f->clock.now();
        entry.keys = {{QStringLiteral("J1"), QStringLiteral("acc-j1")},
                      {QStringLiteral("J2"), QStringLiteral("never-written")}};
        f->store->addJournalEntry(entry);
        f->remoteAccount(QStringLiteral("acc-j1"),
                         {{QStringLiteral("name"), QStringLiteral("Journal")}});
        const QList<SyncJob> jobs = f->sync({CUSTOMER});
        QCOMPARE(EngineFixture::job(jobs, CUSTOMER, L2R).inserted, 0);
        QCOMPARE(f->remoteKeyOf(CUSTOMER, QStringLiteral("J1")), QStringLiteral("acc-j1"));
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 1);
        QCOMPARE(
            f->account(QStringLiteral("acc-j1")).value(QStringLiteral("customertypecode")).toInt(),
            3);
        QVERIFY(f->store->journal(CUSTOMER).isEmpty());
        QVERIFY(!f->store->couplingByKey(CUSTOMER, Side::Local, QStringLiteral("J2")));
    }

    void cancelStopsAtABatchBoundary()
    {
        seedCoupled(0);
        for (int i = 0; i < 50; ++i)
            f->localCustomer(QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0')),
                             customerValues(QStringLiteral("K%1").arg(i)));
        std::atomic_bool cancel{false};
        SyncEngine engine(f->workspace, *f->store, *f->local, *f->remote, f->clock);
        engine.setCancelFlag(&cancel);
        int reports = 0;
        engine.setProgressHandler([&](const SyncProgress &p) {
            if (p.mapping == CUSTOMER && p.done >= 20)
                cancel = true;
            ++reports;
        });
        SyncOptions options;
        options.mappings = {CUSTOMER};
        options.batchSize = 10;
        const QList<SyncJob> jobs = engine.run(options);
        QCOMPARE(jobs.size(), 1); // the remote -> local pass does not start
        COMPARE_ENUM(jobs.first().status, JobStatus::Cancelled);
        QCOMPARE(jobs.first().inserted, 20);
        QVERIFY(reports > 0);
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 20);
        COMPARE_ENUM(f->store->job(jobs.first().id)->status, JobStatus::Cancelled);
        // Every row written is coupled; the next run finishes without duplicates.
        const SyncJob rest = EngineFixture::job(f->sync({CUSTOMER}), CUSTOMER, L2R);
        QCOMPARE(rest.inserted, 30);
        QCOMPARE(f->count(Side::Remote, QStringLiteral("accounts")), 50);
    }

    void rowChangedBetweenReadAndWriteGoesThroughTheConflictPath()
    {
        seedCoupled(1);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        f->localCustomer(QStringLiteral("C1"), {{QStringLiteral("name"), QStringLiteral("New")}});
        // The CRM row changes after the engine read it and before it writes (412).
        InterferingConnector remote(*f->remote, [&] {
            f->remoteAccount(a1,
                             {{QStringLiteral("emailaddress1"), QStringLiteral("late@crm.test")}});
        });
        SyncEngine engine(f->workspace, *f->store, *f->local, remote, f->clock);
        SyncOptions options;
        options.mappings = {CUSTOMER};
        const QList<SyncJob> jobs = engine.run(options);
        // Decided again with the row as it is now: a merge, counted once.
        COMPARE_COUNTS(EngineFixture::job(jobs, CUSTOMER, L2R), 0, 1, 0, 0, 0, 0);
        QCOMPARE(f->account(a1).value(QStringLiteral("name")).toString(), QStringLiteral("New"));
        QCOMPARE(f->account(a1).value(QStringLiteral("emailaddress1")).toString(),
                 QStringLiteral("late@crm.test"));
        QCOMPARE(f->customer(QStringLiteral("C1")).value(QStringLiteral("email")).toString(),
                 QStringLiteral("late@crm.test"));
    }

    void unknownMappingIsAnError()
    {
        SyncEngine engine(f->workspace, *f->store, *f->local, *f->remote, f->clock);
        SyncOptions options;
        options.mappings = {QStringLiteral("NOPE")};
        QVERIFY_THROWS_EXCEPTION(Error, engine.run(options));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
