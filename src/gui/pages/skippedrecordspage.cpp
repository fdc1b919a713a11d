#include "skippedrecordspage.h"

#include "session/consolesession.h"
#include "skippedrecordsmodel.h"
#include "storereader.h"
#include "widgets/comparisonview.h"
#include "widgets/mappingfilterbar.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QHeaderView>
#include <QStyle>
#include <QToolBar>

#include <memory>

namespace couplet {

SkippedRecordsPage::SkippedRecordsPage(ConsoleSession *session, QWidget *parent)
    : CouplingListPage(session, parent)
    , m_comparison(new ComparisonView(session, this))
{
    const Workspace &w = session->workspace();
    setObjectName(QStringLiteral("skippedPage"));
    m_comparison->setObjectName(QStringLiteral("comparison"));

    auto *keepLocal = new QAction(tr("Keep Local"), this);
    keepLocal->setObjectName(QStringLiteral("keepLocal"));
    keepLocal->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    keepLocal->setToolTip(tr("Write the %1 values of the selected lines to %2 and stop "
                             "skipping them")
                              .arg(w.systemName(Side::Local), w.systemName(Side::Remote)));
    connect(keepLocal, &QAction::triggered, this, [this] { keep(Resolution::KeepLocal); });

    auto *keepRemote = new QAction(tr("Keep Remote"), this);
    keepRemote->setObjectName(QStringLiteral("keepRemote"));
    keepRemote->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    keepRemote->setToolTip(tr("Write the %1 values of the selected lines to %2 and stop "
                              "skipping them")
                               .arg(w.systemName(Side::Remote), w.systemName(Side::Local)));
    connect(keepRemote, &QAction::triggered, this, [this] { keep(Resolution::KeepRemote); });

    auto *merge = new QAction(tr("Apply Field Choices"), this);
    merge->setObjectName(QStringLiteral("applyFieldChoices"));
    merge->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    merge->setToolTip(tr("Merge: for each field, write the value of the side chosen in the Keep "
                         "column below to both systems"));
    connect(merge, &QAction::triggered, this, &SkippedRecordsPage::applyFieldChoices);

    auto *retryAll = new QAction(tr("Retry All"), this);
    retryAll->setObjectName(QStringLiteral("retryAll"));
    retryAll->setToolTip(tr("Take every skipped record of the chosen mapping (or of all) out of "
                            "this list; the next synchronization tries them again"));
    connect(retryAll, &QAction::triggered, this, &SkippedRecordsPage::retryAll);

    QToolBar *bar = createToolBar();
    bar->setObjectName(QStringLiteral("toolBar"));
    bar->addAction(keepLocal);
    bar->addAction(keepRemote);
    bar->addAction(merge);
    bar->addSeparator();
    bar->addAction(synchronizeAction());
    bar->addSeparator();
    bar->addAction(retryAction());
    bar->addAction(retryAll);
    bar->addSeparator();
    bar->addAction(deleteCouplingAction());

    auto *model = new SkippedRecordsModel(session->reader(), w.mappings, 200, this);
    setUpList(bar, model, m_comparison, 60);
    table()->addActions(
        {keepLocal, keepRemote, merge, synchronizeAction(), retryAction(), deleteCouplingAction()});
    table()->setColumnWidth(SkippedRecordsModel::MappingColumn, 110);
    table()->setColumnWidth(SkippedRecordsModel::LocalColumn, 150);
    table()->setColumnWidth(SkippedRecordsModel::RemoteColumn, 200);
    table()->setColumnWidth(SkippedRecordsModel::ReasonColumn, 130);
    table()->setColumnWidth(SkippedRecordsModel::LastSynchronizedColumn, 150);

    for (QAction *action : {keepLocal, keepRemote, merge})
        trackAction(action, true);
    trackAction(retryAll, false);

    connect(session->reader(), &StoreReader::countReady, this, [this](quint64 id, int count) {
        if (id != m_countRequest)
            return;
        m_countRequest = 0;
        confirmRetryAll(m_countMapping, count);
    });
    connect(session->reader(), &StoreReader::failed, this,
            [this](quint64 id, const QString &message) {
                if (id != m_countRequest)
                    return;
                m_countRequest = 0;
                emit statusMessage(message);
            });
}

QString SkippedRecordsPage::title() const
{
    return tr("Skipped Synch. Records");
}

void SkippedRecordsPage::selectionChanged()
{
    // Only the lines read so far can be compared; the count says how many are
    // selected.
    m_comparison->setCouplings(idsOf(selectedCouplings()), table()->selectedRowCount());
}

void SkippedRecordsPage::keep(Resolution resolution)
{
    const QList<Coupling> lines = couplingsToActOn();
    if (lines.isEmpty())
        return;
    const Side kept = resolution == Resolution::KeepLocal ? Side::Local : Side::Remote;
    const Workspace &w = session()->workspace();
    const QString keptName = w.systemName(kept);
    auto go = [this, ids = idsOf(lines), resolution, keptName] {
        Operation op;
        op.kind = Operation::Kind::ResolveSkipped;
        op.couplingIds = ids;
        op.resolution = resolution;
        run(op, [keptName](const OperationResult &r) {
            return tr("Kept the %1 values of %n record(s).", nullptr, r.done).arg(keptName);
        });
    };
    // Keeping the side whose row was deleted keeps the deletion: the row left
    // on the other side is deleted too.
    int deleting = 0;
    for (const Coupling &c : lines) {
        const bool keptGone = kept == Side::Local ? c.localDeleted : c.remoteDeleted;
        const bool otherGone = kept == Side::Local ? c.remoteDeleted : c.localDeleted;
        deleting += keptGone && !otherGone ? 1 : 0;
    }
    if (deleting == 0) {
        go();
        return;
    }
    confirm(tr("Keep the Deletion"),
            tr("The %1 row of %n selected line(s) was deleted. Keeping the %1 side deletes the "
               "row left in %2 as well. This cannot be undone. Continue?",
               nullptr, deleting)
                .arg(keptName, w.systemName(otherSide(kept))),
            go);
}

void SkippedRecordsPage::applyFieldChoices()
{
    const QList<Coupling> lines = couplingsToActOn();
    // Couplings with the same mapping and the same choices go in one operation.
    struct Group
    {
        QString mapping;
        QHash<QString, Side> choices;
        QList<qint64> ids;
    };
    QList<Group> groups;
    int deleted = 0;
    for (const Coupling &c : lines) {
        if (c.localDeleted || c.remoteDeleted) {
            ++deleted;
            continue;
        }
        const QHash<QString, Side> choices = m_comparison->fieldChoices(c.id);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.mapping == c.mapping && g.choices == choices;
        });
        if (group == groups.end())
            groups.append(Group{c.mapping, choices, {c.id}});
        else
            group->ids.append(c.id);
    }
    if (groups.isEmpty()) {
        if (deleted > 0) {
            inform(QMessageBox::Information, tr("Apply Field Choices"),
                   tr("A deleted row cannot be merged field by field. Use Keep Local or Keep "
                      "Remote for these lines."));
        }
        return;
    }
    QList<Operation> operations;
    for (const Group &g : std::as_const(groups)) {
        Operation op;
        op.kind = Operation::Kind::ResolveSkipped;
        op.couplingIds = g.ids;
        op.resolution = Resolution::Merge;
        op.fieldChoices = g.choices;
        operations.append(op);
    }
    runAll(operations, [deleted](const OperationResult &r) {
        QString text = tr("Merged %n record(s) field by field.", nullptr, r.done);
        if (deleted > 0) {
            text += QLatin1Char(' ') +
                    tr("%n line(s) with a deleted row were left alone.", nullptr, deleted);
        }
        return text;
    });
}

