// Links to rows: the delegate that paints Source/Destination cells as links and
// activates them by click or key, and the record view it opens, read from a
// real workspace (two SQLite databases synced by the engine) in the background.

#include "delegates/recordlinkdelegate.h"
#include "dialogs/recordviewdialog.h"
#include "enginefixture.h"
#include "error.h"
#include "pagedtablemodel.h"
#include "session/consolesession.h"
#include "testsupport.h"

#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>

#include <memory>

using namespace couplet;
using couplet::test::EngineFixture;

namespace {

const QString CUSTOMER = QStringLiteral("CUSTOMER");

// A QTableView that hands out the option it gives its delegate, so the test
// hit-tests exactly what the view paints.
class TableView final : public QTableView
{
public:
    QStyleOptionViewItem option(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        return option;
    }
};

QStandardItem *linkItem(const RecordRef &ref, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(QVariant::fromValue(ref), PagedTableModel::RecordRole);
    item->setData(CUSTOMER, PagedTableModel::MappingRole);
    return item;
}

QVariantMap customerValues(const QString &name, const QString &currency = QStringLiteral("EUR"))
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), name.toLower() + QStringLiteral("@example.com")},
            {QStringLiteral("city"), QStringLiteral("Lyon")},
            {QStringLiteral("type"), QStringLiteral("customer")},
            {QStringLiteral("currency_code"), currency}};
}

// The value of field `name` in the record view's fields table, or a null string.
QString fieldValue(const QTableWidget *fields, const QString &name)
{
    for (int row = 0; row < fields->rowCount(); ++row) {
        if (fields->item(row, 0) && fields->item(row, 0)->text() == name)
            return fields->item(row, 1)->text();
    }
    return {};
}

} // namespace

class TestRecordLink : public QObject
{
    Q_OBJECT

private:
    // The delegate's view: column 0 plain text, column 1 a link (row 0), a
    // half-coupled row without a key (row 1), and a remote link (row 2).
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<TableView> m_view;
    RecordLinkDelegate *m_delegate = nullptr;
    const RecordRef m_local{Side::Local, QStringLiteral("customer"), QStringLiteral("C00010")};
    const RecordRef m_remote{Side::Remote, QStringLiteral("accounts"),
                             QStringLiteral("6f0c2a4e-0000-4000-8000-000000000001")};

    // The record view's workspace.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ConsoleSession> m_session;

    QModelIndex link() const { return m_model->index(0, 1); }
    QModelIndex plain() const { return m_model->index(0, 0); }
    QRect linkRect(const QModelIndex &index) const
    {
        return m_delegate->linkRect(m_view->option(index), index);
    }

