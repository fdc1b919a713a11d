#include "recordviewdialog.h"

#include "captions.h"
#include "session/consolesession.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace couplet {

namespace {

const QString EmDash = QStringLiteral("\u2014");

bool isNull(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

// A value as an administrator reads it: dates in the console's format, numbers
// in the locale, line breaks shown on one line.
QString readable(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return Captions::dateTime(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return Captions::yesNo(value.toBool());
    case QMetaType::Double:
    case QMetaType::Float:
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray:
        return RecordViewDialog::tr("%n byte(s)", nullptr, int(value.toByteArray().size()));
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1String("\r\n"), QStringLiteral(" \u21b5 "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    return text;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? EmDash : text;
}

} // namespace

RecordViewDialog::RecordViewDialog(ConsoleSession *session, const QString &mapping,
                                   const RecordRef &ref, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mapping(mapping)
    , m_ref(ref)
{
    setModal(false);
    setSizeGripEnabled(true);
    setWindowTitle(tr("%1 %2 — %3").arg(ref.table, ref.key, systemName(ref.side)));
    resize(680, 680);

    auto *layout = new QVBoxLayout(this);
    buildHeader();
    buildSections();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_browserButton = buttons->addButton(tr("Open in Browser"), QDialogButtonBox::ActionRole);
    m_browserButton->setObjectName(QStringLiteral("openInBrowser"));
    m_browserButton->setVisible(false);
    m_refreshButton = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("refresh"));
    // Return closes the view; it neither refreshes nor leaves for the browser.
    m_browserButton->setAutoDefault(false);
    m_refreshButton->setAutoDefault(false);
    connect(m_browserButton, &QPushButton::clicked, this, &RecordViewDialog::openInBrowser);
    connect(m_refreshButton, &QPushButton::clicked, this, &RecordViewDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Takes the space the sections leave when they are hidden or short, so the
    // status line and the header stay at the top.
    layout->addStretch(0);
    layout->addWidget(buttons);

    refresh();
}

QString RecordViewDialog::systemName(Side side) const
{
    return m_session ? m_session->workspace().systemName(side) : toString(side);
}

void RecordViewDialog::buildHeader()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());

    // The status line: loading, read at, gone, or failed (with its details).
    auto *statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(this);
    m_statusIcon->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(QStringLiteral("details"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setVisible(false);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("detailText"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_details->setVisible(false);
    layout->addWidget(m_details);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    // What the row is: known before anything is fetched, but "modified on".
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const TableMapping *mapping = m_session ? m_session->workspace().mapping(m_mapping) : nullptr;
    QString table = m_ref.table;
    if (mapping) {
        const QString caption = mapping->side(m_ref.side).caption;
        if (!caption.isEmpty() && caption != m_ref.table)
            table = tr("%1 (%2)").arg(m_ref.table, caption);
    }
    const std::pair<QString, QString> rows[] = {
        {tr("System:"), systemName(m_ref.side)},
        {tr("Mapping:"), m_mapping},
        {tr("Table:"), table},
        {tr("Key:"), m_ref.key},
    };
    for (const auto &[caption, text] : rows) {
        QLabel *label = valueLabel(this, QString());
        label->setText(orDash(text));
        form->addRow(caption, label);
    }
    m_modifiedOn = valueLabel(this, QStringLiteral("modifiedOn"));
    m_modifiedOn->setText(EmDash);
    form->addRow(tr("Modified on:"), m_modifiedOn);
    layout->addLayout(form);
}

void RecordViewDialog::buildSections()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());

    m_fieldsBox = new QGroupBox(tr("Fields"), this);
    m_fields = new QTableWidget(0, 2, m_fieldsBox);
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setAlternatingRowColors(true);
    m_fields->setWordWrap(false);
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *fieldsLayout = new QVBoxLayout(m_fieldsBox);
    fieldsLayout->addWidget(m_fields);
    layout->addWidget(m_fieldsBox, 3);

    m_couplingBox = new QGroupBox(tr("Coupling"), this);
    auto *couplingLayout = new QVBoxLayout(m_couplingBox);
    m_notCoupled = new QLabel(m_couplingBox);
    m_notCoupled->setObjectName(QStringLiteral("notCoupled"));
    m_notCoupled->setWordWrap(true);
    couplingLayout->addWidget(m_notCoupled);
    m_couplingForm = new QWidget(m_couplingBox);
    auto *form = new QFormLayout(m_couplingForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_coupledWith = valueLabel(m_couplingForm, QStringLiteral("coupledWith"));
    m_coupledWith->setTextFormat(Qt::RichText);
    m_coupledWith->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_coupledWith, &QLabel::linkActivated, this, [this](const QString &link) {
        const RecordRef ref = RecordRef::fromString(link);
        if (ref.isValid())
            emit linkActivated(m_mapping, ref);
    });
    m_lastSynced = valueLabel(m_couplingForm, QStringLiteral("lastSynchronized"));
    m_toRemote = valueLabel(m_couplingForm, QStringLiteral("lastResultToRemote"));
    m_fromRemote = valueLabel(m_couplingForm, QStringLiteral("lastResultFromRemote"));
    m_skipped = valueLabel(m_couplingForm, QStringLiteral("skipped"));
    m_lastError = valueLabel(m_couplingForm, QStringLiteral("lastError"));
    const QString remote = systemName(Side::Remote);
    const QString local = systemName(Side::Local);
    form->addRow(tr("Coupled with:"), m_coupledWith);
    form->addRow(tr("Last synchronized:"), m_lastSynced);
    form->addRow(tr("Last result %1 → %2:").arg(local, remote), m_toRemote);
    form->addRow(tr("Last result %1 → %2:").arg(remote, local), m_fromRemote);
    form->addRow(tr("Skipped:"), m_skipped);
    form->addRow(tr("Last error:"), m_lastError);
    couplingLayout->addWidget(m_couplingForm);
    layout->addWidget(m_couplingBox);

    m_errorsBox = new QGroupBox(tr("Recent Errors"), this);
    auto *errorsLayout = new QVBoxLayout(m_errorsBox);
    m_noErrors = new QLabel(tr("No errors were logged for this row."), m_errorsBox);
    m_noErrors->setObjectName(QStringLiteral("noErrors"));
    errorsLayout->addWidget(m_noErrors);
    m_errors = new QTreeWidget(m_errorsBox);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setColumnCount(2);
    m_errors->setHeaderLabels({tr("Date/Time"), tr("Message")});
    m_errors->setRootIsDecorated(false);
    m_errors->setUniformRowHeights(true);
    m_errors->setAlternatingRowColors(true);
    m_errors->setWordWrap(false);
    m_errors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->header()->setStretchLastSection(true);
    // A few lines; the fields are what the view is for.
    m_errors->setMaximumHeight(m_errors->header()->sizeHint().height() +
                               6 * (fontMetrics().height() + 4) + 2 * m_errors->frameWidth());
    errorsLayout->addWidget(m_errors);
    layout->addWidget(m_errorsBox, 1);

    // Nothing to show until the first answer.
    m_fieldsBox->setVisible(false);
    m_couplingBox->setVisible(false);
    m_errorsBox->setVisible(false);
}

void RecordViewDialog::refresh()
{
    if (!m_session) {
        showFailure(tr("The workspace is closed."), QString());
        return;
    }
    const quint64 request = ++m_lastRequest;
    m_request = request;
    m_refreshButton->setEnabled(false);
    setStatus(tr("Reading the row from %1…").arg(systemName(m_ref.side)));
    m_session->fetchSnapshot(
        m_mapping, m_ref, this,
        [this, request](const RecordSnapshot &snapshot) {
            if (request == m_request)
                showSnapshot(snapshot);
        },
        [this, request](const QString &message, const QString &detail) {
            if (request == m_request)
                showFailure(message, detail);
        });
}

void RecordViewDialog::setStatus(const QString &text, const QString &detail, bool warning)
{
    m_status->setText(text);
    m_statusIcon->setVisible(warning);
    if (warning) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_statusIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    }
    m_details->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_detailsButton->setChecked(false);
}

void RecordViewDialog::showSnapshot(const RecordSnapshot &snapshot)
{
    m_request = 0;
    m_refreshButton->setEnabled(true);
    const QString system = systemName(m_ref.side);
    if (snapshot.found)
        setStatus(tr("As it is now in %1, read at %2.")
                      .arg(system, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    else
        setStatus(tr("This row no longer exists in %1.").arg(system), QString(), true);
    m_modifiedOn->setText(orDash(Captions::dateTime(snapshot.stamp)));
    // A row that is gone has no page to open.
    m_url = m_ref.side == Side::Remote && snapshot.found ? snapshot.url : QString();
    m_browserButton->setVisible(!m_url.isEmpty());

    showFields(snapshot);
    showCoupling(snapshot);
    showErrors(snapshot.errors);
    emit loaded();
}

void RecordViewDialog::showFailure(const QString &message, const QString &detail)
{
    m_request = 0;
    m_refreshButton->setEnabled(true);
    setStatus(tr("The row could not be read: %1").arg(message), detail, true);
    // What was shown before may be stale; show nothing rather than mislead.
    m_fieldsBox->setVisible(false);
    m_couplingBox->setVisible(false);
    m_errorsBox->setVisible(false);
    m_browserButton->setVisible(false);
    emit loaded();
}

void RecordViewDialog::showFields(const RecordSnapshot &snapshot)
{
    m_fieldsBox->setVisible(snapshot.found);
    m_fields->setRowCount(int(snapshot.fields.size()));
    const QColor dim = palette().color(QPalette::PlaceholderText);
    for (int row = 0; row < snapshot.fields.size(); ++row) {
        const auto &[name, value] = snapshot.fields.at(row);
        auto *nameItem = new QTableWidgetItem(name);
        auto *valueItem = new QTableWidgetItem;
        if (isNull(value)) {
            valueItem->setText(EmDash);
            valueItem->setForeground(dim);
            valueItem->setToolTip(tr("No value"));
        } else {
            valueItem->setText(readable(value));
            valueItem->setToolTip(value.toString());
        }
        m_fields->setItem(row, 0, nameItem);
        m_fields->setItem(row, 1, valueItem);
    }
}

void RecordViewDialog::showCoupling(const RecordSnapshot &snapshot)
{
    m_couplingBox->setVisible(true);
    const bool coupled = snapshot.coupling.has_value();
    m_notCoupled->setVisible(!coupled);
    m_couplingForm->setVisible(coupled);
    if (!coupled) {
        m_notCoupled->setText(tr("This row is not coupled in mapping %1.").arg(m_mapping));
        return;
    }
    const Coupling &c = *snapshot.coupling;
    const Side other = otherSide(m_ref.side);
    const TableMapping *mapping = m_session ? m_session->workspace().mapping(m_mapping) : nullptr;
    const RecordRef otherRef{other, mapping ? mapping->side(other).table : QString(), c.key(other)};
    const QString otherSystem = systemName(other);
    if (c.key(other).isEmpty()) {
        m_coupledWith->setText(tr("No row in %1 yet.").arg(otherSystem.toHtmlEscaped()));
    } else {
        const QString link = otherRef.isValid()
                                 ? QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(otherRef.toString().toHtmlEscaped(),
                                            Captions::recordText(otherRef).toHtmlEscaped())
                                 : c.key(other).toHtmlEscaped();
        const bool deleted = other == Side::Local ? c.localDeleted : c.remoteDeleted;
        m_coupledWith->setText(deleted
                                   ? tr("%1 in %2 (deleted)").arg(link, otherSystem.toHtmlEscaped())
                                   : tr("%1 in %2").arg(link, otherSystem.toHtmlEscaped()));
    }
    m_coupledWith->setToolTip(
        otherRef.isValid() ? tr("Open this row as it is now in %1.").arg(otherSystem) : QString());
    m_lastSynced->setText(c.lastSyncedAt.isValid() ? Captions::dateTime(c.lastSyncedAt)
                                                   : tr("Never"));
    m_toRemote->setText(orDash(Captions::result(c.lastToRemote)));
    m_fromRemote->setText(orDash(Captions::result(c.lastFromRemote)));
    m_skipped->setText(c.skipped ? tr("Yes — %1").arg(Captions::skipReason(c.skipReason))
                                 : Captions::yesNo(false));
    if (c.lastError.isEmpty())
        m_lastError->setText(EmDash);
    else if (c.failedSince.isValid())
        m_lastError->setText(
            tr("%1 (failing since %2)").arg(c.lastError, Captions::dateTime(c.failedSince)));
    else
        m_lastError->setText(c.lastError);
}

void RecordViewDialog::showErrors(const QList<SyncError> &errors)
{
    m_errorsBox->setVisible(true);
    m_errorsBox->setTitle(errors.isEmpty() ? tr("Recent Errors")
                                           : tr("Recent Errors (%1)").arg(errors.size()));
    m_noErrors->setVisible(errors.isEmpty());
    m_errors->setVisible(!errors.isEmpty());
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(m_errorsBox, errors.isEmpty() ? 0 : 1);
    m_errors->clear();
    for (const SyncError &e : errors) {
        auto *item = new QTreeWidgetItem(m_errors, {Captions::dateTime(e.at), e.message});
        const QString tip =
            e.detail.isEmpty() ? e.message : e.message + QLatin1Char('\n') + e.detail;
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
    }
}

void RecordViewDialog::openInBrowser()
{
    if (!m_url.isEmpty())
        QDesktopServices::openUrl(QUrl(m_url));
}

} // namespace couplet
