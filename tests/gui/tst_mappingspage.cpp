// The Integration Table Mappings page, driven by clicks and keys on the demo
// workspace with a real ConsoleSession: the mapping editor saves to the
// workspace file (or shows why it cannot), and the actions reach the store.

#include "guitestsupport.h"

#include "dialogs/fieldmappingsdialog.h"
#include "dialogs/matchcouplingdialog.h"
#include "mappingsmodel.h"
#include "pages/mappingspage.h"
#include "testsupport.h"

#include "clock.h"
#include "demo/demo.h"
#include "session/consolesession.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace couplet;

namespace {

const QString CURRENCY = QStringLiteral("CURRENCY");
const QString CUSTOMER = QStringLiteral("CUSTOMER");
const QString CONTACT = QStringLiteral("CONTACT");
constexpr int syncTimeoutMs = 60000;

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Workspace loadWorkspace(const QString &path)
{
    QList<WorkspaceIssue> issues;
    Workspace w = WorkspaceFile::load(path, &issues);
    if (!issues.isEmpty())
        qWarning() << issues.constFirst().toString();
    return w;
}

// Replaces the text of a spin box by typing, as a user would.
void typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
}

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
    QDateTime mark(const QString &mapping, PassDirection direction) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.mark(mapping, direction);
    }
    int deleteCoupling(qint64 id) const
    {
        StateStore store(workspace.resolvedStore());
        store.open();
        return store.deleteCouplings({id});
    }

    QString path;
    Workspace workspace;
    std::unique_ptr<ConsoleSession> session;
};

} // namespace

class TestMappingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEveryMappingWithItsState();
    void applySavesTheDirection();
    void invalidEditShowsWhyAndSavesNothing();
    void scheduleIsValidatedAndSaved();
    void revertDropsTheEdits();
    void deleteCouplingsOfSelectedMappings();
    void runFullSynchronizationClearsAndSetsTheMarks();
    void matchBasedCouplingSavesTheFieldsAndCouples();
    void fieldMappingsShowsEveryField();
    void stateIsSavedAndRestored();

private:
    template <typename T> T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }
    int rowOf(const QString &mapping) const;
    void clickMapping(const QString &mapping, Qt::KeyboardModifiers modifiers = {});
    QString cell(const QString &mapping, int column) const;
    int storedCouplings(const QString &mapping) const;
    QDateTime storedMark(const QString &mapping, PassDirection direction) const;

    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<MappingsPage> m_page;
};

void TestMappingsPage::init()
{
    m_demo = std::make_unique<DemoSession>();
    m_page = std::make_unique<MappingsPage>(m_demo->session.get());
    m_page->resize(1300, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_page->model()->hasState());
}

void TestMappingsPage::cleanup()
{
    m_page.reset(); // before the session it uses
    m_demo.reset();
}

int TestMappingsPage::rowOf(const QString &mapping) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->mapping(row).name == mapping)
            return row;
    }
    return -1;
}

