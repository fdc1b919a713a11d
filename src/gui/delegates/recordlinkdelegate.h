#pragma once

#include "model/recordref.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace couplet {

// The delegate of a whole list view whose Source/Destination/row cells are
// links. A cell is a link when its PagedTableModel::RecordRole holds a valid
// RecordRef; it paints in the palette's link colour, underlined under the mouse,
// and activating it (left click on the text, or Return/Enter/Space on the
// current cell) emits linkActivated() with the row's mapping
// (PagedTableModel::MappingRole). Other cells paint as QStyledItemDelegate
// paints them. The delegate never navigates by itself: the page or the main
// window opens the record view.
//
// One rectangle, linkRect(), is what is painted, clicked and explained by the
// tooltip. Use one delegate per view, installed with attach(), which also turns
// on the mouse tracking and the event filters that change the cursor and read
// the keyboard.
class RecordLinkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordLinkDelegate)
public:
    explicit RecordLinkDelegate(QObject *parent = nullptr);

    // Makes a new delegate, owned by `view`, the item delegate of the whole view,
    // with hover, cursor and keyboard handling. Returns it for connecting.
    static RecordLinkDelegate *attach(QAbstractItemView *view);

    // The system names in tooltips ("ERP", "CRM"); "Local"/"Remote" until set.
    void setSystemNames(const QString &local, const QString &remote);

    // Whether the cell is a link (a valid RecordRef in its RecordRole).
    static bool isLink(const QModelIndex &index);
    static RecordRef recordRef(const QModelIndex &index);
    // The rectangle of the link's text inside the cell (elided to fit); empty
    // when the cell is not a link.
    QRect linkRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The full reference of a link cell: "CRM · accounts · 6f0c…"; "" otherwise.
    QString toolTip(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    void linkActivated(const QString &mapping, const couplet::RecordRef &ref);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The text a link cell shows and the rectangle it may use.
    QStyleOptionViewItem linkOption(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const;
    QRect textArea(const QStyleOptionViewItem &option) const;
    // The option the view would give the delegate for `index` (the view's own
    // is protected), for hit-testing outside paint and editorEvent.
    QStyleOptionViewItem viewOption(const QModelIndex &index) const;
    void activate(const QModelIndex &index);
    void hoverAt(const QPoint &pos);
    void setHovered(const QModelIndex &index);
    bool handleKey(QKeyEvent *event);

    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_hovered; // the link under the mouse
    QPersistentModelIndex m_pressed; // the link a left button went down on
    QString m_localName;
    QString m_remoteName;
};

} // namespace couplet
