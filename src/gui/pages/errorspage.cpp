#include "errorspage.h"

#include "captions.h"
#include "errorsmodel.h"
#include "session/consolesession.h"
#include "storereader.h"
#include "widgets/recordtableview.h"

#include "guidance/errorcause.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace couplet {

namespace {

enum DateRange { AnyTime, Last24Hours, Last7Days, Last30Days };
constexpr int CauseIdRole = Qt::UserRole + 1;

QString deletedErrors(const OperationResult &r)
{
    return ErrorsPage::tr("Deleted %n error entry(ies).", nullptr, r.done);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

ErrorsPage::ErrorsPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_model(new ErrorsModel(session->reader(), 200, this))
    , m_table(new RecordTableView(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_mappingFilter(new QComboBox(this))
    , m_dateFilter(new QComboBox(this))
    , m_groupByCause(new QCheckBox(tr("Group by cause"), this))
    , m_causes(new QListWidget(this))
    , m_jobBanner(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_detailSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("errorsPage"));

    QToolBar *bar = createToolBar();
    QAction *sync = bar->addAction(tr("Synchronize"), this, &ErrorsPage::synchronizeSelected);
    sync->setObjectName(QStringLiteral("synchronize"));
    sync->setToolTip(tr("Retry the couplings of the selected errors' source rows and "
                        "synchronize their mappings"));
    QAction *deleteCoupling =
        bar->addAction(tr("Delete Coupling"), this, &ErrorsPage::deleteCouplingsOfSelected);
    deleteCoupling->setObjectName(QStringLiteral("deleteCoupling"));
    QAction *exportCsv = bar->addAction(tr("Export to CSV…"), this, &ErrorsPage::exportCsv);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    exportCsv->setToolTip(tr("Export the errors the current filter shows"));
    bar->addSeparator();
    QAction *older = bar->addAction(tr("Delete Entries Older Than 7 Days"), this,
                                    [this] { deleteOlderThan(7); });
    older->setObjectName(QStringLiteral("deleteOlderThan7Days"));
    QAction *all = bar->addAction(tr("Delete All Entries"), this, &ErrorsPage::deleteAll);
    all->setObjectName(QStringLiteral("deleteAllEntries"));
    trackAction(sync, true);
    trackAction(deleteCoupling, true);
    trackAction(exportCsv, false);
    trackAction(older, false);
    trackAction(all, false);

    // Filters: search (debounced), mapping, date range, group by cause.
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search messages and keys"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text().trimmed());
        if (m_groupByCause->isChecked())
            m_model->loadCauseCounts();
    });
    m_mappingFilter->setObjectName(QStringLiteral("mappingFilter"));
    m_mappingFilter->addItem(tr("All mappings"), QString());
    for (const TableMapping &m : session->workspace().mappings)
        m_mappingFilter->addItem(m.name, m.name);
    connect(m_mappingFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMappingFilter(m_mappingFilter->currentData().toString());
        if (m_groupByCause->isChecked())
            m_model->loadCauseCounts();
    });
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_dateFilter->addItem(tr("Any time"), AnyTime);
    m_dateFilter->addItem(tr("Last 24 hours"), Last24Hours);
    m_dateFilter->addItem(tr("Last 7 days"), Last7Days);
    m_dateFilter->addItem(tr("Last 30 days"), Last30Days);
    connect(m_dateFilter, &QComboBox::currentIndexChanged, this, &ErrorsPage::applyDateFilter);
    m_groupByCause->setObjectName(QStringLiteral("groupByCause"));
    m_groupByCause->setToolTip(tr("List the causes of the errors with their counts; pick one "
                                  "to see its errors and how to fix them"));
    connect(m_groupByCause, &QCheckBox::toggled, this, [this](bool on) {
        m_causes->setVisible(on);
        if (on) {
            m_model->loadCauseCounts();
        } else {
            m_causes->clear();
            m_model->setCauseFilter(QString());
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Mapping:"), this));
    filters->addWidget(m_mappingFilter, 1);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Date:"), this));
    filters->addWidget(m_dateFilter, 1);
    filters->addSpacing(8);
    filters->addWidget(m_groupByCause);

    m_jobBanner->setObjectName(QStringLiteral("jobBanner"));
    m_jobBanner->setTextFormat(Qt::RichText);
    m_jobBanner->hide();
    connect(m_jobBanner, &QLabel::linkActivated, this, [this] { showJob(0); });

    // Causes (when grouping) | table over details.
    m_causes->setObjectName(QStringLiteral("causes"));
    m_causes->setMinimumWidth(220);
    m_causes->hide();
    connect(m_causes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_model->setCauseFilter(item->data(CauseIdRole).toString());
    });
    connect(m_model, &ErrorsModel::causeCountsLoaded, this, &ErrorsPage::updateCauses);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(ErrorsModel::DateTimeColumn, 140);
    m_table->setColumnWidth(ErrorsModel::MappingColumn, 95);
    m_table->setColumnWidth(ErrorsModel::MessageColumn, 330);
    m_table->setColumnWidth(ErrorsModel::SourceColumn, 140);
    m_table->setColumnWidth(ErrorsModel::DestinationColumn, 170);
    connect(m_table, &RecordTableView::selectedRowsChanged, this, [this] {
        // Not selectedIds(): a selection may span a million rows not read yet.
        setHasSelection(m_table->selectionModel()->hasSelection());
        updateDetails();
    });
    connect(m_table, &RecordTableView::linkActivated, this, &Page::linkActivated);

    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an error to see its full message, the technical "
                                     "detail and how to fix it."));

