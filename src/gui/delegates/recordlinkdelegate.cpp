#include "recordlinkdelegate.h"

#include "captions.h"
#include "pagedtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace couplet {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

RecordLinkDelegate::RecordLinkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_localName(tr("Local"))
    , m_remoteName(tr("Remote"))
{}

RecordLinkDelegate *RecordLinkDelegate::attach(QAbstractItemView *view)
{
    Q_ASSERT(view);
    auto *delegate = new RecordLinkDelegate(view);
    delegate->m_view = view;
    view->setItemDelegate(delegate);
    view->setMouseTracking(true);
    view->viewport()->installEventFilter(delegate);
    view->installEventFilter(delegate);
    return delegate;
}

void RecordLinkDelegate::setSystemNames(const QString &local, const QString &remote)
{
    m_localName = local;
    m_remoteName = remote;
}

RecordRef RecordLinkDelegate::recordRef(const QModelIndex &index)
{
    return index.data(PagedTableModel::RecordRole).value<RecordRef>();
}

bool RecordLinkDelegate::isLink(const QModelIndex &index)
{
    return index.isValid() && recordRef(index).isValid();
}

QStyleOptionViewItem RecordLinkDelegate::linkOption(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty()) {
        opt.text = Captions::recordText(recordRef(index));
        opt.features |= QStyleOptionViewItem::HasDisplay;
    }
    return opt;
}

QRect RecordLinkDelegate::textArea(const QStyleOptionViewItem &option) const
{
    // Where the style would draw the text, less the margin QCommonStyle keeps.
    QStyle *style = styleOf(option);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return text.adjusted(margin, 0, -margin, 0);
}

QRect RecordLinkDelegate::linkRect(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    if (!isLink(index))
        return {};
    const QStyleOptionViewItem opt = linkOption(option, index);
    const QRect area = textArea(opt);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(opt.text, opt.textElideMode, area.width());
    const QSize size(metrics.horizontalAdvance(shown), metrics.height());
    return QStyle::alignedRect(opt.direction, opt.displayAlignment, size, area).intersected(area);
}

QString RecordLinkDelegate::toolTip(const QModelIndex &index) const
{
    const RecordRef ref = recordRef(index);
    if (!ref.isValid())
        return {};
    const QString system = ref.side == Side::Local ? m_localName : m_remoteName;
    return tr("%1 · %2 · %3").arg(system, ref.table, ref.key) + QLatin1Char('\n') +
           tr("Click to open the row as it is now.");
}

void RecordLinkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!isLink(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = linkOption(option, index);
    const QRect link = linkRect(option, index);
    const QString text =
        QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textArea(opt).width());
    // The style draws the background, selection, focus and icon; the text is ours.
    opt.text.clear();
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QFont font = opt.font;
    // A selected link keeps its underline, since it cannot keep its colour.
    font.setUnderline(selected || index == m_hovered);
    painter->save();
    painter->setFont(font);
    painter->setPen(
        opt.palette.color(colorGroup(opt), selected ? QPalette::HighlightedText : QPalette::Link));
    painter->drawText(link, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    painter->restore();
}

bool RecordLinkDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto type = event->type();
    const bool mouse = type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
                       type == QEvent::MouseButtonDblClick;
    if (!mouse || !isLink(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *me = static_cast<QMouseEvent *>(event);
    const bool onLink = me->button() == Qt::LeftButton &&
                        linkRect(option, index).contains(me->position().toPoint());
    switch (type) {
    case QEvent::MouseButtonPress:
        // The press still selects the row; the release activates the link.
        m_pressed = onLink ? QPersistentModelIndex(index) : QPersistentModelIndex();
        return false;
    case QEvent::MouseButtonRelease: {
        const bool click = onLink && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (click)
            activate(index);
        return click;
    }
    default: // a double click on a link is the first click again, not an edit
        return onLink;
    }
}

bool RecordLinkDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !isLink(index))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QRect link = linkRect(option, index);
    if (!link.contains(event->pos())) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), toolTip(index), view->viewport(), link);
    return true;
}

QStyleOptionViewItem RecordLinkDelegate::viewOption(const QModelIndex &index) const
{
    QStyleOptionViewItem opt;
    opt.initFrom(m_view);
    opt.widget = m_view;
    opt.font = m_view->font();
    opt.rect = m_view->visualRect(index);
    opt.textElideMode = m_view->textElideMode();
    opt.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    opt.decorationSize = m_view->iconSize().isValid()
                             ? m_view->iconSize()
                             : QSize(m_view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                     m_view->style()->pixelMetric(QStyle::PM_SmallIconSize));
    opt.showDecorationSelected =
        m_view->style()->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, nullptr, m_view);
    return opt;
}

void RecordLinkDelegate::activate(const QModelIndex &index)
{
    emit linkActivated(index.data(PagedTableModel::MappingRole).toString(), recordRef(index));
}

void RecordLinkDelegate::hoverAt(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const bool onLink = isLink(index) && linkRect(viewOption(index), index).contains(pos);
    setHovered(onLink ? index : QModelIndex());
}

void RecordLinkDelegate::setHovered(const QModelIndex &index)
{
    QWidget *viewport = m_view->viewport();
    if (index != m_hovered) {
        if (m_hovered.isValid())
            viewport->update(m_view->visualRect(m_hovered));
        m_hovered = index;
        if (index.isValid())
            viewport->update(m_view->visualRect(index));
    }
    // Only the cursor we set is taken back.
    const bool pointing = viewport->testAttribute(Qt::WA_SetCursor) &&
                          viewport->cursor().shape() == Qt::PointingHandCursor;
    if (index.isValid() && !pointing)
        viewport->setCursor(Qt::PointingHandCursor);
    else if (!index.isValid() && pointing)
        viewport->unsetCursor();
}

bool RecordLinkDelegate::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Space)
        return false;
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    // While an editor is open the keys are its own.
    const QModelIndex current = m_view->currentIndex();
    if (!isLink(current) || m_view->isPersistentEditorOpen(current))
        return false;
    activate(current);
    return true;
}

bool RecordLinkDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // The base class filters the editors' keys; the view and its viewport are ours.
    if (!m_view || (watched != m_view && watched != m_view->viewport()))
        return QStyledItemDelegate::eventFilter(watched, event);
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseMove:
            hoverAt(static_cast<QMouseEvent *>(event)->position().toPoint());
            break;
        case QEvent::Leave:
        case QEvent::Hide:
            setHovered({});
            break;
        default:
            break;
        }
    } else if (event->type() == QEvent::KeyPress) {
        return handleKey(static_cast<QKeyEvent *>(event));
    }
    return false;
}

} // namespace couplet
