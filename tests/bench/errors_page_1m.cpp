// The Integration Synchronization Errors page on a store with 1,000,000 errors:
// time from opening the page to the first painted rows, time to jump to the
// last row (Ctrl+End, until the last row's own text is painted), a scroll to
// the middle of the list, Select All with a refresh and an action on it, a
// search, the longest GUI-thread stall meanwhile, and peak memory. Writes
// $COUPLET_BENCH_DIR/errors_page_1m.json: {"name", "rows", "first_rows_ms",
// "last_row_ms", "search_ms", "max_stall_ms", "peak_rss_mb"} (and
// "middle_rows_ms", "select_all_ms", "rows_in_memory", "stall_ms_by_phase";
// select_all is Ctrl+A and a refresh, refused_action the refused action after it).
// Targets (issue 3): first rows within 200 ms, no stall of 50 ms or more,
// under 200 MB. It fails only when the page shows wrong rows or loses the
// selection. COUPLET_BENCH_KEEP=DIR keeps the filled store in DIR.
//
// The model is a window on the store (rowCount() is the count, rows are read
// in pages around what the view shows), so "the last row" is what the user
// sees after Ctrl+End: the view on the last row, with that row's data painted.

#include "benchsupport.h"
#include "errorsmodel.h"
#include "guibench.h"
#include "pages/errorspage.h"
#include "session/consolesession.h"
#include "store/statestore.h"
#include "widgets/recordtableview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace couplet;
using namespace couplet::bench;