    m_detailSplitter->addWidget(m_table);
    m_detailSplitter->addWidget(m_details);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_causes);
    m_mainSplitter->addWidget(m_detailSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);

    connect(m_model, &ErrorsModel::totalCountChanged, this, &Page::countChanged);
    connect(m_model, &ErrorsModel::refreshed, this, &ErrorsPage::updateDetails);
    connect(session, &ConsoleSession::storeChanged, this, [this] {
        m_model->refresh();
        if (m_groupByCause->isChecked())
            m_model->loadCauseCounts();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_jobBanner);
    layout->addWidget(m_mainSplitter, 1);
}

int ErrorsPage::count() const
{
    return m_model->totalCount();
}

void ErrorsPage::saveState(QSettings &settings) const
{
    m_table->saveState(settings, QStringLiteral("pages/errors/table"));
    settings.setValue(QStringLiteral("pages/errors/detailSplitter"), m_detailSplitter->saveState());
    settings.setValue(QStringLiteral("pages/errors/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("pages/errors/groupByCause"), m_groupByCause->isChecked());
}

void ErrorsPage::restoreState(QSettings &settings)
{
    m_table->restoreState(settings, QStringLiteral("pages/errors/table"));
    m_detailSplitter->restoreState(
        settings.value(QStringLiteral("pages/errors/detailSplitter")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("pages/errors/mainSplitter")).toByteArray());
    m_groupByCause->setChecked(
        settings.value(QStringLiteral("pages/errors/groupByCause")).toBool());
}

void ErrorsPage::focusMapping(const QString &mapping)
{
    const int i = m_mappingFilter->findData(mapping);
    m_mappingFilter->setCurrentIndex(i >= 0 ? i : 0);
}

void ErrorsPage::showJob(qint64 jobId)
{
    m_model->setJobFilter(jobId);
    if (jobId > 0) {
        m_jobBanner->setText(tr("Showing the errors of job %1. <a href=\"#all\">Show all "
                                "errors</a>")
                                 .arg(jobId));
    }
    m_jobBanner->setVisible(jobId > 0);
}

void ErrorsPage::applyDateFilter()
{
    const QDateTime now = session()->now();
    QDateTime from;
    switch (m_dateFilter->currentData().toInt()) {
    case Last24Hours:
        from = now.addDays(-1);
        break;
    case Last7Days:
        from = now.addDays(-7);
        break;
    case Last30Days:
        from = now.addDays(-30);
        break;
    default:
        break;
    }
    m_model->setDateRange(from, {});
    if (m_groupByCause->isChecked())
        m_model->loadCauseCounts();
}

void ErrorsPage::updateCauses(const ErrorCauseCounts &counts)
{
    const QString current =
        m_causes->currentItem() ? m_causes->currentItem()->data(CauseIdRole).toString() : QString();
    const QSignalBlocker blocker(m_causes);
    m_causes->clear();
    int total = 0;
    for (const auto &[id, n] : counts)
        total += n;
    auto *all = new QListWidgetItem(tr("All causes (%1)").arg(total), m_causes);
    all->setData(CauseIdRole, QString());
    QListWidgetItem *selected = all;
    for (const auto &[id, n] : counts) {
        const Guidance g = guidance(causeFromId(id));
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(g.title).arg(n), m_causes);
        item->setData(CauseIdRole, id);
        item->setToolTip(g.explanation);
        if (id == current)
            selected = item;
    }
    m_causes->setCurrentItem(selected);
}

QString ErrorsPage::detailsText() const
{
    return m_details->toPlainText();
}

void ErrorsPage::updateDetails()
{
    const int selected = m_table->selectedRowCount();
    if (selected == 0) {
        m_details->clear();
        return;
    }
    if (selected > 1) {
        m_details->setHtml(tr("<p>%n errors selected.</p>", nullptr, selected));
        return;
    }
    const SyncError &e = m_model->error(m_table->firstSelectedRow());
    const Guidance g = guidance(causeFromId(e.cause));
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(e.message));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Date/Time"), Captions::dateTime(e.at));
    line(tr("Mapping"), e.mapping);
    const Workspace &ws = session()->workspace();
    auto ref = [&ws](const RecordRef &r) {
        return r.isValid() ? QStringLiteral("%1: %2 %3").arg(ws.systemName(r.side), r.table, r.key)
                           : QString();
    };
    line(tr("Source"), ref(e.source));
    line(tr("Destination"), ref(e.destination));
    line(tr("Job"), e.jobId > 0 ? QString::number(e.jobId) : QString());
    html += QStringLiteral("</table>");
    if (!e.detail.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                    .arg(tr("Technical detail").toHtmlEscaped(), e.detail.toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1 %2</h4><p>%3</p><p><b>%4</b> %5</p>")
                .arg(tr("Cause:").toHtmlEscaped(), g.title.toHtmlEscaped(), escaped(g.explanation),
                     tr("How to fix:").toHtmlEscaped(), escaped(g.fix));
    m_details->setHtml(html);
}

QList<std::pair<QString, RecordRef>> ErrorsPage::selectedSources(bool *complete)
{
    QList<std::pair<QString, RecordRef>> records;
    // The list holds only the pages around the view: a selection that reaches
    // rows not read yet (Select All on a long list) would act on a part of it
    // without saying so. Refuse, and say how to narrow it.
    *complete = selectionIsRead(m_table->selectedUnreadRowCount(),
                                tr("Narrow the list with the search, the mapping and date "
                                   "filters or a cause, then select the lines again."));
    if (!*complete)
        return records;
    for (int row : m_table->selectedReadRows()) {
        const SyncError &e = m_model->error(row);
        // The coupling belongs to the source row; without one, to the destination.
        const RecordRef ref = e.source.isValid() ? e.source : e.destination;
        if (!e.mapping.isEmpty() && ref.isValid())
            records.append({e.mapping, ref});
    }
    return records;
}

void ErrorsPage::synchronizeSelected()
{
    bool complete = false;
    const QList<std::pair<QString, RecordRef>> records = selectedSources(&complete);
    if (!complete)
        return;
    QStringList mappings;
    for (const auto &[mapping, ref] : records) {
        if (!mappings.contains(mapping))
            mappings.append(mapping);
    }
    if (mappings.isEmpty()) {
        emit statusMessage(tr("The selected errors name no row to synchronize."));
        return;
    }
    Operation op;
    op.kind = Operation::Kind::RetryRecords;
    op.records = records;
    run(
        op,
        [](const OperationResult &r) {
            return tr("%n coupling(s) will be synchronized again.", nullptr, r.done);
        },
        [this, mappings] { session()->synchronize(mappings, JobTrigger::Manual); });
}

void ErrorsPage::deleteCouplingsOfSelected()
{
    bool complete = false;
    const QList<std::pair<QString, RecordRef>> records = selectedSources(&complete);
    if (!complete)
        return;
    if (records.isEmpty()) {
        emit statusMessage(tr("The selected errors name no coupled row."));
        return;
    }
    confirm(tr("Delete Coupling"),
            tr("Delete the couplings of the rows named by %n selected error(s)? The rows "
               "themselves stay in both systems; the next synchronization may couple them again "
               "or insert new rows.",
               nullptr, int(records.size())),
            [this, records] {
                Operation op;
                op.kind = Operation::Kind::DeleteCouplingsOfRecords;
                op.records = records;
                run(op, [](const OperationResult &r) {
                    return tr("Deleted %n coupling(s).", nullptr, r.done);
                });
            });
}

void ErrorsPage::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Errors"), QStringLiteral("errors.csv"),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Operation op;
        op.kind = Operation::Kind::ExportErrors;
        op.errorQuery = m_model->filter();
        op.path = path;
        run(op, [path](const OperationResult &r) {
            return tr("Exported %n error(s) to %1.", nullptr, r.done)
                .arg(QDir::toNativeSeparators(path));
        });
    });
    dialog->open();
}

void ErrorsPage::deleteOlderThan(int days)
{
    // "at < cutoff", as the delete counts them.
    ErrorQuery query;
    query.to = session()->now().addDays(-days).addMSecs(-1);
    Operation op;
    op.kind = Operation::Kind::DeleteErrorsOlderThan;
    op.days = days;
    countConfirmRun(
        [this, query](quint64 id) { session()->reader()->requestErrorCount(id, query); },
        tr("Delete Entries Older Than %n Days", nullptr, days),
        [days](int n) {
            return tr("Delete %n error entry(ies) older than %1 day(s)? This cannot be undone.",
                      nullptr, n)
                .arg(days);
        },
        tr("No errors are older than %n day(s).", nullptr, days), op, deletedErrors);
}

void ErrorsPage::deleteAll()
{
    Operation op;
    op.kind = Operation::Kind::DeleteAllErrors;
    countConfirmRun(
        [this](quint64 id) { session()->reader()->requestErrorCount(id, ErrorQuery{}); },
        tr("Delete All Entries"),
        [](int n) {
            return tr("Delete all %n error entry(ies), of every mapping? This cannot be undone.",
                      nullptr, n);
        },
        tr("There are no errors to delete."), op, deletedErrors);
}

} // namespace couplet
