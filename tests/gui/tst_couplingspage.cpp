// The Couplings page and the Couple dialog, driven by clicks and keys on the
// demo workspace with a real ConsoleSession: what they do is read back from the
// state store in the test thread.

#include "guitestsupport.h"

#include "couplingsmodel.h"
#include "dialogs/coupledialog.h"
#include "pages/couplingspage.h"
#include "widgets/recordtableview.h"

#include "clock.h"
#include "demo/demo.h"
#include "session/consolesession.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace couplet;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CONTACT = QStringLiteral("CONTACT");

// The demo workspace as Demo::create() leaves it: synchronized once, then
// edited on both sides (new records not coupled yet), with a real
// ConsoleSession open on it. What the console did is read back in the test
// thread, through a store and database connections of its own.
class DemoSession final
{
    QTemporaryDir m_dir; // first: removed after the session has closed its files

public:
    DemoSession()
        : path(Demo::create(m_dir.path(), SystemClock::instance()).workspacePath)
    {
        QList<WorkspaceIssue> issues;
        workspace = WorkspaceFile::load(path, &issues);
        session = std::make_unique<ConsoleSession>(workspace);
    }

    std::optional<Coupling> coupling(qint64 id) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.coupling(id);
    }
    std::optional<Coupling> couplingByKey(const QString &mapping, const QString &localKey) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.couplingByKey(mapping, Side::Local, localKey);
    }
    int countCouplings(const QString &mapping, const QString &search = {}) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        CouplingQuery query;
        query.mapping = mapping;
        query.search = search;
        return store.countCouplings(query);
    }
    // One value of one row of the CRM database; invalid when there is no such row.
    QVariant remoteValue(const QString &table, const QString &keyColumn, const QString &key,
                         const QString &column) const
    {
        static int connections = 0;
        const QString name = QStringLiteral("crm-check-%1").arg(++connections);
        QVariant result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_dir.path()).filePath(QStringLiteral("crm.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(column, table, keyColumn));
                q.addBindValue(key);
                if (q.exec() && q.next())
                    result = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    QString path;
    Workspace workspace;
    std::unique_ptr<ConsoleSession> session;
};

} // namespace

class TestCouplingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheCouplingsOfOneMapping();
    void searchNarrowsTheList();
    void coupleTwoRecords();
    void coupledRecordsAreMarkedAndRefused();
    void deleteCoupling();
    void synchronizeRunsTheMapping();
    void stateIsSavedAndRestored();
    void aLongListIsReadAroundTheView();

private:
    template <typename T> T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }
    int storedCouplings(const QString &mapping, const QString &search = {}) const;
    void chooseMapping(const QString &mapping);
    CoupleDialog *openCoupleDialog();
    // Types `text` into a side's search box and waits for the one row it finds.
    void search(CoupleDialog *dialog, const QString &side, const QString &text,
                const QString &expectedKey);
    void clickRow(QTreeWidget *list, int row);
    // The accountid of the CRM account with this name.
    QString accountNamed(const QString &name) const;

    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<CouplingsPage> m_page;
};

