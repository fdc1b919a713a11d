#include "jobspage.h"

#include "jobsmodel.h"
#include "session/consolesession.h"
#include "storereader.h"
#include "widgets/recordtableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

namespace {

QString deletedJobs(const OperationResult &r)
{
    return JobsPage::tr("Deleted %n job entry(ies).", nullptr, r.done);
}

} // namespace

JobsPage::JobsPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_model(new JobsModel(session->reader(), 200, this))
    , m_table(new RecordTableView(this))
    , m_mappingFilter(new QComboBox(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    QToolBar *bar = createToolBar();
    QAction *showErrors = bar->addAction(tr("Show Errors"), this, &JobsPage::showErrorsOfCurrent);
    showErrors->setObjectName(QStringLiteral("showErrors"));
    showErrors->setToolTip(tr("Show the errors of the selected job (or double-click its Failed "
                              "count)"));
    bar->addSeparator();
    QAction *older = bar->addAction(tr("Delete Entries Older Than 7 Days"), this,
                                    [this] { deleteOlderThan(7); });
    older->setObjectName(QStringLiteral("deleteOlderThan7Days"));
    QAction *all = bar->addAction(tr("Delete All Entries"), this, &JobsPage::deleteAll);
    all->setObjectName(QStringLiteral("deleteAllEntries"));
    trackAction(showErrors, true);
    trackAction(older, false);
    trackAction(all, false);

    m_mappingFilter->setObjectName(QStringLiteral("mappingFilter"));
    m_mappingFilter->addItem(tr("All mappings"), QString());
    for (const TableMapping &m : session->workspace().mappings)
        m_mappingFilter->addItem(m.name, m.name);
    connect(m_mappingFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMappingFilter(m_mappingFilter->currentData().toString()); });

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Every count fits beside the job by default; Finished is one right-click
    // on the header away (the menu there shows and hides columns).
    m_table->setColumnWidth(JobsModel::StartedColumn, 135);
    m_table->setColumnWidth(JobsModel::FinishedColumn, 135);
    m_table->setColumnHidden(JobsModel::FinishedColumn, true);
    m_table->setColumnWidth(JobsModel::MappingColumn, 85);
    m_table->setColumnWidth(JobsModel::DirectionColumn, 120);
    m_table->setColumnWidth(JobsModel::TriggerColumn, 95);
    m_table->setColumnWidth(JobsModel::StatusColumn, 80);
    for (int c = JobsModel::InsertedColumn; c <= JobsModel::UncoupledColumn; ++c)
        m_table->setColumnWidth(c, 66);
    connect(m_table, &RecordTableView::selectedRowsChanged, this,
            [this] { setHasSelection(!m_table->selectedIds().isEmpty()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == JobsModel::FailedColumn || index.column() == JobsModel::MessageColumn)
            showErrorsOfCurrent();
    });
    connect(m_table, &RecordTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == JobsModel::FailedColumn)
            showErrorsOfCurrent();
    });
    connect(m_model, &PagedTableModel::totalCountChanged, this, &Page::countChanged);
    connect(session, &ConsoleSession::storeChanged, m_model, &PagedTableModel::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Mapping:"), this));
    filters->addWidget(m_mappingFilter);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

int JobsPage::count() const
{
    return m_model->totalCount();
}

void JobsPage::saveState(QSettings &settings) const
{
    m_table->saveState(settings, QStringLiteral("pages/jobs/table"));
}

void JobsPage::restoreState(QSettings &settings)
{
    m_table->restoreState(settings, QStringLiteral("pages/jobs/table"));
}

void JobsPage::focusMapping(const QString &mapping)
{
    const int i = m_mappingFilter->findData(mapping);
    m_mappingFilter->setCurrentIndex(i >= 0 ? i : 0);
}

void JobsPage::showErrorsOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const QList<QVariant> ids = m_table->selectedIds();
    const QVariant id = current.isValid() ? current.siblingAtColumn(0).data(PagedTableModel::IdRole)
                                          : (ids.isEmpty() ? QVariant() : ids.constFirst());
    if (id.toLongLong() > 0) {
        emit jobErrorsRequested(id.toLongLong());
        emit showPageRequested(QStringLiteral("errors"));
    }
}

void JobsPage::deleteOlderThan(int days)
{
    JobQuery query;
    query.startedBefore = session()->now().addDays(-days);
    Operation op;
    op.kind = Operation::Kind::DeleteJobsOlderThan;
    op.days = days;
    countConfirmRun(
        [this, query](quint64 id) { session()->reader()->requestJobCount(id, query); },
        tr("Delete Entries Older Than %n Days", nullptr, days),
        [days](int n) {
            return tr("Delete %n job entry(ies) older than %1 day(s)? Their errors stay on the "
                      "errors page.",
                      nullptr, n)
                .arg(days);
        },
        tr("No jobs are older than %n day(s).", nullptr, days), op, deletedJobs);
}

void JobsPage::deleteAll()
{
    Operation op;
    op.kind = Operation::Kind::DeleteAllJobs;
    countConfirmRun(
        [this](quint64 id) { session()->reader()->requestJobCount(id, JobQuery{}); },
        tr("Delete All Entries"),
        [](int n) {
            return tr("Delete all %n job entry(ies), of every mapping? Their errors stay on the "
                      "errors page.",
                      nullptr, n);
        },
        tr("There are no job entries to delete."), op, deletedJobs);
}

} // namespace couplet
