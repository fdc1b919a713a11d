#include "coupledialog.h"

#include "session/consolesession.h"
#include "storereader.h"

#include "connectors/connector.h"
#include "model/coupling.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace couplet {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int CoupledToRole = Qt::UserRole + 2;
constexpr int shownColumns = 3;
constexpr int searchDelayMs = 300;
constexpr int maxColumnWidth = 220;
constexpr int coupledToWidth = 90;

// The mapped columns of one side worth showing beside the key: plain fields
// first (a lookup holds another system's key), at most three.
QStringList displayColumns(const TableMapping &m, Side side)
{
    QStringList plain;
    QStringList lookups;
    const QString key = m.side(side).key;
    for (const FieldMapping &f : m.fields) {
        const QString column = side == Side::Local ? f.local : f.remote;
        if (column.isEmpty() || f.isConstant() || column == key)
            continue;
        (f.isLookup() ? lookups : plain).append(column);
    }
    return (plain + lookups).mid(0, shownColumns);
}

void setColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

CoupleDialog::CoupleDialog(ConsoleSession *session, const QString &mapping, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("coupleDialog"));
    if (const TableMapping *m = session->workspace().mapping(mapping))
        m_mapping = *m;
    setWindowTitle(tr("Couple \u2013 %1").arg(m_mapping.name));
    m_local.side = Side::Local;
    m_remote.side = Side::Remote;

    auto *intro =
        new QLabel(tr("Choose one %1 record and one %2 record to couple. Search by "
                      "key or by any text field.")
                       .arg(m_mapping.local.displayName(), m_mapping.remote.displayName()),
                   this);
    intro->setWordWrap(true);

    auto *panels = new QHBoxLayout;
    panels->addWidget(createPanel(Side::Local), 1);
    panels->addWidget(createPanel(Side::Remote), 1);

    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    setColor(m_warning, QColor(0xc0, 0x1c, 0x28));
    m_warning->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Couple"));
    m_ok->setObjectName(QStringLiteral("ok"));
    // Enter in a search box searches; it must not couple.
    m_ok->setAutoDefault(false);
    m_ok->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panels, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(1000, 560);

    connect(session->reader(), &StoreReader::couplingsReady, this, &CoupleDialog::markCoupled);
    connect(session->reader(), &StoreReader::failed, this,
            [this](quint64 id, const QString &message, const QString &) {
                for (Panel *p : {&m_local, &m_remote}) {
                    if (id == p->couplingsRequest) {
                        p->couplingsRequest = 0;
                        p->status->setText(
                            tr("Could not tell which records are coupled: %1").arg(message));
                    }
                }
                updateState();
            });

    fetch(Side::Local);
    fetch(Side::Remote);
    updateState();
}

QWidget *CoupleDialog::createPanel(Side side)
{
    Panel &p = panel(side);
    const TableSide &table = m_mapping.side(side);
    const QString prefix = side == Side::Local ? QStringLiteral("local") : QStringLiteral("remote");
    auto *box = new QGroupBox(
        tr("%1 (%2)").arg(table.displayName(), m_session->workspace().systemName(side)), this);
    box->setObjectName(prefix + QStringLiteral("Panel"));

    p.search = new QLineEdit(box);
    p.search->setObjectName(prefix + QStringLiteral("Search"));
    p.search->setPlaceholderText(tr("Search %1\u2026").arg(table.displayName()));
    p.search->setClearButtonEnabled(true);
    p.debounce = new QTimer(this);
    p.debounce->setSingleShot(true);
    p.debounce->setInterval(searchDelayMs);
    connect(p.debounce, &QTimer::timeout, this, [this, side] { fetch(side); });
    connect(p.search, &QLineEdit::textEdited, p.debounce, qOverload<>(&QTimer::start));
    connect(p.search, &QLineEdit::returnPressed, this, [this, side] {
        panel(side).debounce->stop();
        fetch(side);
    });

    p.columns = displayColumns(m_mapping, side);
    p.list = new QTreeWidget(box);
    p.list->setObjectName(prefix + QStringLiteral("Rows"));
    p.list->setRootIsDecorated(false);
    p.list->setUniformRowHeights(true);
    p.list->setAlternatingRowColors(true);
    p.list->setSelectionMode(QAbstractItemView::SingleSelection);
    p.list->setSortingEnabled(false);
    QStringList headers{table.key, tr("Coupled To")};
    headers += p.columns;
    p.list->setHeaderLabels(headers);
    p.list->header()->setStretchLastSection(true);
    connect(p.list, &QTreeWidget::itemSelectionChanged, this, &CoupleDialog::updateState);

    p.status = new QLabel(box);
    p.status->setObjectName(prefix + QStringLiteral("Status"));
    p.status->setWordWrap(true);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(p.search);
    layout->addWidget(p.list, 1);
    layout->addWidget(p.status);
    return box;
}

void CoupleDialog::fetch(Side side)
{
    Panel &p = panel(side);
    const quint64 request = ++m_lastRequest;
    p.rowsRequest = request;
    p.couplingsRequest = 0;
    p.status->setText(tr("Loading\u2026"));
    updateState();
    m_session->fetchCandidates(
        m_mapping.name, side, p.search->text(), candidateLimit, this,
        [this, side, request](const QList<Row> &rows) { showRows(side, request, rows); },
        [this, side, request](const QString &message, const QString &) {
            Panel &p = panel(side);
            if (p.rowsRequest != request)
                return;
            p.rowsRequest = 0;
            p.list->clear();
            p.status->setText(tr("Could not load the records: %1").arg(message));
            updateState();
        });
}