void TestMappingsPage::clickMapping(const QString &mapping, Qt::KeyboardModifiers modifiers)
{
    QTableView *table = m_page->table();
    const QModelIndex index = m_page->model()->index(rowOf(mapping), MappingsModel::NameColumn);
    QVERIFY(index.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
}

QString TestMappingsPage::cell(const QString &mapping, int column) const
{
    return m_page->model()->index(rowOf(mapping), column).data().toString();
}

int TestMappingsPage::storedCouplings(const QString &mapping) const
{
    return m_demo->countCouplings(mapping);
}

QDateTime TestMappingsPage::storedMark(const QString &mapping, PassDirection direction) const
{
    return m_demo->mark(mapping, direction);
}

void TestMappingsPage::showsEveryMappingWithItsState()
{
    QCOMPARE(m_page->title(), QStringLiteral("Integration Table Mappings"));
    QCOMPARE(m_page->pageId(), QStringLiteral("mappings"));
    QCOMPARE(m_page->count(), -1);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QCOMPARE(cell(CUSTOMER, MappingsModel::CouplingsColumn).toInt(), storedCouplings(CUSTOMER));
    QCOMPARE(cell(CUSTOMER, MappingsModel::FiltersColumn), QStringLiteral("Customer: blocked = 0"));
    QCOMPARE(cell(CUSTOMER, MappingsModel::ScheduleColumn), QStringLiteral("Manual"));
    QVERIFY(!cell(CUSTOMER, MappingsModel::MarkToRemoteColumn).isEmpty());
    // What the editor below shows is hidden in the list, so that it fits the
    // page; the counts and marks are shown.
    QTableView *table = m_page->table();
    for (int column :
         {MappingsModel::FiltersColumn, MappingsModel::DeletionPolicyColumn,
          MappingsModel::UpdateConflictPolicyColumn, MappingsModel::ConflictDetectionColumn,
          MappingsModel::OnlyCoupledColumn, MappingsModel::ScheduleColumn})
        QVERIFY2(table->isColumnHidden(column), qPrintable(QString::number(column)));
    for (int column :
         {MappingsModel::NameColumn, MappingsModel::CouplingsColumn, MappingsModel::ErrorsColumn,
          MappingsModel::MarkToRemoteColumn, MappingsModel::MarkFromRemoteColumn})
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
    int width = 0;
    for (int column = 0; column < MappingsModel::ColumnCount; ++column)
        width += table->isColumnHidden(column) ? 0 : table->columnWidth(column);
    QVERIFY2(width <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(width).arg(table->viewport()->width())));
    // The first mapping is selected and shown in the editor.
    QCOMPARE(m_page->editedMapping(), CURRENCY);
    clickMapping(CUSTOMER);
    QCOMPARE(m_page->selectedMappings(), QStringList{CUSTOMER});
    QCOMPARE(m_page->editedMapping(), CUSTOMER);
    QVERIFY(child<QLabel>(QStringLiteral("filters"))->text().contains(QStringLiteral("blocked")));
    QVERIFY(!child<QPushButton>(QStringLiteral("applyMapping"))->isEnabled());
}

void TestMappingsPage::applySavesTheDirection()
{
    clickMapping(CURRENCY);
    auto *direction = child<QComboBox>(QStringLiteral("direction"));
    auto *apply = child<QPushButton>(QStringLiteral("applyMapping"));
    QVERIFY(!apply->isEnabled());
    direction->setFocus();
    QTest::keyClick(direction, Qt::Key_Down); // Bidirectional -> To Integration Table
    QCOMPARE(direction->currentData().toInt(), int(Direction::ToRemote));
    QVERIFY(apply->isEnabled());
    QVERIFY(m_page->hasUnappliedChanges());

    QSignalSpy changed(m_demo->session.get(), &ConsoleSession::workspaceChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!child<QLabel>(QStringLiteral("validationError"))->isVisible());

    const Workspace saved = loadWorkspace(m_demo->path);
    const TableMapping *m = saved.mapping(CURRENCY);
    QVERIFY(m);
    COMPARE_ENUM(m->direction, Direction::ToRemote);
    // Fields that followed the mapping follow it still.
    for (const FieldMapping &f : m->fields)
        COMPARE_ENUM(f.direction, Direction::ToRemote);
    // The rest of the workspace is as it was.
    COMPARE_ENUM(saved.mapping(CUSTOMER)->direction, Direction::Bidirectional);
    QCOMPARE(saved.mapping(CURRENCY)->matchFields, QStringList{QStringLiteral("code")});

    // The table and the editor show the saved mapping, still selected.
    QCOMPARE(cell(CURRENCY, MappingsModel::DirectionColumn),
             QStringLiteral("To Integration Table"));
    QCOMPARE(m_page->selectedMappings(), QStringList{CURRENCY});
    QCOMPARE(direction->currentData().toInt(), int(Direction::ToRemote));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!m_page->hasUnappliedChanges());
}

