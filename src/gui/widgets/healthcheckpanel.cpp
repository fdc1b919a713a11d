#include "healthcheckpanel.h"

#include "captions.h"
#include "session/consolesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace couplet {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Error, then Warning, then Ok: a check shows Skipped only when none of its
// results could be checked.
int severity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Error:
        return 3;
    case HealthStatus::Warning:
        return 2;
    case HealthStatus::Ok:
        return 1;
    case HealthStatus::Skipped:
        break;
    }
    return 0;
}

HealthStatus worst(HealthStatus a, HealthStatus b)
{
    return severity(b) > severity(a) ? b : a;
}

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int ok = 0;
    int skipped = 0;

    void add(HealthStatus status)
    {
        switch (status) {
        case HealthStatus::Error:
            ++errors;
            break;
        case HealthStatus::Warning:
            ++warnings;
            break;
        case HealthStatus::Ok:
            ++ok;
            break;
        case HealthStatus::Skipped:
            ++skipped;
            break;
        }
    }
};

} // namespace

HealthCheckPanel::HealthCheckPanel(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("healthCheck"));

    m_run = new QPushButton(tr("&Run Health Check"), this);
    m_run->setObjectName(QStringLiteral("runHealthCheck"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_run->setToolTip(tr("Check both systems with the saved settings, in the background"));
    m_run->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_run, &QPushButton::clicked, this, &HealthCheckPanel::run);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("healthProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("healthBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_blocked);
    runRow->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_summary, &QLabel::linkActivated, this, [this] { emit errorsPageRequested(); });

    m_checklist = new QTreeWidget(this);
    m_checklist->setObjectName(QStringLiteral("healthChecklist"));
    m_checklist->setColumnCount(2);
    m_checklist->setHeaderLabels({tr("Check"), tr("Result")});
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setAlternatingRowColors(true);
    m_checklist->header()->setStretchLastSection(true);
    m_checklist->header()->setSectionResizeMode(CheckColumn, QHeaderView::Interactive);
    m_checklist->setColumnWidth(CheckColumn, 260);
    connect(m_checklist, &QTreeWidget::currentItemChanged, this, &HealthCheckPanel::updateDetails);
    connect(m_checklist, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(CheckColumn, ResultRole).toInt() >= 0)
            goToSelected();
    });

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("healthDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a result to see what was found and how to fix it."));

    m_goTo = new QPushButton(this);
    m_goTo->setObjectName(QStringLiteral("healthGoTo"));
    m_goTo->hide();
    connect(m_goTo, &QPushButton::clicked, this, &HealthCheckPanel::goToSelected);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *goToRow = new QHBoxLayout;
    goToRow->addWidget(m_goTo);
    goToRow->addStretch(1);
    detailsLayout->addLayout(goToRow);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("healthSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_checklist);
    m_splitter->addWidget(detailsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(session, &ConsoleSession::busyChanged, this, &HealthCheckPanel::updateRunButton);
    connect(session, &ConsoleSession::healthProgress, this, &HealthCheckPanel::showProgress);
    fillChecklist();
    m_summary->setText(summary(true));
    updateRunButton();
}

void HealthCheckPanel::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    updateRunButton();
}

void HealthCheckPanel::updateRunButton()
{
    const bool otherWork = m_session->isBusy() && !m_running;
    m_run->setEnabled(!m_running && !otherWork && m_blockedReason.isEmpty());
    QString why = m_blockedReason;
    if (why.isEmpty() && otherWork)
        why = tr("The health check can run when the running job or operation has finished.");
    m_blocked->setText(why);
    m_blocked->setVisible(!why.isEmpty() && !m_running);
}

void HealthCheckPanel::run()
{
    if (m_running || !m_blockedReason.isEmpty() || m_session->isBusy())
        return;
    m_running = true;
    m_failure.clear();
    m_progress->setRange(0, int(healthCheckIds().size()));
    m_progress->setValue(0);
    m_progress->show();
    m_currentCheck.clear();
    m_summary->setText(summary(true));
    updateRunButton();
    emit statusMessage(tr("Running the health check\u2026"));
    m_session->checkHealth(
        {}, this,
        [this](const QList<HealthResult> &results, int logged) { showResults(results, logged); },
        [this](const QString &message, const QString &detail) { showFailure(message, detail); });
}