void CoupleDialog::showRows(Side side, quint64 request, const QList<Row> &rows)
{
    Panel &p = panel(side);
    if (p.rowsRequest != request)
        return; // an older search
    p.rowsRequest = 0;
    const QString chosen = chosenKey(side);
    p.list->clear();
    QList<QTreeWidgetItem *> items;
    QStringList keys;
    for (const Row &row : rows) {
        QStringList cells{row.key, QString()};
        for (const QString &column : std::as_const(p.columns))
            cells.append(row.values.value(column).toString());
        auto *item = new QTreeWidgetItem(cells);
        item->setData(KeyColumn, KeyRole, row.key);
        for (int c = 0; c < cells.size(); ++c)
            item->setToolTip(c, cells.at(c));
        items.append(item);
        keys.append(row.key);
    }
    p.list->addTopLevelItems(items);
    // Long keys (GUIDs) and values are cut, so that every column shows.
    for (int c = 0; c < p.list->columnCount(); ++c) {
        p.list->resizeColumnToContents(c);
        p.list->setColumnWidth(c, std::min(p.list->columnWidth(c), maxColumnWidth));
    }
    p.list->setColumnWidth(CoupledToColumn,
                           std::max(p.list->columnWidth(CoupledToColumn), coupledToWidth));
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->data(KeyColumn, KeyRole).toString() == chosen) {
            p.list->setCurrentItem(item);
            break;
        }
    }
    if (rows.isEmpty()) {
        p.status->setText(p.search->text().isEmpty() ? tr("There are no records.")
                                                     : tr("No record matches."));
    } else if (rows.size() >= candidateLimit) {
        p.status->setText(
            tr("The first %n record(s); search to narrow the list.", nullptr, int(rows.size())));
    } else {
        p.status->setText(tr("%n record(s)", nullptr, int(rows.size())));
    }
    if (!keys.isEmpty()) {
        StoreReader *reader = m_session->reader();
        p.couplingsRequest = reader->newRequestId();
        reader->requestCouplingsByKeys(p.couplingsRequest, m_mapping.name, side, keys);
    }
    updateState();
}

void CoupleDialog::markCoupled(quint64 request, const QList<Coupling> &couplings)
{
    for (Panel *p : {&m_local, &m_remote}) {
        if (request == 0 || request != p->couplingsRequest)
            continue;
        p->couplingsRequest = 0;
        QHash<QString, QString> other;
        for (const Coupling &c : couplings)
            other.insert(c.key(p->side), c.key(otherSide(p->side)));
        const QColor dim = p->list->palette().color(QPalette::PlaceholderText);
        for (int i = 0; i < p->list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = p->list->topLevelItem(i);
            const auto it = other.constFind(item->data(KeyColumn, KeyRole).toString());
            if (it == other.cend())
                continue;
            item->setData(KeyColumn, CoupledToRole, *it);
            item->setText(CoupledToColumn, *it);
            item->setToolTip(CoupledToColumn,
                             tr("Already coupled to %1 %2")
                                 .arg(m_mapping.side(otherSide(p->side)).displayName(), *it));
            for (int c = 0; c < p->list->columnCount(); ++c) {
                if (c != CoupledToColumn)
                    item->setForeground(c, dim);
            }
        }
    }
    updateState();
}

QString CoupleDialog::chosenKey(Side side) const
{
    const QList<QTreeWidgetItem *> items = panel(side).list->selectedItems();
    return items.isEmpty() ? QString() : items.constFirst()->data(KeyColumn, KeyRole).toString();
}

QString CoupleDialog::coupledTo(Side side) const
{
    const QList<QTreeWidgetItem *> items = panel(side).list->selectedItems();
    return items.isEmpty() ? QString()
                           : items.constFirst()->data(KeyColumn, CoupledToRole).toString();
}

bool CoupleDialog::isLoading() const
{
    return m_local.rowsRequest != 0 || m_remote.rowsRequest != 0 || m_local.couplingsRequest != 0 ||
           m_remote.couplingsRequest != 0;
}

void CoupleDialog::updateState()
{
    QStringList problems;
    for (Side side : {Side::Local, Side::Remote}) {
        const QString other = coupledTo(side);
        if (other.isEmpty())
            continue;
        problems.append(tr("%1 %2 is already coupled to %3 %4.")
                            .arg(m_mapping.side(side).displayName(), chosenKey(side),
                                 m_mapping.side(otherSide(side)).displayName(), other));
    }
    if (!problems.isEmpty()) {
        problems.append(tr("Couple only links records that are not coupled: delete that coupling "
                           "first (Delete Coupling), then couple again."));
    }
    m_warning->setText(problems.join(QLatin1Char(' ')));
    m_warning->setVisible(!problems.isEmpty());

    const QString local = chosenKey(Side::Local);
    const QString remote = chosenKey(Side::Remote);
    const bool chosen = !local.isEmpty() && !remote.isEmpty();
    // Administration::couple makes the rows agree: the local row wins unless
    // the mapping only synchronizes from the integration table.
    const Side winner = m_mapping.direction == Direction::FromRemote ? Side::Remote : Side::Local;
    const Side loser = otherSide(winner);
    m_hint->setText(
        chosen
            ? tr("Coupling overwrites the mapped fields of %1 %2 with the values of %3 %4.")
                  .arg(m_mapping.side(loser).displayName(), chosenKey(loser),
                       m_mapping.side(winner).displayName(), chosenKey(winner))
            : tr("Coupling makes the two records agree: the mapped fields of the %1 record "
                 "are overwritten with the values of the %2 record.")
                  .arg(m_mapping.side(loser).displayName(), m_mapping.side(winner).displayName()));
    // The warning says what happens instead.
    m_hint->setVisible(problems.isEmpty());
    m_ok->setEnabled(chosen && problems.isEmpty() && m_local.couplingsRequest == 0 &&
                     m_remote.couplingsRequest == 0);
}

} // namespace couplet
