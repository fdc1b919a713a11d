// The list models of the console: each under QAbstractItemModelTester while it
// loads pages, refreshes and filters, on data made by real sync runs, on SQLite
// and PostgreSQL.

#include "coupleddataerrorsmodel.h"
#include "couplingsmodel.h"
#include "enginefixture.h"
#include "errorsmodel.h"
#include "jobsmodel.h"
#include "mappingsmodel.h"
#include "skippedrecordsmodel.h"
#include "storereaderthread.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CURRENCY = QStringLiteral("CURRENCY");
constexpr int PageSize = 25;
constexpr int Customers = 240;
constexpr int Conflicts = 20;
constexpr int Failures = 30;

QVariantMap customerValues(const QString &name, const QString &currency = QStringLiteral("EUR"))
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("type"), QStringLiteral("customer")},
            {QStringLiteral("currency_code"), currency}};
}

QList<qint64> loadedIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(PagedTableModel::IdRole).toLongLong());
    return ids;
}

template <typename T> QList<qint64> idsOf(const QList<T> &items)
{
    QList<qint64> ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<StoreReaderThread> m_reader;
    QString m_backend;

    StoreReader *reader() const { return m_reader->reader(); }

    // Fetches page after page until the model has everything, checking that a
    // fetch returns at once and that every page is one block of new rows.
    void fetchAll(PagedTableModel &model)
    {
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int guard = 0; guard < 1000; ++guard) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                return;
            const int before = model.rowCount();
            inserted.clear();
            model.fetchMore({});
            // The answer has not been delivered yet: nothing may have changed.
            QCOMPARE(model.rowCount(), before);
            QVERIFY(model.isLoading());
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(inserted.size() <= 1);
            QVERIFY(model.rowCount() - before <= model.pageSize());
            if (inserted.size() == 1) {
                QCOMPARE(inserted.first().at(1).toInt(), before);
                QCOMPARE(inserted.first().at(2).toInt(), model.rowCount() - 1);
            }
        }
        QFAIL("the model never reached its end");
    }

    // Reads every row of a windowed list: data() on a row not read yet asks
    // for its page, which arrives later; nothing waits.
    template <typename Row> void readAll(WindowedModel<Row> &model)
    {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        for (int guard = 0; guard < 1000; ++guard) {
            int missing = -1;
            for (int row = 0; row < model.rowCount() && missing < 0; ++row) {
                if (!model.isRowLoaded(row))
                    missing = row;
            }
            if (missing < 0)
                return;
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            // A placeholder at once, the row when its page has arrived.
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells.append(model.index(missing, column).data().toString());
            QVERIFY2(cells.contains(QStringLiteral("…")), qPrintable(cells.join(u'|')));
            QVERIFY(!model.index(missing, 0).data(PagedTableModel::IdRole).isValid());
            QVERIFY(!model.index(missing, 0).data(PagedTableModel::MappingRole).isValid());
            QTRY_VERIFY(model.isRowLoaded(missing));
            QVERIFY(!changed.isEmpty());
            const QModelIndex first = changed.constLast().at(0).toModelIndex();
            const QModelIndex last = changed.constLast().at(1).toModelIndex();
            QVERIFY(first.row() <= missing && missing <= last.row());
            QVERIFY(last.row() - first.row() < model.pageSize());
            QCOMPARE(last.column(), model.columnCount() - 1);
        }
        QFAIL("the model never read every row");
    }

    // refresh() keeps the rows shown until the new ones have arrived, in one reset.
    template <typename Row> void checkRefreshKeepsRows(WindowedModel<Row> &model)
    {
        readAll(model);
        const QList<qint64> before = loadedIds(model);
        QSignalSpy refreshed(&model, &WindowedTableModel::refreshed);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(loadedIds(model), before);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), int(before.size()));
        if (!before.isEmpty())
            QCOMPARE(model.rowOfId(before.constFirst()), 0);
        readAll(model);
        QCOMPARE(loadedIds(model), before);
    }

    void checkRefreshKeepsRows(PagedTableModel &model)
    {
        const QList<qint64> before = loadedIds(model);
        QSignalSpy refreshed(&model, &PagedTableModel::refreshed);
        model.refresh();
        // The old rows stay until the new ones have arrived.
        QCOMPARE(loadedIds(model), before);
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(loadedIds(model), before);
        if (!before.isEmpty())
            QCOMPARE(model.rowOfId(before.constLast()), int(before.size() - 1));
        fetchAll(model);
        QCOMPARE(loadedIds(model), before);
    }

    // Every loaded coupling has `text` in its local or remote key.
    static void checkAllMatch(const CouplingListModel &model, const QString &text)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const Coupling &c = model.coupling(row);
            QVERIFY2(c.localKey.contains(text, Qt::CaseInsensitive) ||
                         c.remoteKey.contains(text, Qt::CaseInsensitive),
                     qPrintable(c.localKey + QLatin1Char(' ') + c.remoteKey));
        }
    }

    static void checkNoDuplicates(const QList<qint64> &ids)
    {
        const QSet<qint64> unique(ids.cbegin(), ids.cend());
        QCOMPARE(unique.size(), ids.size());
    }

    // A few hundred coupled customers, some update conflicts (skipped) and some
    // lookup failures (errors and coupled-data errors).
    void seed()
    {
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        for (int i = 1; i <= Customers; ++i)
            f->localCustomer(QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0')),
                             customerValues(QStringLiteral("Name%1").arg(i)));
        f->sync();
        for (int i = 1; i <= Conflicts; ++i) {
            const QString no = QStringLiteral("C%1").arg(i * 7, 4, 10, QLatin1Char('0'));
            f->localCustomer(no, {{QStringLiteral("name"), QStringLiteral("Local%1").arg(i)}});
            f->remoteAccount(f->remoteKeyOf(CUSTOMER, no),
                             {{QStringLiteral("name"), QStringLiteral("Remote%1").arg(i)}});
        }
        for (int i = 1; i <= Failures; ++i)
            f->localCustomer(QStringLiteral("BAD%1").arg(i, 3, 10, QLatin1Char('0')),
                             customerValues(QStringLiteral("Bad%1").arg(i), QStringLiteral("XXX")));
        f->sync();
        f->sync(); // a second run: repeated errors, more jobs
    }