void TestCouplingsPage::init()
{
    m_demo = std::make_unique<DemoSession>();
    m_page = std::make_unique<CouplingsPage>(m_demo->session.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCouplingsPage::cleanup()
{
    m_page.reset();
    m_demo.reset();
}

int TestCouplingsPage::storedCouplings(const QString &mapping, const QString &search) const
{
    return m_demo->countCouplings(mapping, search);
}

// With the keyboard, as a user would: the combo lists CURRENCY, CUSTOMER, CONTACT.
void TestCouplingsPage::chooseMapping(const QString &mapping)
{
    auto *combo = child<QComboBox>(QStringLiteral("mappingFilter"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && m_page->currentMapping() != mapping; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_page->currentMapping(), mapping);
    QTRY_COMPARE(m_page->count(), storedCouplings(mapping));
}

CoupleDialog *TestCouplingsPage::openCoupleDialog()
{
    if (!test::clickAction(m_page.get(), QStringLiteral("couple")))
        return nullptr;
    CoupleDialog *dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        for (CoupleDialog *d : m_page->findChildren<CoupleDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        if (!dialog)
            QTest::qWait(20);
    }
    return dialog;
}

void TestCouplingsPage::search(CoupleDialog *dialog, const QString &side, const QString &text,
                               const QString &expectedKey)
{
    auto *box = dialog->findChild<QLineEdit *>(side + QStringLiteral("Search"));
    auto *list = dialog->findChild<QTreeWidget *>(side + QStringLiteral("Rows"));
    QVERIFY(box && list);
    box->setFocus();
    QTest::keyClicks(box, text);
    // The search waits for typing to pause, then loads in the background; the
    // coupling marks follow.
    QTRY_VERIFY(list->topLevelItemCount() == 1 && list->topLevelItem(0)->text(0) == expectedKey);
    QTRY_VERIFY(!dialog->isLoading());
    QCOMPARE(dialog->findChild<QLabel *>(side + QStringLiteral("Status"))->text(),
             QStringLiteral("1 record(s)"));
}

QString TestCouplingsPage::accountNamed(const QString &name) const
{
    return m_demo
        ->remoteValue(QStringLiteral("accounts"), QStringLiteral("name"), name,
                      QStringLiteral("accountid"))
        .toString();
}

void TestCouplingsPage::clickRow(QTreeWidget *list, int row)
{
    QTreeWidgetItem *item = list->topLevelItem(row);
    QVERIFY(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

void TestCouplingsPage::listsTheCouplingsOfOneMapping()
{
    QCOMPARE(m_page->title(), QStringLiteral("Couplings"));
    QCOMPARE(m_page->pageId(), QStringLiteral("couplings"));
    QSignalSpy countChanged(m_page.get(), &Page::countChanged);
    chooseMapping(CUSTOMER);
    QVERIFY(!countChanged.isEmpty());
    QVERIFY(m_page->count() > 0);
    RecordTableView *table = m_page->table();
    QCOMPARE(table->objectName(), QStringLiteral("table"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_VERIFY(m_page->model()->isRowLoaded(0));
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->isRowLoaded(row)) // the pages the view shows
            QCOMPARE(m_page->model()->coupling(row).mapping, CUSTOMER);
    }
    m_page->focusMapping(CONTACT);
    QCOMPARE(m_page->currentMapping(), CONTACT);
    QTRY_COMPARE(m_page->count(), storedCouplings(CONTACT));
    QTRY_VERIFY(m_page->model()->isRowLoaded(0));
    QCOMPARE(m_page->model()->coupling(0).mapping, CONTACT);
}

void TestCouplingsPage::searchNarrowsTheList()
{
    chooseMapping(CUSTOMER);
    const QString text = QStringLiteral("C0001");
    const int all = m_page->count();
    const int matching = storedCouplings(CUSTOMER, text);
    QVERIFY(matching > 0 && matching < all);
    auto *box = child<QLineEdit>(QStringLiteral("search"));
    box->setFocus();
    QTest::keyClicks(box, text);
    QTRY_COMPARE(m_page->count(), matching);
    QTRY_COMPARE(m_page->model()->rowCount(), matching);
    QTRY_VERIFY(m_page->model()->isRowLoaded(matching - 1));
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const Coupling &c = m_page->model()->coupling(row);
        QVERIFY(c.localKey.contains(text, Qt::CaseInsensitive) ||
                c.remoteKey.contains(text, Qt::CaseInsensitive));
    }
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(box, Qt::Key_Delete);
    QTRY_COMPARE(m_page->count(), all);
}

void TestCouplingsPage::coupleTwoRecords()
{
    chooseMapping(CUSTOMER);
    const int before = m_page->count();
    CoupleDialog *dialog = openCoupleDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mapping(), CUSTOMER);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("localStatus"))->text(),
             QStringLiteral("Loading\u2026"));
    QTRY_VERIFY(!dialog->isLoading());
    QVERIFY(dialog->findChild<QTreeWidget *>(QStringLiteral("localRows"))->topLevelItemCount() > 1);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
    QVERIFY(!ok->isEnabled());

    // Two records the demo added after its first sync: neither is coupled.
    auto *localRows = dialog->findChild<QTreeWidget *>(QStringLiteral("localRows"));
    auto *remoteRows = dialog->findChild<QTreeWidget *>(QStringLiteral("remoteRows"));
    search(dialog, QStringLiteral("local"), QStringLiteral("Nordlys"), QStringLiteral("C00810"));
    // The key and a few mapped values: name, email, phone.
    QCOMPARE(localRows->topLevelItem(0)->text(CoupleDialog::FirstValueColumn),
             QStringLiteral("Nordlys Shipping"));
    const QString account = accountNamed(QStringLiteral("Trey Research Labs"));
    QVERIFY(!account.isEmpty());
    search(dialog, QStringLiteral("remote"), QStringLiteral("Trey Research Labs"), account);
    QCOMPARE(remoteRows->topLevelItem(0)->text(CoupleDialog::FirstValueColumn),
             QStringLiteral("Trey Research Labs"));
    QVERIFY(localRows->topLevelItem(0)->text(CoupleDialog::CoupledToColumn).isEmpty());
    QVERIFY(remoteRows->topLevelItem(0)->text(CoupleDialog::CoupledToColumn).isEmpty());

    clickRow(localRows, 0);
    QVERIFY(!ok->isEnabled());
    clickRow(remoteRows, 0);
    QCOMPARE(dialog->localKey(), QStringLiteral("C00810"));
    QCOMPARE(dialog->remoteKey(), account);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("warning"))->isVisible());
    // The administrator is told which record is overwritten.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("hint"))
                ->text()
                .contains(QStringLiteral("overwrites the mapped fields of Account %1 with the "
                                         "values of Customer C00810")
                              .arg(account)));

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(m_demo->couplingByKey(CUSTOMER, QStringLiteral("C00810")).has_value());
    QCOMPARE(m_demo->couplingByKey(CUSTOMER, QStringLiteral("C00810"))->remoteKey, account);
    QTRY_COMPARE(m_page->count(), before + 1);
    // The local name won: the account now carries it.
    QCOMPARE(m_demo->remoteValue(QStringLiteral("accounts"), QStringLiteral("accountid"), account,
                                 QStringLiteral("name")),
             QVariant(QStringLiteral("Nordlys Shipping")));
}

