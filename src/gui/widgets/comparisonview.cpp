#include "comparisonview.h"

#include "captions.h"
#include "session/consolesession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <limits>

namespace couplet {

namespace {

// Tints that read on light and dark palettes alike: tinted cells get dark text.
const QColor localTint(0xdb, 0xea, 0xfe);    // light blue: changed in the local system
const QColor remoteTint(0xfd, 0xeb, 0xc8);   // light amber: changed in the remote system
const QColor conflictTint(0xf8, 0xb4, 0x9c); // red-orange: changed on both sides
const QColor tintedText(0x1f, 0x29, 0x37);

constexpr int MinColumnWidth = 110;
constexpr int CellPadding = 18;

// The text of one value in a cell: one line, dates in local time.
QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return Captions::dateTime(value.toDateTime());
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    QString text = value.toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// GUIDs are long: a cell shows their start, the tooltip the whole key.
QString shortKey(const QString &key)
{
    return key.size() > 13 ? key.left(8) + QStringLiteral("…") : key;
}

// A Keep combo that does not change its value when the wheel scrolls the tree past it.
class KeepCombo final : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore();
    }
};

// Paints a coupling line: its rows in bold, then why it was skipped, elided.
class CouplingLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.parent().isValid() || index.column() != 0 ||
            !index.data(ComparisonView::TitleRole).isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);

        painter->save();
        painter->setPen(opt.palette.color(QPalette::Text));
        QFont bold = opt.font;
        bold.setBold(true);
        const QString title = QFontMetrics(bold).elidedText(
            index.data(ComparisonView::TitleRole).toString(), Qt::ElideRight, rect.width());
        painter->setFont(bold);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, title);
        const int used = QFontMetrics(bold).horizontalAdvance(title);
        const QString note = index.data(ComparisonView::NoteRole).toString();
        if (!note.isEmpty() && used < rect.width()) {
            const QRect rest = rect.adjusted(used, 0, 0, 0);
            painter->setFont(opt.font);
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(opt.font).elidedText(QStringLiteral(" — ") + note,
                                                                Qt::ElideRight, rest.width()));
        }
        painter->restore();
    }
};

} // namespace