void TestMappingsPage::invalidEditShowsWhyAndSavesNothing()
{
    const QByteArray before = fileContents(m_demo->path);
    clickMapping(CUSTOMER);
    auto *direction = child<QComboBox>(QStringLiteral("direction"));
    direction->setFocus();
    // CUSTOMER writes the constant statecode to the CRM only: it cannot become
    // a mapping that only synchronizes from the CRM.
    QTest::keyClick(direction, Qt::Key_Down);
    QTest::keyClick(direction, Qt::Key_Down);
    QCOMPARE(direction->currentData().toInt(), int(Direction::FromRemote));

    QSignalSpy changed(m_demo->session.get(), &ConsoleSession::workspaceChanged);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("applyMapping")), Qt::LeftButton);
    auto *error = child<QLabel>(QStringLiteral("validationError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("statecode")), qPrintable(error->text()));
    QVERIFY(error->text().startsWith(QStringLiteral("Not saved.")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(fileContents(m_demo->path), before);
    COMPARE_ENUM(m_demo->session->workspace().mapping(CUSTOMER)->direction,
                 Direction::Bidirectional);
    // The edit stays in the form for the administrator to correct.
    QCOMPARE(direction->currentData().toInt(), int(Direction::FromRemote));
    QVERIFY(m_page->hasUnappliedChanges());

    // Correcting it clears the message.
    QTest::keyClick(direction, Qt::Key_Up);
    QTest::keyClick(direction, Qt::Key_Up);
    QVERIFY(!error->isVisible());
}

void TestMappingsPage::scheduleIsValidatedAndSaved()
{
    const QByteArray before = fileContents(m_demo->path);
    clickMapping(CONTACT);
    auto *enabled = child<QCheckBox>(QStringLiteral("scheduleEnabled"));
    auto *interval = child<QSpinBox>(QStringLiteral("intervalMinutes"));
    auto *limit = child<QSpinBox>(QStringLiteral("inactivityLimitMinutes"));
    auto *apply = child<QPushButton>(QStringLiteral("applyMapping"));
    auto *error = child<QLabel>(QStringLiteral("validationError"));
    QVERIFY(!enabled->isChecked());
    QVERIFY(!interval->isEnabled());
    QTest::mouseClick(enabled, Qt::LeftButton);
    QVERIFY(enabled->isChecked());
    QVERIFY(interval->isEnabled());
    QVERIFY(limit->isEnabled());

    // A limit below the interval is refused by the workspace's rules.
    typeInto(interval, 30);
    typeInto(limit, 10);
    QCOMPARE(interval->value(), 30);
    QCOMPARE(limit->value(), 10);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Back off up to")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("at least the interval")));
    QCOMPARE(fileContents(m_demo->path), before);

    typeInto(limit, 120);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    const Schedule saved = loadWorkspace(m_demo->path).mapping(CONTACT)->schedule;
    QCOMPARE(saved.intervalMinutes, 30);
    QCOMPARE(saved.limitMinutes(), 120);
    QCOMPARE(cell(CONTACT, MappingsModel::ScheduleColumn),
             QStringLiteral("Every 30 min, backs off up to 120 min"));

    // Unchecking takes the mapping off the schedule.
    QTest::mouseClick(enabled, Qt::LeftButton);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!loadWorkspace(m_demo->path).mapping(CONTACT)->schedule.enabled());
    QCOMPARE(cell(CONTACT, MappingsModel::ScheduleColumn), QStringLiteral("Manual"));
}

void TestMappingsPage::revertDropsTheEdits()
{
    clickMapping(CUSTOMER);
    auto *deletion = child<QComboBox>(QStringLiteral("deletionPolicy"));
    auto *onlyCoupled = child<QCheckBox>(QStringLiteral("onlyCoupled"));
    deletion->setFocus();
    QTest::keyClick(deletion, Qt::Key_Down);
    QTest::mouseClick(onlyCoupled, Qt::LeftButton);
    QVERIFY(m_page->hasUnappliedChanges());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("revertMapping")), Qt::LeftButton);
    QVERIFY(!m_page->hasUnappliedChanges());
    QCOMPARE(deletion->currentData().toInt(), int(DeletionPolicy::None));
    QVERIFY(!onlyCoupled->isChecked());

    // Unapplied edits do not follow the selection to another mapping.
    QTest::mouseClick(onlyCoupled, Qt::LeftButton);
    clickMapping(CONTACT);
    QCOMPARE(m_page->editedMapping(), CONTACT);
    QVERIFY(!onlyCoupled->isChecked());
    QVERIFY(!loadWorkspace(m_demo->path).mapping(CUSTOMER)->onlyCoupled);
}