void TestCouplingsPage::coupledRecordsAreMarkedAndRefused()
{
    chooseMapping(CUSTOMER);
    const std::optional<Coupling> coupled =
        m_demo->couplingByKey(CUSTOMER, QStringLiteral("C00070"));
    QVERIFY(coupled);
    CoupleDialog *dialog = openCoupleDialog();
    QVERIFY(dialog);
    auto *localRows = dialog->findChild<QTreeWidget *>(QStringLiteral("localRows"));
    auto *remoteRows = dialog->findChild<QTreeWidget *>(QStringLiteral("remoteRows"));
    search(dialog, QStringLiteral("local"), QStringLiteral("C00070"), QStringLiteral("C00070"));
    QCOMPARE(localRows->topLevelItem(0)->text(CoupleDialog::CoupledToColumn), coupled->remoteKey);
    search(dialog, QStringLiteral("remote"), QStringLiteral("Trey Research Labs"),
           accountNamed(QStringLiteral("Trey Research Labs")));
    clickRow(localRows, 0);
    clickRow(remoteRows, 0);
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("warning"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Customer C00070 is already coupled")),
             qPrintable(warning->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("ok"))->isEnabled());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(m_page->findChildren<CoupleDialog *>().isEmpty());
    QCOMPARE(m_demo->couplingByKey(CUSTOMER, QStringLiteral("C00070"))->remoteKey,
             coupled->remoteKey);
}

void TestCouplingsPage::deleteCoupling()
{
    chooseMapping(CUSTOMER);
    RecordTableView *table = m_page->table();
    QTRY_VERIFY(m_page->model()->rowCount() > 1);
    const int before = m_page->count();
    // Click a cell that is not a link: the Last Synchronized column.
    const QModelIndex index = m_page->model()->index(1, CouplingsModel::LastSynchronizedColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const QList<QVariant> ids = table->selectedIds();
    QCOMPARE(ids.size(), 1);
    const qint64 id = ids.constFirst().toLongLong();
    QVERIFY(m_demo->coupling(id));

    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("deleteCoupling")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = test::messageBox()));
    QVERIFY2(box->text().contains(QStringLiteral("Delete 1 coupling(s) of CUSTOMER?")),
             qPrintable(box->text()));
    test::clickButton(box, QMessageBox::Yes);

    QTRY_VERIFY(!m_demo->coupling(id).has_value());
    QTRY_COMPARE(m_page->count(), before - 1);
    QTRY_COMPARE(m_page->model()->rowOfId(id), -1);
}

void TestCouplingsPage::synchronizeRunsTheMapping()
{
    chooseMapping(CONTACT);
    QSignalSpy started(m_demo->session.get(), &ConsoleSession::syncStarted);
    QSignalSpy finished(m_demo->session.get(), &ConsoleSession::syncFinished);
    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("synchronize")));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toStringList(), QStringList{CONTACT});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QTRY_COMPARE(m_page->count(), storedCouplings(CONTACT));
}