ComparisonView::ComparisonView(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_legend(new QLabel(this))
{
    const Workspace &w = session->workspace();
    const QString localName = w.systemName(Side::Local);
    const QString remoteName = w.systemName(Side::Remote);

    m_status->setObjectName(QStringLiteral("comparisonStatus"));
    m_status->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(QStringLiteral("comparisonTree"));
    m_tree->setColumnCount(KeepColumn + 1);
    m_tree->setHeaderLabels({tr("Field"), tr("At Last Sync"), tr("%1 Now").arg(localName),
                             tr("%1 Now").arg(remoteName), tr("Keep")});
    QTreeWidgetItem *header = m_tree->headerItem();
    header->setToolTip(FieldColumn, tr("The local column and the integration property"));
    header->setToolTip(LastSyncColumn,
                       tr("The value both systems held after the last synchronization"));
    header->setToolTip(LocalNowColumn, tr("The value in %1 now").arg(localName));
    header->setToolTip(RemoteNowColumn, tr("The value in %1 now").arg(remoteName));
    header->setToolTip(KeepColumn, tr("The side whose value Apply Field Choices writes to both "
                                      "systems"));
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->setItemDelegate(new CouplingLineDelegate(m_tree));

    m_legend->setObjectName(QStringLiteral("comparisonLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    auto swatch = [](const QColor &tint, const QString &text, bool bold = false) {
        const QString inner = bold ? QStringLiteral("<b>%1</b>").arg(text) : text;
        return QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(tint.name(), tintedText.name(), inner);
    };
    m_legend->setText(
        tr("Changed since the last synchronization: %1 %2 %3 &nbsp;·&nbsp; <i>(deleted)</i>: the "
           "row is gone &nbsp;·&nbsp; Keep: whose value both get")
            .arg(swatch(localTint, tr("in %1").arg(localName.toHtmlEscaped())),
                 swatch(remoteTint, tr("in %1").arg(remoteName.toHtmlEscaped())),
                 swatch(conflictTint, tr("on both sides (conflict)"), true)));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_status->setContentsMargins(4, 0, 4, 0);
    m_legend->setContentsMargins(4, 0, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_legend);

    // The shown values may be out of date; the page asks again after its list refreshed.
    connect(session, &ConsoleSession::storeChanged, this, [this] { m_stale = true; });
    updateStatus();
}

void ComparisonView::setCouplings(const QList<qint64> &ids, int selectedCount)
{
    const QList<qint64> wanted = ids.mid(0, MaxCouplings);
    m_selectedCount = selectedCount < 0 ? int(ids.size()) : selectedCount;
    const bool same = wanted == m_ids;
    if (same && !m_stale && m_failure.isEmpty()) {
        updateStatus();
        return;
    }
    m_ids = wanted;
    if (!same) {
        m_comparisons.clear();
        m_tree->clear();
    }
    // Choices are kept while the administrator moves between lines; only a
    // very long session of choosing would make them grow.
    if (m_choices.size() > 500)
        m_choices.clear();
    fetch();
}

void ComparisonView::fetch()
{
    const quint64 request = ++m_request;
    m_stale = false;
    m_failure.clear();
    if (m_ids.isEmpty()) {
        m_loading = false;
        m_comparisons.clear();
        m_tree->clear();
        updateStatus();
        return;
    }
    m_loading = true;
    updateStatus();
    m_session->fetchComparisons(
        m_ids, this,
        [this, request](const QList<Comparison> &comparisons) {
            if (request == m_request)
                showComparisons(comparisons);
        },
        [this, request](const QString &message, const QString &detail) {
            // A coupling deleted by an operation that ran meanwhile: the page
            // asks again once its list has refreshed, so keep "Loading…".
            if (request == m_request && !m_stale)
                showFailure(message, detail);
        });
}

void ComparisonView::showComparisons(const QList<Comparison> &comparisons)
{
    m_loading = false;
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    m_comparisons.clear();
    for (const Comparison &c : comparisons) {
        m_comparisons.insert(c.coupling.id, c);
        QTreeWidgetItem *item = addCoupling(c);
        for (const FieldComparison &f : c.fields)
            addField(item, c, f);
        if (c.fields.isEmpty()) {
            auto *none = new QTreeWidgetItem(item, {tr("No mapped field is compared.")});
            none->setFirstColumnSpanned(true);
            none->setForeground(FieldColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    m_tree->expandAll();
    measureColumns();
    fitColumns();
    m_tree->setUpdatesEnabled(true);
    m_tree->verticalScrollBar()->setValue(scroll);
    updateStatus();
    emit comparisonsLoaded();
}

void ComparisonView::showFailure(const QString &message, const QString &detail)
{
    m_loading = false;
    m_failure = message;
    m_status->setToolTip(detail);
    updateStatus();
}

QTreeWidgetItem *ComparisonView::addCoupling(const Comparison &comparison)
{
    const Coupling &c = comparison.coupling;
    const Workspace &w = m_session->workspace();
    const TableMapping *m = w.mapping(c.mapping);
    const RecordRef local{Side::Local, m ? m->local.table : QString(), c.localKey};
    const RecordRef remote{Side::Remote, m ? m->remote.table : QString(), c.remoteKey};

    const QString title =
        tr("%1: %2 ↔ %3")
            .arg(c.mapping, Captions::recordText(local),
                 Captions::recordText(RecordRef{remote.side, remote.table, shortKey(remote.key)}));
    QStringList notes;
    if (!comparison.localExists)
        notes.append(tr("deleted in %1").arg(w.systemName(Side::Local)));
    if (!comparison.remoteExists)
        notes.append(tr("deleted in %1").arg(w.systemName(Side::Remote)));
    // "deleted in CRM" says it all for a deletion conflict.
    if (c.skipReason != SkipReason::None && notes.isEmpty())
        notes.append(Captions::skipReason(c.skipReason));
    QString note = notes.join(QStringLiteral(", "));
    if (!c.lastError.isEmpty())
        note += QStringLiteral(": ") + c.lastError.section(QLatin1Char('\n'), 0, 0);

    QStringList tip{Captions::recordToolTip(local), Captions::recordToolTip(remote)};
    if (c.skipReason != SkipReason::None)
        tip.append(tr("Skipped: %1").arg(Captions::skipReason(c.skipReason)));
    if (c.lastSyncedAt.isValid())
        tip.append(tr("Last synchronized: %1").arg(Captions::dateTime(c.lastSyncedAt)));
    if (!c.lastError.isEmpty())
        tip.append(c.lastError);

    auto *item = new QTreeWidgetItem(
        m_tree, {note.isEmpty() ? title : title + QStringLiteral(" — ") + note});
    item->setFirstColumnSpanned(true);
    item->setData(FieldColumn, CouplingIdRole, c.id);
    item->setData(FieldColumn, TitleRole, title);
    item->setData(FieldColumn, NoteRole, note);
    item->setToolTip(FieldColumn, tip.join(QLatin1Char('\n')));
    return item;
}

void ComparisonView::addField(QTreeWidgetItem *parent, const Comparison &comparison,
                              const FieldComparison &f)
{
    const Workspace &w = m_session->workspace();
    const qint64 id = comparison.coupling.id;
    const QBrush greyed = palette().brush(QPalette::Disabled, QPalette::Text);
    const int change = (f.localChanged ? LocalChanged : 0) | (f.remoteChanged ? RemoteChanged : 0);

    auto *item = new QTreeWidgetItem(parent);
    for (int column = FieldColumn; column <= KeepColumn; ++column) {
        item->setData(column, CouplingIdRole, id);
        item->setData(column, FieldRole, f.local);
        item->setData(column, ChangeRole, change);
    }

    // Field
    const bool sameName = f.local.compare(f.remote, Qt::CaseInsensitive) == 0;
    item->setText(FieldColumn, sameName ? f.local : tr("%1 / %2").arg(f.local, f.remote));
    item->setToolTip(FieldColumn, tr("%1 column: %2\n%3 property: %4")
                                      .arg(w.systemName(Side::Local), f.local,
                                           w.systemName(Side::Remote), f.remote));

    // Shows a value, "(empty)" or "(deleted)" in a cell, with the whole value as tooltip.
    auto setValue = [&](int column, const QString &text, const QString &tooltip) {
        if (text.isEmpty()) {
            item->setText(column, tr("(empty)"));
            item->setForeground(column, greyed);
        } else {
            item->setText(column, text);
        }
        item->setToolTip(column, tooltip.isEmpty() ? text : tooltip);
    };

    // At last sync: the local value, and the remote one when it is written differently.
    const QString localThen = valueText(f.localThen);
    const QString remoteThen = valueText(f.remoteThen);
    if (localThen == remoteThen) {
        setValue(LastSyncColumn, localThen, {});
    } else {
        setValue(
            LastSyncColumn,
            tr("%1 / %2").arg(localThen.isEmpty() ? tr("(empty)") : localThen,
                              remoteThen.isEmpty() ? tr("(empty)") : remoteThen),
            tr("%1: %2\n%3: %4")
                .arg(w.systemName(Side::Local), localThen, w.systemName(Side::Remote), remoteThen));
    }

    // Now, on each side, tinted by who changed it.
    auto setNow = [&](int column, bool exists, const QVariant &value, bool changed,
                      const QColor &tint) {
        if (!exists) {
            item->setText(column, tr("(deleted)"));
            item->setForeground(column, greyed);
            QFont italic = item->font(column);
            italic.setItalic(true);
            item->setFont(column, italic);
            item->setToolTip(column, tr("This row no longer exists"));
            return;
        }
        const QString text = valueText(value);
        setValue(column, text, {});
        if (f.conflict()) {
            item->setBackground(column, conflictTint);
            item->setForeground(column, tintedText);
            QFont bold = item->font(column);
            bold.setBold(true);
            item->setFont(column, bold);
            item->setToolTip(column,
                             tr("Both sides changed this field since the last synchronization") +
                                 (text.isEmpty() ? QString() : QStringLiteral("\n") + text));
        } else if (changed) {
            item->setBackground(column, tint);
            item->setForeground(column, tintedText);
        }
    };
    setNow(LocalNowColumn, comparison.localExists, f.localNow, f.localChanged, localTint);
    setNow(RemoteNowColumn, comparison.remoteExists, f.remoteNow, f.remoteChanged, remoteTint);

    if (f.conflict()) {
        QFont bold = item->font(FieldColumn);
        bold.setBold(true);
        item->setFont(FieldColumn, bold);
        item->setIcon(FieldColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(FieldColumn,
                         tr("Both sides changed this field since the last synchronization") +
                             QStringLiteral("\n") + item->toolTip(FieldColumn));
    }

    // Keep
    auto *combo = new KeepCombo(m_tree);
    combo->setObjectName(QStringLiteral("keep_%1_%2").arg(id).arg(f.local));
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->addItem(w.systemName(Side::Local), int(Side::Local));
    combo->addItem(w.systemName(Side::Remote), int(Side::Remote));
    combo->setCurrentIndex(choiceOf(id, f) == Side::Local ? 0 : 1);
    item->setData(KeepColumn, Qt::UserRole, int(choiceOf(id, f)));
    if (!comparison.localExists || !comparison.remoteExists) {
        combo->setEnabled(false);
        combo->setToolTip(tr("A deleted row cannot be merged: keep the local or the remote "
                             "side of the whole record"));
    } else {
        combo->setToolTip(tr("The value of this field that is written to both systems"));
    }
    const QString column = f.local;
    connect(combo, &QComboBox::activated, this, [this, combo, item, id, column](int index) {
        const auto side = Side(combo->itemData(index).toInt());
        m_choices[id].insert(column, side);
        item->setData(KeepColumn, Qt::UserRole, int(side));
        emit fieldChoicesChanged(id);
    });
    item->setSizeHint(KeepColumn, combo->sizeHint());
    m_tree->setItemWidget(item, KeepColumn, combo);
}

Side ComparisonView::choiceOf(qint64 couplingId, const FieldComparison &field) const
{
    const auto chosen = m_choices.constFind(couplingId);
    if (chosen != m_choices.cend()) {
        const auto side = chosen->constFind(field.local);
        if (side != chosen->cend())
            return *side;
    }
    // The side that changed; local when both or neither did (as the engine decides).
    return field.remoteChanged && !field.localChanged ? Side::Remote : Side::Local;
}

QHash<QString, Side> ComparisonView::fieldChoices(qint64 couplingId) const
{
    QHash<QString, Side> choices;
    const auto comparison = m_comparisons.constFind(couplingId);
    if (comparison == m_comparisons.cend())
        return choices;
    for (const FieldComparison &f : comparison->fields)
        choices.insert(f.local, choiceOf(couplingId, f));
    return choices;
}

bool ComparisonView::isConflict(qint64 couplingId, const QString &localColumn) const
{
    const auto comparison = m_comparisons.constFind(couplingId);
    if (comparison == m_comparisons.cend())
        return false;
    for (const FieldComparison &f : comparison->fields) {
        if (f.local == localColumn)
            return f.conflict();
    }
    return false;
}

void ComparisonView::measureColumns()
{
    // Field lines only: the coupling lines span every column and elide instead.
    QHeaderView *header = m_tree->header();
    m_needed.clear();
    for (int column = FieldColumn; column <= KeepColumn; ++column) {
        int width = header->sectionSizeHint(column);
        for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
            const QTreeWidgetItem *parent = m_tree->topLevelItem(top);
            for (int i = 0; i < parent->childCount(); ++i) {
                const QTreeWidgetItem *item = parent->child(i);
                if (item->isFirstColumnSpanned())
                    continue;
                int w = QFontMetrics(item->font(column)).horizontalAdvance(item->text(column)) +
                        CellPadding;
                if (!item->icon(column).isNull())
                    w += m_tree->iconSize().isValid() ? m_tree->iconSize().width() + 4 : 20;
                if (column == KeepColumn)
                    w = item->sizeHint(KeepColumn).width() + 8;
                width = std::max(width, w);
            }
        }
        if (column == FieldColumn) // field lines sit one level under the decorated root
            width += 2 * m_tree->indentation();
        m_needed.append(width);
    }
}

void ComparisonView::fitColumns()
{
    if (m_needed.size() != KeepColumn + 1)
        return;
    // Every column as wide as it needs when that fits; otherwise the widest
    // text columns share what is left equally, their long values elided.
    QList<int> widths = m_needed;
    const int available = m_tree->viewport()->width() - 2;
    int total = 0;
    for (int w : std::as_const(widths))
        total += w;
    if (total > available) {
        QList<int> text = widths.mid(FieldColumn, KeepColumn);
        std::sort(text.begin(), text.end());
        int remaining = available - widths.at(KeepColumn);
        int cap = std::numeric_limits<int>::max();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const int share = remaining / int(text.size() - i);
            if (text.at(i) > share) {
                cap = share;
                break;
            }
            remaining -= text.at(i);
        }
        cap = std::max(cap, MinColumnWidth);
        for (int column = FieldColumn; column < KeepColumn; ++column)
            widths[column] = std::min(widths.at(column), cap);
    }
    for (int column = FieldColumn; column <= KeepColumn; ++column)
        m_tree->setColumnWidth(column, widths.at(column));
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void ComparisonView::updateStatus()
{
    m_status->setStyleSheet(QString());
    if (!m_failure.isEmpty()) {
        m_status->setText(tr("Cannot compare the selected lines: %1").arg(m_failure));
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c"));
        return;
    }
    m_status->setToolTip(QString());
    if (m_ids.isEmpty()) {
        m_status->setText(tr("Select one or more lines to compare their fields side by side."));
        return;
    }
    if (m_loading) {
        m_status->setText(tr("Loading…"));
        return;
    }
    int conflicts = 0;
    for (const Comparison &c : std::as_const(m_comparisons)) {
        for (const FieldComparison &f : c.fields)
            conflicts += f.conflict() ? 1 : 0;
    }
    QString text = tr("%n record(s) compared", nullptr, int(m_comparisons.size()));
    text += QStringLiteral(" · ") + tr("%n conflicting field(s)", nullptr, conflicts);
    if (m_selectedCount > m_ids.size()) {
        text += QStringLiteral(" · ") + tr("showing the first %1 of %2 selected lines; the others "
                                           "keep the side that changed")
                                            .arg(m_ids.size())
                                            .arg(m_selectedCount);
    }
    m_status->setText(text);
}

} // namespace couplet