void HealthCheckPanel::showProgress(const QString &check)
{
    if (!m_running)
        return;
    m_progress->setValue(int(healthCheckIds().indexOf(check)));
    m_currentCheck = check;
    m_summary->setText(summary(true));
}

void HealthCheckPanel::showResults(const QList<HealthResult> &results, int logged)
{
    m_running = false;
    m_results = results;
    m_logged = logged;
    m_lastRun = m_session->now();
    m_progress->hide();
    fillChecklist();
    m_summary->setText(summary(true));
    m_summary->setToolTip(QString());
    updateRunButton();

    // The first problem is selected, so its fix shows at once.
    int first = -1;
    for (HealthStatus wanted : {HealthStatus::Error, HealthStatus::Warning}) {
        for (int i = 0; i < m_results.size() && first < 0; ++i) {
            if (m_results.at(i).status == wanted)
                first = i;
        }
    }
    if (first >= 0)
        selectResult(first);
    emit statusMessage(summary(false));
    emit finished();
}

void HealthCheckPanel::showFailure(const QString &message, const QString &detail)
{
    m_running = false;
    m_failure = message;
    m_lastRun = m_session->now();
    m_progress->hide();
    m_summary->setText(summary(true));
    m_summary->setToolTip(detail);
    updateRunButton();
    emit statusMessage(summary(false));
    emit finished();
}

HealthStatus HealthCheckPanel::worstStatus() const
{
    HealthStatus result = HealthStatus::Skipped;
    for (const HealthResult &r : m_results)
        result = worst(result, r.status);
    return result;
}

QString HealthCheckPanel::summaryText() const
{
    return summary(false);
}

QString HealthCheckPanel::summary(bool html) const
{
    const auto text = [html](const QString &plain) { return html ? plain.toHtmlEscaped() : plain; };
    if (m_running) {
        return text(m_currentCheck.isEmpty()
                        ? tr("Checking\u2026")
                        : tr("Checking: %1\u2026").arg(healthCheckTitle(m_currentCheck)));
    }
    if (!m_lastRun.isValid()) {
        return text(tr("The health check connects to both systems with the saved settings and "
                       "checks the integration user's account and privileges, the exchange "
                       "rates, the mapped tables and fields, and the fields that match records. "
                       "It changes no record; the problems it finds are also written to the "
                       "Integration Synchronization Errors."));
    }
    const QString when = Captions::dateTime(m_lastRun);
    if (!m_failure.isEmpty()) {
        const QString line =
            tr("Last run %1: the health check could not run: %2").arg(when, m_failure);
        return html ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text(line))
                    : line;
    }
    Counts counts;
    for (const HealthResult &r : m_results)
        counts.add(r.status);
    QStringList found;
    if (counts.errors > 0)
        found << tr("%n problem(s)", nullptr, counts.errors);
    if (counts.warnings > 0)
        found << tr("%n warning(s)", nullptr, counts.warnings);
    if (found.isEmpty())
        found << tr("no problems");
    QString result = text(tr("Last run %1: %2.").arg(when, found.join(QStringLiteral(", "))));
    if (counts.errors == 0)
        return result;
    // The errors page is named as a link in the label, as plain words elsewhere.
    const QString page = tr("Integration Synchronization Errors");
    const QString link = html ? QStringLiteral("<a href=\"#errors\">%1</a>").arg(text(page)) : page;
    result += QLatin1Char(' ');
    if (m_logged > 0)
        result += text(tr("%n new problem(s) written to the %1.", nullptr, m_logged)).arg(link);
    else
        result += text(tr("The problems are listed on the %1 already.")).arg(link);
    return result;
}

QString HealthCheckPanel::detailsText() const
{
    return m_details->toPlainText();
}

QTreeWidgetItem *HealthCheckPanel::checkItem(const QString &check) const
{
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_checklist->topLevelItem(i);
        if (item->data(CheckColumn, CheckRole).toString() == check)
            return item;
    }
    return nullptr;
}

void HealthCheckPanel::selectResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    QTreeWidgetItem *parent = checkItem(m_results.at(index).check);
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        QTreeWidgetItem *item = parent->child(i);
        if (item->data(CheckColumn, ResultRole).toInt() == index) {
            parent->setExpanded(true);
            m_checklist->setCurrentItem(item);
            m_checklist->scrollToItem(item);
            return;
        }
    }
}