void TestCouplingsPage::stateIsSavedAndRestored()
{
    chooseMapping(CONTACT);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_page->saveState(settings);
    QCOMPARE(settings.value(QStringLiteral("pages/couplings/mapping")).toString(), CONTACT);
    CouplingsPage other(m_demo->session.get());
    QCOMPARE(other.currentMapping(), QStringLiteral("CURRENCY"));
    other.restoreState(settings);
    QCOMPARE(other.currentMapping(), CONTACT);
}

// Twelve thousand couplings more than the model keeps in memory: the list
// counts them all, reads only the pages the view shows, keeps the selection by
// id across a refresh (Select All as Select All), and refuses an action on a
// selection that reaches rows not read yet rather than act on part of it.
void TestCouplingsPage::aLongListIsReadAroundTheView()
{
    constexpr int Added = 12000;
    {
        StateStore store(m_demo->workspace.resolvedStore());
        store.open();
        QList<Coupling> many;
        for (int i = 0; i < Added; ++i) {
            Coupling c;
            c.mapping = CUSTOMER;
            c.localKey = QStringLiteral("W%1").arg(i, 6, 10, QLatin1Char('0'));
            c.remoteKey = QStringLiteral("RW%1").arg(i, 6, 10, QLatin1Char('0'));
            many.append(c);
        }
        store.saveCouplings(many);
    }
    chooseMapping(CUSTOMER);
    const int total = m_page->count();
    QVERIFY(total > Added);
    CouplingsModel *model = m_page->model();
    RecordTableView *table = m_page->table();
    QTRY_COMPARE(model->rowCount(), total);
    const int pageRows = model->pageSize() * CouplingsModel::CachedPages;
    QVERIFY(total > pageRows);

    // Jump to the end: the last page is read, not the ones in between.
    const int last = total - 1;
    table->scrollToBottom();
    QTRY_VERIFY(model->isRowLoaded(last));
    QVERIFY(!model->isRowLoaded(total / 2));
    QVERIFY(model->rowsInMemory() <= 4 * model->pageSize());
    QCOMPARE(model->coupling(last).localKey,
             QStringLiteral("W%1").arg(Added - 1, 6, 10, QLatin1Char('0')));

    // The selection follows the coupling's id through a refresh.
    const QModelIndex lastCell = model->index(last, CouplingsModel::LastSynchronizedColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(lastCell).center());
    const QList<QVariant> selected = table->selectedIds();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().toLongLong(), model->coupling(last).id);
    QSignalSpy refreshed(model, &CouplingsModel::refreshed);
    emit m_demo->session->storeChanged();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(table->selectedIds(), selected);
    QCOMPARE(table->currentIndex().row(), last);

    // Select All reaches rows never read. The selection is counted from its
    // ranges, only the rows in memory are listed, and a refresh keeps every
    // line selected (they have no id to be found by).
    table->selectAll();
    QCOMPARE(table->selectedRowCount(), total);
    QCOMPARE(table->firstSelectedRow(), 0);
    const QList<int> read = table->selectedReadRows();
    QCOMPARE(int(read.size()), model->rowsInMemory());
    for (int row : read)
        QVERIFY(model->isRowLoaded(row));
    QCOMPARE(table->selectedUnreadRowCount(), total - int(read.size()));
    emit m_demo->session->storeChanged();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(table->selectedRowCount(), total);
    QVERIFY(table->selectedUnreadRowCount() > 0);

    // Delete Coupling says so and deletes nothing.
    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("deleteCoupling")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = test::messageBox(QStringLiteral("information"))));
    QVERIFY2(box->text().contains(QLatin1String("have not been read")), qPrintable(box->text()));
    QVERIFY(!test::messageBox()); // no confirmation: nothing is about to go
    test::clickButton(box, QMessageBox::Ok);
    QCOMPARE(storedCouplings(CUSTOMER), total);

    // A selection within the rows read is acted on.
    table->scrollToTop();
    QTRY_VERIFY(model->isRowLoaded(0));
    table->selectRow(0);
    const qint64 first = model->coupling(0).id;
    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("deleteCoupling")));
    QTRY_VERIFY((box = test::messageBox()));
    test::clickButton(box, QMessageBox::Yes);
    QTRY_VERIFY(!m_demo->coupling(first).has_value());
    QTRY_COMPARE(m_page->count(), total - 1);
}

QTEST_MAIN(TestCouplingsPage)
#include "tst_couplingspage.moc"