    std::unique_ptr<RecordViewDialog> openView(const RecordRef &ref,
                                               const QString &mapping = CUSTOMER)
    {
        auto dialog = std::make_unique<RecordViewDialog>(m_session.get(), mapping, ref);
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 2);
        m_model->appendRow({new QStandardItem(QStringLiteral("Plain text")),
                            linkItem(m_local, QStringLiteral("customer C00010"))});
        m_model->appendRow({new QStandardItem(QStringLiteral("Half coupled")),
                            linkItem(RecordRef{Side::Remote, QStringLiteral("accounts"), {}},
                                     QStringLiteral("(not created)"))});
        m_model->appendRow({new QStandardItem(QStringLiteral("Remote")),
                            linkItem(m_remote, QStringLiteral("accounts 6f0c…"))});
        m_view = std::make_unique<TableView>();
        m_view->setModel(m_model.get());
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // as the lists are
        m_view->setColumnWidth(0, 200);
        m_view->setColumnWidth(1, 320);
        m_view->resize(600, 200);
        m_delegate = RecordLinkDelegate::attach(m_view.get());
        m_delegate->setSystemNames(QStringLiteral("ERP"), QStringLiteral("CRM"));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->itemDelegate(), m_delegate);
        QVERIFY(m_view->hasMouseTracking());
    }

    void linkRectIsTheTextOnly()
    {
        QVERIFY(RecordLinkDelegate::isLink(link()));
        QVERIFY(!RecordLinkDelegate::isLink(plain()));
        QVERIFY(!RecordLinkDelegate::isLink(m_model->index(1, 1))); // no key: no link
        const QRect cell = m_view->visualRect(link());
        const QRect rect = linkRect(link());
        QVERIFY(!rect.isEmpty());
        QVERIFY(cell.contains(rect));
        QVERIFY(rect.width() < cell.width() / 2);
        QVERIFY(linkRect(plain()).isEmpty());
    }

    void clickOnLinkActivates()
    {
        QSignalSpy spy(m_delegate, &RecordLinkDelegate::linkActivated);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, linkRect(link()).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), CUSTOMER);
        QCOMPARE(spy.at(0).at(1).value<RecordRef>(), m_local);
        // The click also made the row current, as any click does.
        QCOMPARE(m_view->currentIndex(), link());

        const QModelIndex remote = m_model->index(2, 1);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, linkRect(remote).center());
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(1).value<RecordRef>(), m_remote);
    }

    void clickBesideTheTextDoesNot()
    {
        QSignalSpy spy(m_delegate, &RecordLinkDelegate::linkActivated);
        const QRect cell = m_view->visualRect(link());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(cell.right() - 10, cell.center().y()));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->visualRect(plain()).center());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          m_view->visualRect(m_model->index(1, 1)).center());
        // Another button on the link is not a click on it.
        QTest::mouseClick(m_view->viewport(), Qt::RightButton, {}, linkRect(link()).center());
        QCOMPARE(spy.size(), 0);
        // Pressed on the link but released elsewhere: no activation.
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, linkRect(link()).center());
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            QPoint(cell.right() - 10, cell.center().y()));
        QCOMPARE(spy.size(), 0);
    }

    void keyboardActivatesTheCurrentLink()
    {
        QSignalSpy spy(m_delegate, &RecordLinkDelegate::linkActivated);
        m_view->setCurrentIndex(link());
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).value<RecordRef>(), m_local);
        QTest::keyClick(m_view.get(), Qt::Key_Enter, Qt::KeypadModifier);
        QTest::keyClick(m_view.get(), Qt::Key_Space);
        QCOMPARE(spy.size(), 3);

        // Not on a link: the keys keep their usual meaning.
        m_view->setCurrentIndex(plain());
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QTest::keyClick(m_view.get(), Qt::Key_Space);
        QCOMPARE(spy.size(), 3);
        // The arrows still move between cells, and onto a link.
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->currentIndex(), link());
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(spy.size(), 4);
    }

    void cursorIsAPointingHandOverALink()
    {
        QWidget *viewport = m_view->viewport();
        QTest::mouseMove(viewport, linkRect(link()).center());
        QCOMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);

        // Beside the text of the same cell, over a normal cell: the usual cursor.
        const QRect cell = m_view->visualRect(link());
        QTest::mouseMove(viewport, QPoint(cell.right() - 10, cell.center().y()));
        QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
        QTest::mouseMove(viewport, linkRect(link()).center());
        QCOMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseMove(viewport, m_view->visualRect(plain()).center());
        QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);

        // Leaving the view takes it back too.
        QTest::mouseMove(viewport, linkRect(link()).center());
        QCOMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(viewport, &leave);
        QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(!viewport->testAttribute(Qt::WA_SetCursor));
    }

    void linkPaintsInTheLinkColour()
    {
        m_view->clearSelection();
        m_view->setCurrentIndex(plain());
        // Moves to the same place are dropped: come from elsewhere to underline it.
        QTest::mouseMove(m_view->viewport(), m_view->visualRect(plain()).center());
        QTest::mouseMove(m_view->viewport(), linkRect(link()).center());
        const QColor linkColour = m_view->palette().color(QPalette::Link);
        auto countLinkPixels = [&](const QRect &rect) {
            const QImage image = m_view->viewport()->grab().toImage();
            int count = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x)
                    count += QColor(image.pixel(x, y)).rgb() == linkColour.rgb() ? 1 : 0;
            }
            return count;
        };
        // The underline alone is a solid line in the link colour.
        QTRY_VERIFY(countLinkPixels(linkRect(link())) >= linkRect(link()).width() / 2);
        QCOMPARE(countLinkPixels(m_view->visualRect(plain())), 0);
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(m_view->viewport(), &leave);
    }

    void toolTipGivesTheFullReference()
    {
        const QString tip = m_delegate->toolTip(m_model->index(2, 1));
        QVERIFY2(tip.startsWith(QStringLiteral("CRM · accounts · 6f0c2a4e-0000-4000-8000-"
                                               "000000000001")),
                 qPrintable(tip));
        QVERIFY(m_delegate->toolTip(link()).startsWith(QStringLiteral("ERP · customer · C00010")));
        QVERIFY(m_delegate->toolTip(plain()).isEmpty());

        // Through the view, as a hovering mouse asks for it.
        const QPoint at = linkRect(link()).center();
        QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), m_delegate->toolTip(link()));
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // --- The record view, on a workspace synced by the engine. ---

    void seedWorkspace()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        try {
            f = std::make_unique<EngineFixture>(QStringLiteral("sqlite"), m_dir->path());
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
        }
        f->workspace.remote.recordUrl = QStringLiteral("https://crm.example.test/{table}/{key}");
        f->upsert(Side::Local, QStringLiteral("currency"), QStringLiteral("code"),
                  QStringLiteral("EUR"), {{QStringLiteral("rate"), 1.0}});
        f->localCustomer(QStringLiteral("C1"), customerValues(QStringLiteral("Alpha")));
        f->localCustomer(QStringLiteral("C2"), customerValues(QStringLiteral("Beta")));
        // No such currency: the lookup fails, an error is logged for BAD1.
        f->localCustomer(QStringLiteral("BAD1"),
                         customerValues(QStringLiteral("Bad"), QStringLiteral("XXX")));
        f->sync();
        QVERIFY(!f->remoteKeyOf(CUSTOMER, QStringLiteral("C1")).isEmpty());
        QVERIFY(!f->remoteKeyOf(CUSTOMER, QStringLiteral("C2")).isEmpty());
        // After the sync: CRM edits C1's account and loses C2's.
        f->remoteAccount(f->remoteKeyOf(CUSTOMER, QStringLiteral("C1")),
                         {{QStringLiteral("name"), QStringLiteral("Alpha (edited in CRM)")},
                          {QStringLiteral("address1_city"), QVariant()}});
        f->remove(Side::Remote, QStringLiteral("accounts"), QStringLiteral("accountid"),
                  f->remoteKeyOf(CUSTOMER, QStringLiteral("C2")));
        m_session =
            std::make_unique<ConsoleSession>(f->workspace, QHash<QString, QString>(), &f->clock);
    }

    void recordViewShowsTheRowAsItIsNow()
    {
        QVERIFY(m_session);
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        const RecordRef ref{Side::Remote, QStringLiteral("accounts"), a1};
        auto dialog = openView(ref);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("accounts %1 — CRM").arg(a1));
        QVERIFY(dialog->isLoading());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status->text().contains(QStringLiteral("CRM")));

        auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("fields"));
        QVERIFY(fields);
        QTRY_VERIFY(!dialog->isLoading());
        QVERIFY2(fields->isVisible(), qPrintable(status->text()));
        // The value in CRM now, not the one synced.
        QCOMPARE(fieldValue(fields, QStringLiteral("name")),
                 QStringLiteral("Alpha (edited in CRM)"));
        QCOMPARE(fieldValue(fields, QStringLiteral("accountid")), a1);
        // A null is an em dash.
        QCOMPARE(fieldValue(fields, QStringLiteral("address1_city")), QStringLiteral("\u2014"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("modifiedOn"))->text() !=
                QStringLiteral("\u2014"));

        // The coupling: the ERP row as a link, the last results.
        auto *coupledWith = dialog->findChild<QLabel *>(QStringLiteral("coupledWith"));
        QVERIFY(coupledWith->isVisible());
        QVERIFY2(coupledWith->text().contains(QStringLiteral("customer C1")),
                 qPrintable(coupledWith->text()));
        QVERIFY(coupledWith->text().contains(QStringLiteral("ERP")));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("lastResultToRemote"))->text(),
                 QStringLiteral("Success"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("skipped"))->text(),
                 QStringLiteral("No"));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("lastSynchronized"))->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noErrors"))->isVisible());

        // The remote row has an address in the browser.
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openInBrowser"))->isVisible());

        // Clicking the coupled row asks for its record view.
        QSignalSpy spy(dialog.get(), &RecordViewDialog::linkActivated);
        QTest::mouseClick(coupledWith, Qt::LeftButton, {}, QPoint(4, coupledWith->height() / 2));
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), CUSTOMER);
        QCOMPARE(spy.at(0).at(1).value<RecordRef>(),
                 (RecordRef{Side::Local, QStringLiteral("customer"), QStringLiteral("C1")}));
    }

    void refreshReadsAgain()
    {
        const QString a1 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C1"));
        auto dialog = openView({Side::Remote, QStringLiteral("accounts"), a1});
        auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("fields"));
        QTRY_COMPARE(fieldValue(fields, QStringLiteral("name")),
                     QStringLiteral("Alpha (edited in CRM)"));
        f->remoteAccount(a1, {{QStringLiteral("name"), QStringLiteral("Alpha again")}});
        auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("refresh"));
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(dialog->isLoading());
        QVERIFY(!refresh->isEnabled());
        QTRY_COMPARE(fieldValue(fields, QStringLiteral("name")), QStringLiteral("Alpha again"));
        QVERIFY(refresh->isEnabled());
    }

    void localRowWithErrors()
    {
        auto dialog = openView({Side::Local, QStringLiteral("customer"), QStringLiteral("BAD1")});
        QCOMPARE(dialog->windowTitle(), QStringLiteral("customer BAD1 — ERP"));
        auto *errors = dialog->findChild<QTreeWidget *>(QStringLiteral("errors"));
        QTRY_VERIFY(!dialog->isLoading());
        QVERIFY(errors->isVisible());
        QVERIFY(errors->topLevelItemCount() >= 1);
        QVERIFY(!errors->topLevelItem(0)->text(0).isEmpty()); // date/time
        QVERIFY(!errors->topLevelItem(0)->text(1).isEmpty()); // message
        QCOMPARE(fieldValue(dialog->findChild<QTableWidget *>(QStringLiteral("fields")),
                            QStringLiteral("currency_code")),
                 QStringLiteral("XXX"));
        // No browser for the local side.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openInBrowser"))->isVisible());
    }

    void missingRowSaysSo()
    {
        const QString a2 = f->remoteKeyOf(CUSTOMER, QStringLiteral("C2"));
        auto dialog = openView({Side::Remote, QStringLiteral("accounts"), a2});
        QTRY_VERIFY(!dialog->isLoading());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
        QCOMPARE(status->text(), QStringLiteral("This row no longer exists in CRM."));
        QVERIFY(!dialog->findChild<QTableWidget *>(QStringLiteral("fields"))->isVisible());
        // The coupling still tells which ERP row it belonged to.
        auto *coupledWith = dialog->findChild<QLabel *>(QStringLiteral("coupledWith"));
        QVERIFY(coupledWith->isVisible());
        QVERIFY(coupledWith->text().contains(QStringLiteral("customer C2")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openInBrowser"))->isVisible());
    }

    void failureIsShownWithDetails()
    {
        auto dialog = openView({Side::Local, QStringLiteral("customer"), QStringLiteral("C1")},
                               QStringLiteral("NO_SUCH_MAPPING"));
        QTRY_VERIFY(!dialog->isLoading());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().startsWith(QStringLiteral("The row could not be read")),
                 qPrintable(status->text()));
        QVERIFY(!dialog->findChild<QTableWidget *>(QStringLiteral("fields"))->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("refresh"))->isEnabled());

        // A system that cannot be opened: the driver's words go under Details.
        Workspace broken = f->workspace;
        broken.local.database = m_dir->filePath(QStringLiteral("no/such/folder/erp.db"));
        ConsoleSession session(broken, {}, &f->clock);
        RecordViewDialog view(&session, CUSTOMER,
                              {Side::Local, QStringLiteral("customer"), QStringLiteral("C1")});
        view.show();
        QTRY_VERIFY(!view.isLoading());
        status = view.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().startsWith(QStringLiteral("The row could not be read")),
                 qPrintable(status->text()));
        auto *details = view.findChild<QToolButton *>(QStringLiteral("details"));
        auto *detailText = view.findChild<QPlainTextEdit *>(QStringLiteral("detailText"));
        QVERIFY(details->isVisible());
        QVERIFY(!detailText->isVisible());
        QVERIFY(!detailText->toPlainText().isEmpty());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(detailText->isVisible());
    }

    // A record view still waiting when the workspace's settings change (a
    // password entered, Apply): the workers restart without its read, and it
    // says so instead of loading for ever.
    void recordViewHearsOfARestart()
    {
        ConsoleSession session(f->workspace, {}, &f->clock);
        RecordViewDialog view(&session, CUSTOMER,
                              {Side::Local, QStringLiteral("customer"), QStringLiteral("C1")});
        view.show();
        QVERIFY(view.isLoading());
        // No event has run: the read is still unanswered here.
        QCOMPARE(session.setSecret(QStringLiteral("remote"), QStringLiteral("not-used")),
                 QString());
        QTRY_VERIFY(!view.isLoading());
        auto *status = view.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().contains(QStringLiteral("Cancelled because the workspace's "
                                                        "settings changed")),
                 qPrintable(status->text()));
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("refresh"))->isEnabled());
        // Refresh reads it through the new workers.
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("refresh")), Qt::LeftButton);
        QTRY_VERIFY(!view.isLoading());
        QVERIFY2(view.findChild<QTableWidget *>(QStringLiteral("fields"))->isVisible(),
                 qPrintable(status->text()));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        f.reset();
        m_view.reset();
    }
};

QTEST_MAIN(TestRecordLink)
#include "tst_recordlink.moc"