void TestMappingsPage::deleteCouplingsOfSelectedMappings()
{
    const int customers = storedCouplings(CUSTOMER);
    const int contacts = storedCouplings(CONTACT);
    const int currencies = storedCouplings(CURRENCY);
    QVERIFY(customers > 0);
    QVERIFY(contacts > 0);
    clickMapping(CUSTOMER);
    clickMapping(CONTACT, Qt::ControlModifier);
    QCOMPARE(m_page->selectedMappings(), (QStringList{CUSTOMER, CONTACT}));

    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("deleteCouplings")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = test::messageBox()));
    const QString expected =
        QStringLiteral("Delete all %1 coupling(s) of CUSTOMER, CONTACT?").arg(customers + contacts);
    QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
    // Destructive: No is the default.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    test::clickButton(box, QMessageBox::Yes);

    QTRY_COMPARE(storedCouplings(CUSTOMER), 0);
    QCOMPARE(storedCouplings(CONTACT), 0);
    QCOMPARE(storedCouplings(CURRENCY), currencies);
    QTRY_COMPARE(cell(CUSTOMER, MappingsModel::CouplingsColumn), QStringLiteral("0"));
    QTRY_COMPARE(cell(CONTACT, MappingsModel::CouplingsColumn), QStringLiteral("0"));
    QCOMPARE(m_page->selectedMappings(), (QStringList{CUSTOMER, CONTACT}));
}

void TestMappingsPage::runFullSynchronizationClearsAndSetsTheMarks()
{
    QVERIFY(storedMark(CONTACT, PassDirection::LocalToRemote).isValid());
    QVERIFY(storedMark(CONTACT, PassDirection::RemoteToLocal).isValid());
    clickMapping(CONTACT);

    // When the sync starts, the marks are gone: every record is read.
    QList<QDateTime> marksAtStart;
    QStringList started;
    connect(m_demo->session.get(), &ConsoleSession::syncStarted, this,
            [&](const QStringList &mappings) {
                started = mappings;
                marksAtStart = {storedMark(CONTACT, PassDirection::LocalToRemote),
                                storedMark(CONTACT, PassDirection::RemoteToLocal)};
            });
    QSignalSpy finished(m_demo->session.get(), &ConsoleSession::syncFinished);

    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("runFullSync")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = test::messageBox()));
    QVERIFY(box->text().contains(CONTACT));
    test::clickButton(box, QMessageBox::Yes);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, syncTimeoutMs);
    QCOMPARE(started, QStringList{CONTACT});
    QCOMPARE(marksAtStart.size(), 2);
    QVERIFY(!marksAtStart.at(0).isValid());
    QVERIFY(!marksAtStart.at(1).isValid());
    const auto jobs = finished.constFirst().constFirst().value<QList<SyncJob>>();
    QVERIFY(!jobs.isEmpty());
    QVERIFY(storedMark(CONTACT, PassDirection::LocalToRemote).isValid());
    QVERIFY(storedMark(CONTACT, PassDirection::RemoteToLocal).isValid());
    QTRY_VERIFY(m_page->model()
                    ->index(rowOf(CONTACT), MappingsModel::MarkToRemoteColumn)
                    .data(MappingsModel::SortRole)
                    .toDateTime()
                    .isValid());
    QTRY_VERIFY(!cell(CONTACT, MappingsModel::MarkFromRemoteColumn).isEmpty());
}