void SkippedRecordsPage::runAll(const QList<Operation> &operations,
                                const std::function<QString(const OperationResult &)> &what)
{
    struct Batch
    {
        OperationResult total;
        qsizetype pending = 0;
        QString failure;
        QString detail;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = operations.size();
    auto finish = [this, batch, what] {
        if (--batch->pending > 0)
            return;
        if (!batch->failure.isEmpty()) {
            emit statusMessage(batch->failure);
            inform(QMessageBox::Critical, tr("The operation failed"), batch->failure,
                   batch->detail);
            return;
        }
        emit statusMessage(what(batch->total));
        if (batch->total.failed > 0) {
            inform(QMessageBox::Warning, tr("Some lines failed"),
                   tr("%n line(s) could not be processed. Each one is logged on the "
                      "Integration Synchronization Errors page.",
                      nullptr, batch->total.failed),
                   batch->total.messages.join(QLatin1Char('\n')));
        }
    };
    for (const Operation &op : operations) {
        session()->perform(
            op, this,
            [batch, finish](const OperationResult &r) {
                batch->total.done += r.done;
                batch->total.failed += r.failed;
                batch->total.messages.append(r.messages);
                finish();
            },
            [batch, finish](const QString &message, const QString &detail) {
                if (batch->failure.isEmpty()) {
                    batch->failure = message;
                    batch->detail = detail;
                }
                finish();
            });
    }
}

void SkippedRecordsPage::retryAll()
{
    if (m_countRequest != 0)
        return;
    // The search text narrows the list, not Retry All: count the mapping's lines.
    CouplingQuery query;
    query.kind = CouplingQuery::Kind::Skipped;
    query.mapping = filterBar()->mapping();
    m_countMapping = query.mapping;
    m_countRequest = session()->reader()->newRequestId();
    session()->reader()->requestCouplingCount(m_countRequest, query);
}

void SkippedRecordsPage::confirmRetryAll(const QString &mapping, int count)
{
    if (count <= 0) {
        emit statusMessage(tr("There are no skipped records to retry."));
        return;
    }
    const QString text =
        mapping.isEmpty()
            ? tr("Retry all %n skipped record(s) of every mapping? They leave this list and the "
                 "next synchronization tries them again; a conflict that is still there is "
                 "skipped again.",
                 nullptr, count)
            : tr("Retry all %n skipped record(s) of %1? They leave this list and the next "
                 "synchronization tries them again; a conflict that is still there is skipped "
                 "again.",
                 nullptr, count)
                  .arg(mapping);
    confirm(
        tr("Retry All"), text,
        [this, mapping] {
            Operation op;
            op.kind = Operation::Kind::RetryAll;
            op.mappings = mapping.isEmpty() ? allMappings() : QStringList{mapping};
            run(op, [](const OperationResult &r) {
                return tr("%n skipped record(s) will be tried again by the next "
                          "synchronization.",
                          nullptr, r.done);
            });
        },
        false);
}

} // namespace couplet