namespace {

constexpr int Rows = 1000000;
constexpr qint64 RowTimeoutMs = 120000;

void fillStore(const QString &path)
{
    {
        StoreConfig config;
        config.database = path;
        StateStore store(config);
        store.open(); // creates the schema
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        throw std::runtime_error("cannot open the store");
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    db.transaction();
    q.prepare(QStringLiteral(
        "INSERT INTO errors (at, mapping, job_id, message, detail, source_side, source_table, "
        "source_key, destination_side, destination_table, destination_key, cause) "
        "VALUES (?, ?, ?, ?, ?, 'local', 'customer', ?, 'remote', 'accounts', ?, ?)"));
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString mappings[] = {QStringLiteral("CUSTOMER"), QStringLiteral("CONTACT"),
                                QStringLiteral("CURRENCY")};
    for (int i = 0; i < Rows; ++i) {
        const QString key = QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0'));
        q.addBindValue(start + qint64(i) * 1000);
        q.addBindValue(mappings[i % 3]);
        q.addBindValue(1 + i / 1000);
        q.addBindValue(QStringLiteral("Cannot update the Account record because it has a later "
                                      "modified date than the Customer record %1")
                           .arg(key));
        q.addBindValue(QStringLiteral("Fields changed on both sides: email."));
        q.addBindValue(key);
        q.addBindValue(
            QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("update-conflict"));
        if (!q.exec())
            throw std::runtime_error(q.lastError().text().toStdString());
    }
    db.commit();
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return bench::run([] {
        QTemporaryDir dir;
        const QString storePath =
            pageBenchStore(dir, QStringLiteral("errors.state.sqlite"), Rows, "errors", fillStore);

        Workspace ws;
        ws.path = dir.filePath(QStringLiteral("bench.couplet.json"));
        ws.store.database = storePath;
        ws.local.database = dir.filePath(QStringLiteral("erp.sqlite"));
        ws.remote.database = dir.filePath(QStringLiteral("crm.sqlite"));
        ConsoleSession session(ws);
        StallProbe probe;
        probe.start();

        // Opening the page: construct, show, wait for the first painted rows.
        QElapsedTimer t;
        t.start();
        ErrorsPage page(&session);
        page.resize(1200, 800);
        page.show();
        RecordTableView *table = page.table();
        ErrorsModel *model = page.model();
        while (model->rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        table->viewport()->repaint();
        const qint64 firstRowsMs = t.elapsed();
        if (!waitFor([model] { return model->totalCount() == Rows; }, 120000))
            throw std::runtime_error("the page does not count every error");

        const qint64 openStallMs = probe.takePhaseStallMs();

        // The last row: Ctrl+End, until the last row's data is painted.
        t.restart();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        if (table->currentIndex().row() != Rows - 1)
            throw std::runtime_error("Ctrl+End did not go to the last row");
        if (!waitFor([model] { return model->isRowLoaded(Rows - 1); }, RowTimeoutMs))
            throw std::runtime_error("the last row never arrived");
        table->viewport()->repaint();
        const qint64 lastRowMs = t.elapsed();
        if (model->error(Rows - 1).source.key != QStringLiteral("C0000000"))
            throw std::runtime_error("the last row is not the oldest error");

        const qint64 lastRowStallMs = probe.takePhaseStallMs();

        // The middle: the scroll bar dragged to half way, until the rows there are painted.
        t.restart();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
        const int middle = table->rowAt(table->viewport()->height() / 2);
        if (middle < Rows / 4 || middle > 3 * Rows / 4)
            throw std::runtime_error("the scroll bar did not reach the middle");
        if (!waitFor([model, middle] { return model->isRowLoaded(middle); }, RowTimeoutMs))
            throw std::runtime_error("the middle rows never arrived");
        table->viewport()->repaint();
        const qint64 middleRowsMs = t.elapsed();
        const QString middleKey =
            QStringLiteral("C%1").arg(Rows - 1 - middle, 7, 10, QLatin1Char('0'));
        if (model->error(middle).source.key != middleKey)
            throw std::runtime_error("the middle row is not the right error");
        const int rowsInMemory = model->rowsInMemory();
        const qint64 middleStallMs = probe.takePhaseStallMs();

        // Select All on a million lines, a refresh (as after a job), and an
        // action on the selection, which must refuse: most lines are unread.
        const SelectAllFigures selectAll = selectAllThenAct(
            probe, &page, table, model, QStringLiteral("Delete Coupling"), RowTimeoutMs);

        // A search: the time until the filtered list and its count arrive.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        t.restart();
        search->setText(QStringLiteral("C0999999"));
        const bool found = waitFor(
            [model] {
                return model->filter().search == QStringLiteral("C0999999") &&
                       model->totalCount() == 1 && model->rowCount() == 1;
            },
            120000);
        const qint64 searchMs = t.elapsed() - 250; // minus the typing debounce
        if (!found)
            throw std::runtime_error("the search did not find its one row");
        const qint64 searchStallMs = probe.takePhaseStallMs();

        const QJsonObject result{
            {QStringLiteral("name"), QStringLiteral("errors_page_1m")},
            {QStringLiteral("rows"), Rows},
            {QStringLiteral("first_rows_ms"), firstRowsMs},
            {QStringLiteral("last_row_ms"), lastRowMs},
            {QStringLiteral("middle_rows_ms"), middleRowsMs},
            {QStringLiteral("rows_in_memory"), rowsInMemory},
            {QStringLiteral("search_ms"), searchMs},
            {QStringLiteral("select_all_ms"), selectAll.ms},
            {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
            {QStringLiteral("stall_ms_by_phase"),
             QJsonObject{{QStringLiteral("open"), openStallMs},
                         {QStringLiteral("last_row"), lastRowStallMs},
                         {QStringLiteral("middle"), middleStallMs},
                         {QStringLiteral("select_all"), selectAll.selectStallMs},
                         {QStringLiteral("refused_action"), selectAll.refusalStallMs},
                         {QStringLiteral("search"), searchStallMs}}},
            {QStringLiteral("peak_rss_mb"), qRound(peakRssMb())}};
        const QByteArray json = QJsonDocument(result).toJson();
        std::printf("%s", json.constData());
        const QString out = qEnvironmentVariable("COUPLET_BENCH_DIR", QStringLiteral("."));
        QDir().mkpath(out);
        QFile file(QDir(out).filePath(QStringLiteral("errors_page_1m.json")));
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write the result");
        file.write(json);
    });
}