void TestMappingsPage::matchBasedCouplingSavesTheFieldsAndCouples()
{
    // Uncouple one untouched customer: matching must find its account again.
    const QString customer = QStringLiteral("C00070");
    const std::optional<Coupling> before = m_demo->couplingByKey(CUSTOMER, customer);
    QVERIFY(before);
    QCOMPARE(m_demo->deleteCoupling(before->id), 1);
    clickMapping(CUSTOMER);
    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("matchBasedCoupling")));
    MatchCouplingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<MatchCouplingDialog *>()) && dialog->isVisible());
    QTableWidget *fields = dialog->table();
    QCOMPARE(fields->objectName(), QStringLiteral("matchFields"));
    // The compared fields only: not the constant statecode.
    QCOMPARE(fields->rowCount(), 6);
    QVERIFY(dialog->matchFields().isEmpty());
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QString local = fields->item(row, 0)->text();
        if (local == QLatin1String("name") || local == QLatin1String("email")) {
            QTest::mouseClick(fields->viewport(), Qt::LeftButton, {},
                              fields->visualItemRect(fields->item(row, 1)).center());
        }
    }
    QCOMPARE(dialog->matchFields(), (QStringList{QStringLiteral("name"), QStringLiteral("email")}));
    QSignalSpy finished(m_demo->session.get(), &ConsoleSession::syncFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);

    QCOMPARE(loadWorkspace(m_demo->path).mapping(CUSTOMER)->matchFields,
             (QStringList{QStringLiteral("name"), QStringLiteral("email")}));
    QCOMPARE(m_demo->session->workspace().mapping(CUSTOMER)->matchFields,
             (QStringList{QStringLiteral("name"), QStringLiteral("email")}));

    // Offered next: a full synchronization, which couples the customer again.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = test::messageBox()));
    QVERIFY2(box->text().contains(QStringLiteral("name, email")), qPrintable(box->text()));
    test::clickButton(box, QMessageBox::Yes);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, syncTimeoutMs);
    const std::optional<Coupling> after = m_demo->couplingByKey(CUSTOMER, customer);
    QVERIFY(after);
    QCOMPARE(after->remoteKey, before->remoteKey);
    QCOMPARE(child<QLabel>(QStringLiteral("matchFields"))->text(), QStringLiteral("name, email"));
}

void TestMappingsPage::fieldMappingsShowsEveryField()
{
    clickMapping(CUSTOMER);
    QVERIFY(test::clickAction(m_page.get(), QStringLiteral("fieldMappings")));
    FieldMappingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<FieldMappingsDialog *>()) && dialog->isVisible());
    QTableWidget *table = dialog->table();
    const TableMapping *m = m_demo->session->workspace().mapping(CUSTOMER);
    QCOMPARE(table->rowCount(), int(m->fields.size()));
    bool sawLookup = false;
    bool sawConstant = false;
    bool sawValueMap = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [&](int column) { return table->item(row, column)->text(); };
        if (text(FieldMappingsDialog::LocalColumn) == QLatin1String("currency_code")) {
            QCOMPARE(text(FieldMappingsDialog::LookupColumn), CURRENCY);
            QCOMPARE(text(FieldMappingsDialog::ClearOnFailedLookupColumn), QStringLiteral("No"));
            sawLookup = true;
        }
        if (text(FieldMappingsDialog::RemoteColumn) == QLatin1String("statecode")) {
            QCOMPARE(text(FieldMappingsDialog::ConstantColumn), QStringLiteral("0"));
            QCOMPARE(text(FieldMappingsDialog::DirectionColumn),
                     QStringLiteral("To Integration Table"));
            sawConstant = true;
        }
        if (text(FieldMappingsDialog::LocalColumn) == QLatin1String("type")) {
            QCOMPARE(text(FieldMappingsDialog::ValueMapColumn),
                     QStringLiteral("customer \u2192 3, prospect \u2192 8"));
            sawValueMap = true;
        }
    }
    QVERIFY(sawLookup && sawConstant && sawValueMap);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(m_page->findChild<FieldMappingsDialog *>() == nullptr);
}

void TestMappingsPage::stateIsSavedAndRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_page->table()->setColumnWidth(MappingsModel::NameColumn, 177);
    m_page->saveState(settings);
    QVERIFY(settings.contains(QStringLiteral("pages/mappings/table/header")));
    QVERIFY(settings.contains(QStringLiteral("pages/mappings/splitter")));
    MappingsPage other(m_demo->session.get());
    other.restoreState(settings);
    QCOMPARE(other.table()->columnWidth(MappingsModel::NameColumn), 177);
}

QTEST_MAIN(TestMappingsPage)
#include "tst_mappingspage.moc"