private slots:
    void initTestCase_data() { couplet::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == m_backend)
            return;
        m_reader.reset();
        f.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        f = std::make_unique<EngineFixture>(backend, m_dir->path());
        seed();
        m_backend = backend;
        m_reader = std::make_unique<StoreReaderThread>(f->workspace.store);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        f.reset();
    }

    void seedHasWhatTheTestsNeed()
    {
        QVERIFY(f->store->countErrors({}) > 2 * PageSize);
        QVERIFY(f->store->countCouplings({CouplingQuery::Kind::CoupledErrors, {}, {}, 0, 1}) >=
                Failures);
        // The update conflicts, and the failures that repeated in the second run.
        QCOMPARE(f->store->countCouplings({CouplingQuery::Kind::Skipped, {}, {}, 0, 1}),
                 Conflicts + Failures);
    }

    // The queries run in the reader's thread; the model gets the answer in its own.
    void queriesRunOffTheModelsThread()
    {
        QVERIFY(reader()->thread() != QThread::currentThread());
        QThread *queryThread = nullptr;
        connect(
            reader(), &StoreReader::errorsReady, reader(),
            [&queryThread](quint64, const QList<SyncError> &) {
                queryThread = QThread::currentThread();
            },
            Qt::DirectConnection);
        ErrorsModel model(reader(), PageSize);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading()); // until a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        // The count and the first page arrive together.
        QTRY_COMPARE(model.rowCount(), f->store->countErrors({}));
        QVERIFY(model.isRowLoaded(0) && model.isRowLoaded(PageSize - 1));
        QVERIFY(!model.isRowLoaded(PageSize));
        model.index(PageSize, 0).data();
        QTRY_VERIFY(model.isRowLoaded(PageSize));
        QVERIFY(queryThread != nullptr);
        QVERIFY(queryThread != QThread::currentThread());
        disconnect(reader(), &StoreReader::errorsReady, reader(), nullptr);
    }

    void errorsLoadInPagesInOrder()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // answers at once, with what it has
        readAll(model);
        ErrorQuery all;
        all.limit = 100000;
        const QList<qint64> expected = idsOf(f->store->errors(all));
        QCOMPARE(loadedIds(model), expected);
        checkNoDuplicates(loadedIds(model));
        QCOMPARE(model.totalCount(), int(expected.size()));

        // Cells: text for display, the underlying value and the reference in roles.
        const SyncError &e = model.error(0);
        const QModelIndex source = model.index(0, ErrorsModel::SourceColumn);
        QCOMPARE(source.data(PagedTableModel::RecordRole).value<RecordRef>(), e.source);
        QVERIFY(source.data().toString().contains(e.source.key));
        QVERIFY(source.data(Qt::ToolTipRole).toString().contains(e.source.table));
        QCOMPARE(model.index(0, ErrorsModel::DateTimeColumn)
                     .data(PagedTableModel::SortRole)
                     .toDateTime(),
                 e.at);
        QCOMPARE(model.index(0, ErrorsModel::MessageColumn).data().toString(), e.message);
        QCOMPARE(model.headerData(ErrorsModel::DateTimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date/Time"));

        checkRefreshKeepsRows(model);
    }

    void errorsFilterAndSortInTheStore()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        readAll(model);

        ErrorQuery q;
        q.limit = 100000;
        q.mapping = CURRENCY;
        model.setMappingFilter(CURRENCY);
        readAll(model);
        QCOMPARE(loadedIds(model), idsOf(f->store->errors(q)));

        q.mapping = CUSTOMER;
        model.setMappingFilter(CUSTOMER);
        readAll(model);
        QCOMPARE(loadedIds(model), idsOf(f->store->errors(q)));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ErrorsModel::MappingColumn).data().toString(), CUSTOMER);

        q.search = QStringLiteral("BAD007");
        model.setSearchText(q.search);
        readAll(model);
        const QList<qint64> found = idsOf(f->store->errors(q));
        QVERIFY(!found.isEmpty());
        QCOMPARE(loadedIds(model), found);
        QTRY_COMPARE(model.totalCount(), int(found.size()));
        q.search.clear();
        model.setSearchText({});

        // Oldest first: the same rows in the other order.
        model.sort(ErrorsModel::DateTimeColumn, Qt::AscendingOrder);
        readAll(model);
        q.order = Qt::AscendingOrder;
        QCOMPARE(loadedIds(model), idsOf(f->store->errors(q)));

        // A date range that holds only the last run's errors.
        const QList<SyncError> newest = f->store->errors(ErrorQuery{});
        q.from = newest.first().at.addMSecs(-1);
        model.setDateRange(q.from, {});
        readAll(model);
        const QList<qint64> inRange = idsOf(f->store->errors(q));
        QVERIFY(!inRange.isEmpty());
        QVERIFY(inRange.size() < newest.size());
        QCOMPARE(loadedIds(model), inRange);
        checkRefreshKeepsRows(model);
    }

    // A click on a column header sorts in the store and starts again from the
    // first page; the rows are the store's, in its order.
    void errorsSortByEveryColumn()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        readAll(model);
        QVERIFY(model.totalCount() > 0);
        const int total = model.totalCount();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int column = 0; column < ErrorsModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                resets.clear();
                model.sort(column, order);
                QCOMPARE(resets.size(), 1);
                QCOMPARE(model.totalCount(), total); // the same rows: the count stays
                readAll(model);
                ErrorQuery q;
                q.limit = 100000;
                q.sortBy = *ErrorsModel::sortKey(column);
                q.order = order;
                const QList<qint64> expected = idsOf(f->store->errors(q));
                QVERIFY2(loadedIds(model) == expected, qPrintable(QString::number(column)));
                // The same order again changes nothing.
                resets.clear();
                model.sort(column, order);
                QCOMPARE(resets.size(), 0);
            }
        }
        QVERIFY(!ErrorsModel::sortKey(ErrorsModel::ColumnCount));
    }

    // In the order by time a page next to one in memory is read by keyset
    // (after it, or before it), so errors logged meanwhile neither repeat rows
    // nor push rows out of sight; other pages by offset, from the nearer end.
    void errorsPageByKeysetInTimeOrder()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ErrorQuery q;
        q.limit = 100000;
        const QList<qint64> before = idsOf(f->store->errors(q));
        QVERIFY(before.size() > 3 * PageSize);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), int(before.size()));
        QVERIFY(model.isRowLoaded(0));

        // The last row: its page alone, read from the end.
        const int last = model.rowCount() - 1;
        model.index(last, 0).data();
        QTRY_VERIFY(model.isRowLoaded(last));
        QCOMPARE(model.error(last).id, before.constLast());
        const int lastPage = last / PageSize;
        QVERIFY(!model.isRowLoaded(lastPage * PageSize - 1));

        QList<qint64> added;
        for (int i = 0; i < 5; ++i) {
            SyncError e;
            e.at = f->clock.now().addSecs(3600 + i);
            e.mapping = QStringLiteral("KEYSET");
            e.message = QStringLiteral("Logged while the page was open");
            f->store->addError(e);
            added.append(e.id);
        }
        // After the first page, and before the last one: by keyset.
        model.index(PageSize, 0).data();
        model.index(lastPage * PageSize - 1, 0).data();
        QTRY_VERIFY(model.isRowLoaded(PageSize) && model.isRowLoaded(lastPage * PageSize - 1));
        QCOMPARE(loadedIds(model).mid(0, 2 * PageSize), before.mid(0, 2 * PageSize));
        for (int row = (lastPage - 1) * PageSize; row <= last; ++row)
            QCOMPARE(model.error(row).id, before.at(row));
        QCOMPARE(f->store->deleteErrors(added), 5);
    }

    // However long the list, the model holds at most CachedPages pages: the
    // least recently used go first. Rows are found by id among them.
    void errorsKeepFewPagesInMemory()
    {
        // More rows than pages kept.
        QList<qint64> added;
        while (f->store->countErrors({}) <= 2 * ErrorsModel::CachedPages) {
            SyncError e;
            e.at = f->clock.now().addSecs(-3600);
            e.mapping = QStringLiteral("WINDOW");
            e.message = QStringLiteral("One of many");
            f->store->addError(e);
            added.append(e.id);
        }
        ErrorsModel model(reader(), 1); // a page per row
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ErrorQuery q;
        q.limit = 100000;
        const QList<qint64> all = idsOf(f->store->errors(q));
        QVERIFY(all.size() > 2 * ErrorsModel::CachedPages);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), int(all.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            model.index(row, 0).data();
            QTRY_VERIFY(model.isRowLoaded(row));
            QCOMPARE(model.error(row).id, all.at(row));
            QVERIFY(model.rowsInMemory() <= ErrorsModel::CachedPages);
        }
        // The second page went long ago (the tester keeps reading the first).
        QVERIFY(!model.isRowLoaded(1));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.rowOfId(all.at(last)), last);
        QCOMPARE(model.rowOfId(all.at(1)), -1);
        const QModelIndexList found = model.match(model.index(0, 0), PagedTableModel::IdRole,
                                                  all.at(last), 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().row(), last);
        QCOMPARE(f->store->deleteErrors(added), int(added.size()));
    }

    void otherListsSortInTheStore()
    {
        {
            JobsModel model(reader(), PageSize);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            fetchAll(model);
            for (const int column :
                 {int(JobsModel::FailedColumn), int(JobsModel::MappingColumn),
                  int(JobsModel::FinishedColumn), int(JobsModel::StatusColumn)}) {
                model.sort(column, Qt::AscendingOrder);
                fetchAll(model);
                JobQuery q;
                q.limit = 100000;
                q.sortBy = *JobsModel::sortKey(column);
                q.order = Qt::AscendingOrder;
                QCOMPARE(loadedIds(model), idsOf(f->store->jobs(q)));
            }
            // A column that does not sort leaves the rows as they are.
            const QList<qint64> ids = loadedIds(model);
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            model.sort(JobsModel::DirectionColumn, Qt::DescendingOrder);
            QCOMPARE(resets.size(), 0);
            QCOMPARE(loadedIds(model), ids);
            QCOMPARE(model.headerData(JobsModel::DirectionColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Direction"));
        }
        {
            CoupledDataErrorsModel model(reader(), f->workspace.mappings, PageSize);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.sort(CoupledDataErrorsModel::FailedSinceColumn, Qt::DescendingOrder);
            readAll(model);
            CouplingQuery q{CouplingQuery::Kind::CoupledErrors, {}, {}, 0, 100000};
            q.sortBy = CouplingQuery::SortKey::FailedSince;
            q.order = Qt::DescendingOrder;
            QCOMPARE(loadedIds(model), idsOf(f->store->couplings(q)));
            QVERIFY(model.rowCount() >= Failures);
        }
        {
            SkippedRecordsModel model(reader(), f->workspace.mappings, PageSize);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.sort(SkippedRecordsModel::ReasonColumn, Qt::DescendingOrder);
            readAll(model);
            // Update conflicts before repeated errors.
            QCOMPARE(model.index(0, SkippedRecordsModel::ReasonColumn).data().toString(),
                     QStringLiteral("Update conflict"));
            QCOMPARE(model.index(model.rowCount() - 1, SkippedRecordsModel::ReasonColumn)
                         .data()
                         .toString(),
                     QStringLiteral("Repeated error"));
            CouplingQuery q{CouplingQuery::Kind::Skipped, {}, {}, 0, 100000};
            q.sortBy = CouplingQuery::SortKey::SkipReason;
            q.order = Qt::DescendingOrder;
            QCOMPARE(loadedIds(model), idsOf(f->store->couplings(q)));
        }
        {
            // The Couplings page of one mapping, sorted by key: offset paging
            // in the store's order instead of keyset by id.
            CouplingsModel model(reader(), f->workspace.mappings, PageSize);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setMappingFilter(CUSTOMER);
            model.sort(CouplingsModel::LocalColumn, Qt::DescendingOrder);
            readAll(model);
            CouplingQuery q{CouplingQuery::Kind::All, CUSTOMER, {}, 0, 100000};
            q.sortBy = CouplingQuery::SortKey::LocalKey;
            q.order = Qt::DescendingOrder;
            const QList<qint64> expected = idsOf(f->store->couplings(q));
            QCOMPARE(loadedIds(model), expected);
            checkNoDuplicates(expected);
            QVERIFY(model.rowCount() >= Customers);
            QCOMPARE(model.coupling(0).localKey, QStringLiteral("C0240"));
            checkRefreshKeepsRows(model);
        }
    }

    // Each error carries its cause; the list filters by cause, and the counts
    // per cause give the "group by cause" view.
    void errorCausesFilterAndCounts()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.roleNames().value(ErrorsModel::CauseRole) == "cause");
        readAll(model);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString cause = model.index(row, 0).data(ErrorsModel::CauseRole).toString();
            QVERIFY(!cause.isEmpty());
            QCOMPARE(cause, model.error(row).cause);
        }

        QSignalSpy counted(&model, &ErrorsModel::causeCountsLoaded);
        model.loadCauseCounts();
        QTRY_COMPARE(counted.size(), 1);
        const ErrorCauseCounts all = f->store->errorCauseCounts({});
        QCOMPARE(counted.first().first().value<ErrorCauseCounts>(), all);
        // The seed's lookup failures and update conflicts.
        QStringList causes;
        for (const auto &[cause, count] : all)
            causes.append(cause);
        QVERIFY2(causes.contains(QStringLiteral("related-not-coupled")),
                 qPrintable(causes.join(u',')));
        QVERIFY2(causes.contains(QStringLiteral("update-conflict")), qPrintable(causes.join(u',')));

        const QString related = QStringLiteral("related-not-coupled");
        model.setCauseFilter(related);
        readAll(model);
        ErrorQuery q;
        q.limit = 100000;
        q.cause = related;
        const QList<qint64> expected = idsOf(f->store->errors(q));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(loadedIds(model), expected);
        QCOMPARE(model.totalCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ErrorsModel::MessageColumn).data(ErrorsModel::CauseRole),
                     QVariant(related));

        // Counting ignores the cause filter, so that another cause can be picked.
        counted.clear();
        model.loadCauseCounts();
        QTRY_COMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().value<ErrorCauseCounts>(), all);

        // Within a mapping; an answer to an older request is dropped.
        model.setCauseFilter({});
        model.setMappingFilter(CURRENCY);
        counted.clear();
        model.loadCauseCounts();
        model.loadCauseCounts();
        QTRY_COMPARE(counted.size(), 1);
        ErrorQuery currency;
        currency.mapping = CURRENCY;
        QCOMPARE(counted.first().first().value<ErrorCauseCounts>(),
                 f->store->errorCauseCounts(currency));
        QTest::qWait(50);
        QCOMPARE(counted.size(), 1);

        // The reader answers the request on its own as well.
        QSignalSpy ready(reader(), &StoreReader::causeCountsReady);
        const quint64 id = reader()->newRequestId();
        reader()->requestErrorCauseCounts(id, ErrorQuery{});
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toULongLong(), id);
        QCOMPARE(ready.first().at(1).value<ErrorCauseCounts>(), all);
    }

    void staleAnswersAreDropped()
    {
        ErrorsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Ask for a page that the next change makes stale, then change the
        // filter while the first page is on its way, twice.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > PageSize);
        model.index(PageSize, 0).data();
        QCoreApplication::processEvents(); // the page's request goes out
        model.setMappingFilter(CURRENCY);
        model.setMappingFilter(CUSTOMER);
        model.refresh();
        readAll(model);
        ErrorQuery q;
        q.limit = 100000;
        q.mapping = CUSTOMER;
        QCOMPARE(loadedIds(model), idsOf(f->store->errors(q)));
    }

    void coupledDataErrors()
    {
        CoupledDataErrorsModel model(reader(), f->workspace.mappings, PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        readAll(model);
        CouplingQuery q{CouplingQuery::Kind::CoupledErrors, {}, {}, 0, 100000};
        const QList<qint64> expected = idsOf(f->store->couplings(q));
        QCOMPARE(loadedIds(model), expected);
        checkNoDuplicates(expected);
        QTRY_COMPARE(model.totalCount(), int(expected.size()));
        const Coupling &c = model.coupling(0);
        const QModelIndex local = model.index(0, CoupledDataErrorsModel::LocalColumn);
        const auto ref = local.data(PagedTableModel::RecordRole).value<RecordRef>();
        QCOMPARE(ref, (RecordRef{Side::Local, QStringLiteral("customer"), c.localKey}));
        QCOMPARE(model.index(0, CoupledDataErrorsModel::ToRemoteColumn).data().toString(),
                 QStringLiteral("Failure"));

        q.search = QStringLiteral("BAD01");
        model.setSearchText(q.search);
        readAll(model);
        QCOMPARE(loadedIds(model), idsOf(f->store->couplings(q)));
        // BAD010..BAD019, and any generated remote key that happens to contain the text.
        QVERIFY(model.rowCount() >= 10);
        checkAllMatch(model, q.search);
        checkRefreshKeepsRows(model);
    }

    void skippedRecords()
    {
        SkippedRecordsModel model(reader(), f->workspace.mappings, PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        readAll(model);
        QCOMPARE(model.rowCount(), Conflicts + Failures);
        const CouplingQuery q{CouplingQuery::Kind::Skipped, {}, {}, 0, 100000};
        QCOMPARE(loadedIds(model), idsOf(f->store->couplings(q)));
        QTRY_COMPARE(model.totalCount(), Conflicts + Failures);
        QCOMPARE(model.index(0, SkippedRecordsModel::ReasonColumn).data().toString(),
                 QStringLiteral("Update conflict"));
        model.setMappingFilter(CURRENCY);
        readAll(model);
        QCOMPARE(model.rowCount(), 0);
        model.setMappingFilter(CUSTOMER);
        readAll(model);
        QCOMPARE(model.rowCount(), Conflicts + Failures);
        model.setSearchText(QStringLiteral("BAD"));
        readAll(model);
        const CouplingQuery bad{CouplingQuery::Kind::Skipped, CUSTOMER, QStringLiteral("BAD"), 0,
                                100000};
        QCOMPARE(loadedIds(model), idsOf(f->store->couplings(bad)));
        QVERIFY(model.rowCount() >= Failures);
        checkAllMatch(model, bad.search);
        const int last = model.rowCount() - 1; // BAD030: the newest coupling
        QCOMPARE(model.coupling(last).localKey, QStringLiteral("BAD030"));
        QCOMPARE(model.index(last, SkippedRecordsModel::ReasonColumn).data().toString(),
                 QStringLiteral("Repeated error"));
        checkRefreshKeepsRows(model);
    }

    void couplingsOfOneMappingPageByKeyset()
    {
        CouplingsModel model(reader(), f->workspace.mappings, PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMappingFilter(CUSTOMER);
        readAll(model);
        const QList<qint64> expected = idsOf(f->store->couplingsOfMapping(CUSTOMER, 0, 100000));
        QCOMPARE(loadedIds(model), expected);
        checkNoDuplicates(expected);
        QVERIFY(model.rowCount() >= Customers);
        QTRY_COMPARE(model.totalCount(), int(expected.size()));
        const QModelIndex remote = model.index(0, CouplingsModel::RemoteColumn);
        QCOMPARE(remote.data(PagedTableModel::RecordRole).value<RecordRef>().table,
                 QStringLiteral("accounts"));
        checkRefreshKeepsRows(model);
    }

    // A long list of couplings is a window on the store, as the errors list:
    // the count at once, the last row by one page read from the end, pages
    // next to a loaded one by keyset on the id, a bounded number of pages in
    // memory, and rows found by id only among them.
    void couplingsAreAWindowOnTheStore()
    {
        const QString mapping = QStringLiteral("WINDOW");
        QList<Coupling> many;
        for (int i = 0; i < 3000; ++i) {
            Coupling c;
            c.mapping = mapping;
            c.localKey = QStringLiteral("L%1").arg(i, 5, 10, QLatin1Char('0'));
            c.remoteKey = QStringLiteral("R%1").arg(i, 5, 10, QLatin1Char('0'));
            many.append(c);
        }
        f->store->saveCouplings(many);
        const QList<qint64> all = idsOf(many);
        CouplingsModel model(reader(), f->workspace.mappings, PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMappingFilter(mapping);
        QTRY_COMPARE(model.rowCount(), int(all.size()));
        QCOMPARE(model.totalCount(), int(all.size()));
        QVERIFY(model.isRowLoaded(PageSize - 1));
        QVERIFY(!model.isRowLoaded(PageSize));

        // The last row: its page alone, read from the end.
        const int last = model.rowCount() - 1;
        model.index(last, 0).data();
        QTRY_VERIFY(model.isRowLoaded(last));
        QCOMPARE(model.coupling(last).id, all.constLast());
        QCOMPARE(model.index(last, CouplingsModel::LocalColumn).data(PagedTableModel::SortRole),
                 QVariant(many.constLast().localKey));
        QCOMPARE(model.rowsInMemory(), 2 * PageSize);
        const int lastPage = last / PageSize;

        // Couplings deleted since the count: the pages next to loaded ones are
        // read by keyset, so they neither skip nor repeat a row.
        QCOMPARE(f->store->deleteCouplings({all.at(0), all.at(1), all.at(2)}), 3);
        model.index(PageSize, 0).data();
        model.index(lastPage * PageSize - 1, 0).data();
        QTRY_VERIFY(model.isRowLoaded(PageSize) && model.isRowLoaded(lastPage * PageSize - 1));
        for (int row = 0; row < 2 * PageSize; ++row)
            QCOMPARE(model.coupling(row).id, all.at(row));
        for (int row = (lastPage - 1) * PageSize; row <= last; ++row)
            QCOMPARE(model.coupling(row).id, all.at(row));

        // Walking the whole list keeps at most CachedPages pages.
        for (int row = 0; row < model.rowCount(); row += PageSize) {
            model.index(row, 0).data();
            QTRY_VERIFY(model.isRowLoaded(row));
            QVERIFY(model.rowsInMemory() <= CouplingsModel::CachedPages * PageSize);
        }
        QCOMPARE(model.rowOfId(all.constLast()), last);
        QCOMPARE(model.rowOfId(all.at(5 * PageSize)), -1); // long gone from memory
        QVERIFY(model
                    .match(model.index(0, 0), PagedTableModel::IdRole, all.at(5 * PageSize), 1,
                           Qt::MatchExactly)
                    .isEmpty());

        // A refresh counts again: the deleted rows leave the list.
        QSignalSpy refreshed(&model, &WindowedTableModel::refreshed);
        model.refresh();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(model.rowCount(), int(all.size()) - 3);
        QCOMPARE(model.coupling(0).id, all.at(3));

        // Sorted by key in the store; the last row of that order read from the end.
        // The first page comes ahead of the count, alone in the list: wait for
        // the whole list before asking for its last row.
        model.sort(CouplingsModel::LocalColumn, Qt::DescendingOrder);
        QTRY_VERIFY(model.isRowLoaded(0));
        QCOMPARE(model.coupling(0).localKey, many.constLast().localKey);
        QTRY_COMPARE(model.rowCount(), int(all.size()) - 3);
        model.index(model.rowCount() - 1, 0).data();
        QTRY_VERIFY(model.isRowLoaded(model.rowCount() - 1));
        QCOMPARE(model.coupling(model.rowCount() - 1).localKey, many.at(3).localKey);

        // A search counts in the store.
        model.setSearchText(QStringLiteral("L0299"));
        QTRY_COMPARE(model.totalCount(), 10); // L02990..L02999
        readAll(model);
        checkAllMatch(model, QStringLiteral("L0299"));
        QCOMPARE(f->store->deleteCouplingsOfMapping(mapping), int(all.size()) - 3);
    }

    void jobs()
    {
        JobsModel model(reader(), PageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        JobQuery q;
        q.limit = 100000;
        const QList<SyncJob> all = f->store->jobs(q);
        QCOMPARE(loadedIds(model), idsOf(all));
        QTRY_COMPARE(model.totalCount(), int(all.size()));
        QCOMPARE(model.index(0, JobsModel::FailedColumn).data().toInt(), all.first().failed);
        q.mapping = CURRENCY;
        model.setMappingFilter(CURRENCY);
        fetchAll(model);
        QCOMPARE(loadedIds(model), idsOf(f->store->jobs(q)));
        checkRefreshKeepsRows(model);
    }

    void mappings()
    {
        MappingsModel model(reader());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMappings(f->workspace.mappings);
        QCOMPARE(model.rowCount(), 2); // at once; counts follow
        QTRY_VERIFY(model.hasState());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, 0).data(MappingsModel::IdRole).toString();
            const MappingCounts counts = f->store->mappingCounts(name);
            QCOMPARE(model.index(row, MappingsModel::CouplingsColumn).data().toInt(),
                     counts.couplings);
            QCOMPARE(model.index(row, MappingsModel::ErrorsColumn).data().toInt(), counts.errors);
            QCOMPARE(model.index(row, MappingsModel::SkippedColumn).data().toInt(), counts.skipped);
            QCOMPARE(model.index(row, MappingsModel::MarkToRemoteColumn)
                         .data(MappingsModel::SortRole)
                         .toDateTime(),
                     f->store->mark(name, PassDirection::LocalToRemote));
        }
        QSignalSpy loaded(&model, &MappingsModel::stateLoaded);
        model.refresh();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