QByteArray HealthCheckPanel::saveSplitterState() const
{
    return m_splitter->saveState();
}

void HealthCheckPanel::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

QIcon HealthCheckPanel::statusIcon(HealthStatus status) const
{
    // Made once, so that every item of a status shares one icon.
    if (m_icons.isEmpty()) {
        const auto icon = [this](QStyle::StandardPixmap which) {
            return style()->standardIcon(which, nullptr, this);
        };
        m_icons.insert(int(HealthStatus::Ok), icon(QStyle::SP_DialogApplyButton));
        m_icons.insert(int(HealthStatus::Warning), icon(QStyle::SP_MessageBoxWarning));
        m_icons.insert(int(HealthStatus::Error), icon(QStyle::SP_MessageBoxCritical));
        m_icons.insert(int(HealthStatus::Skipped), icon(QStyle::SP_MessageBoxInformation));
    }
    return m_icons.value(int(status));
}

QString HealthCheckPanel::statusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok:
        return tr("OK");
    case HealthStatus::Warning:
        return tr("Warning");
    case HealthStatus::Error:
        return tr("Problem");
    case HealthStatus::Skipped:
        break;
    }
    return tr("Not checked");
}

// One line per check, in the order they run, with its results under it. Before
// the first run the lines say what will be checked.
void HealthCheckPanel::fillChecklist()
{
    m_checklist->clear();
    QStringList checks = healthCheckIds();
    for (const HealthResult &r : std::as_const(m_results)) {
        if (!checks.contains(r.check))
            checks << r.check;
    }
    const QBrush muted = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const QString &check : std::as_const(checks)) {
        auto *item = new QTreeWidgetItem(m_checklist);
        item->setText(CheckColumn, healthCheckTitle(check));
        item->setData(CheckColumn, CheckRole, check);
        item->setData(CheckColumn, ResultRole, -1);
        HealthStatus status = HealthStatus::Skipped;
        Counts counts;
        QStringList problems;
        for (int i = 0; i < m_results.size(); ++i) {
            const HealthResult &r = m_results.at(i);
            if (r.check != check)
                continue;
            status = worst(status, r.status);
            counts.add(r.status);
            if (r.status == HealthStatus::Error || r.status == HealthStatus::Warning)
                problems << QStringLiteral("<li>%1</li>").arg(escaped(r.message));
            auto *child = new QTreeWidgetItem(item);
            child->setText(CheckColumn, resultCaption(r));
            child->setText(ResultColumn, r.message);
            child->setIcon(CheckColumn, statusIcon(r.status));
            child->setData(CheckColumn, StatusRole, int(r.status));
            child->setData(CheckColumn, CheckRole, r.check);
            child->setData(CheckColumn, ResultRole, i);
            QString tip = QStringLiteral("<p><b>%1:</b> %2</p>")
                              .arg(statusText(r.status).toHtmlEscaped(), escaped(r.message));
            if (!r.fix.isEmpty())
                tip += QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("How to fix:").toHtmlEscaped(), escaped(r.fix));
            if (!r.detail.isEmpty())
                tip += QStringLiteral("<p><i>%1</i></p>").arg(escaped(r.detail));
            child->setToolTip(CheckColumn, tip);
            child->setToolTip(ResultColumn, tip);
            if (r.status == HealthStatus::Skipped) {
                child->setForeground(CheckColumn, muted);
                child->setForeground(ResultColumn, muted);
            }
        }
        if (item->childCount() == 0) {
            item->setText(ResultColumn, m_lastRun.isValid() ? tr("Not run") : tr("Not run yet"));
            item->setForeground(ResultColumn, muted);
            continue;
        }
        QStringList parts;
        if (counts.errors > 0)
            parts << tr("%n problem(s)", nullptr, counts.errors);
        if (counts.warnings > 0)
            parts << tr("%n warning(s)", nullptr, counts.warnings);
        if (parts.isEmpty() && counts.ok > 0)
            parts << tr("OK");
        if (counts.skipped > 0)
            parts << tr("%n not checked", nullptr, counts.skipped);
        item->setText(ResultColumn, parts.join(QStringLiteral(", ")));
        item->setIcon(CheckColumn, statusIcon(status));
        item->setData(CheckColumn, StatusRole, int(status));
        if (!problems.isEmpty()) {
            const QString tip =
                QStringLiteral("<ul style='margin:0'>%1</ul>").arg(problems.join(QString()));
            item->setToolTip(CheckColumn, tip);
            item->setToolTip(ResultColumn, tip);
        }
        item->setExpanded(status == HealthStatus::Error || status == HealthStatus::Warning);
    }
    updateDetails();
}

// What a result is about, in the checklist: its subject, and the system when
// the check has the same subject on both sides (a mapping's two tables).
QString HealthCheckPanel::resultCaption(const HealthResult &result) const
{
    const QString system = m_session->workspace().systemName(result.side);
    if (result.subject.isEmpty())
        return system;
    for (const HealthResult &other : m_results) {
        if (other.check == result.check && other.subject == result.subject &&
            other.side != result.side)
            return tr("%1 (%2)").arg(result.subject, system);
    }
    return result.subject;
}

const HealthResult *HealthCheckPanel::selectedResult() const
{
    const QTreeWidgetItem *item = m_checklist->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(CheckColumn, ResultRole).toInt();
    return index >= 0 && index < m_results.size() ? &m_results.at(index) : nullptr;
}

void HealthCheckPanel::updateDetails()
{
    const QTreeWidgetItem *item = m_checklist->currentItem();
    const HealthResult *r = selectedResult();
    m_goTo->setVisible(r && r->target.kind != HealthTarget::Kind::None);
    if (!item) {
        m_details->clear();
        return;
    }
    if (!r) {
        // A check: what it found, and where to look.
        QString html = QStringLiteral("<p><b>%1</b>: %2</p>")
                           .arg(item->text(CheckColumn).toHtmlEscaped(),
                                item->text(ResultColumn).toHtmlEscaped());
        if (item->childCount() > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Select a line under it to see what was found and how to fix "
                                "it.")
                                 .toHtmlEscaped());
        m_details->setHtml(html);
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(escaped(r->message));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:gray;padding-right:12px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Check"), healthCheckTitle(r->check));
    line(tr("System"), m_session->workspace().systemName(r->side));
    line(tr("Result"), statusText(r->status));
    html += QStringLiteral("</table>");
    if (!r->fix.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("How to fix").toHtmlEscaped(), escaped(r->fix));
    }
    if (!r->detail.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                    .arg(tr("Technical detail").toHtmlEscaped(), r->detail.toHtmlEscaped());
    }
    m_details->setHtml(html);
    if (r->target.kind != HealthTarget::Kind::None) {
        m_goTo->setText(goToText(*r));
        m_goTo->setToolTip(goToToolTip(*r));
    }
}

QString HealthCheckPanel::goToText(const HealthResult &result) const
{
    const HealthTarget &t = result.target;
    const QString system = m_session->workspace().systemName(t.side);
    switch (t.kind) {
    case HealthTarget::Kind::Mapping:
        return tr("&Go to Mapping %1").arg(t.mapping);
    case HealthTarget::Kind::Connection:
        return tr("&Go to the %1 Connection").arg(system);
    case HealthTarget::Kind::Record:
        return tr("&Open the Record in %1").arg(system);
    case HealthTarget::Kind::None:
        break;
    }
    return {};
}

QString HealthCheckPanel::goToToolTip(const HealthResult &result) const
{
    const HealthTarget &t = result.target;
    const QString system = m_session->workspace().systemName(t.side);
    switch (t.kind) {
    case HealthTarget::Kind::Mapping:
        return tr("Show mapping %1 on the Integration Table Mappings page").arg(t.mapping);
    case HealthTarget::Kind::Connection:
        return tr("Show the settings of the %1 connection").arg(system);
    case HealthTarget::Kind::Record:
        return tr("Show %1 %2 as it is now in %3").arg(t.table, t.key, system);
    case HealthTarget::Kind::None:
        break;
    }
    return {};
}

void HealthCheckPanel::goToSelected()
{
    const HealthResult *r = selectedResult();
    if (r && r->target.kind != HealthTarget::Kind::None)
        emit goToRequested(*r);
}

} // namespace couplet
