#pragma once

#include "model/workspace.h"
#include "store/statestore.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

namespace couplet::test {

// Clicks the tool button of the action named `name` under `root`, as a user would.
inline bool clickAction(QWidget *root, const QString &name)
{
    auto *action = root->findChild<QAction *>(name);
    if (!action || !action->isEnabled())
        return false;
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        if (QWidget *button = bar->widgetForAction(action)) {
            if (!button->isVisible())
                continue;
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    action->trigger(); // in a menu only
    return true;
}

// The visible message box named `name` (an open() box is not modal to exec()).
inline QMessageBox *messageBox(const QString &name = QStringLiteral("confirmation"))
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        for (auto *box : w->findChildren<QMessageBox *>(name)) {
            if (box->isVisible())
                return box;
        }
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->objectName() == name && box->isVisible())
            return box;
    }
    return nullptr;
}

// Clicks the given standard button of a message box.
inline void clickButton(QMessageBox *box, QMessageBox::StandardButton which)
{
    QAbstractButton *button = box->button(which);
    QTest::mouseClick(button, Qt::LeftButton);
}

// A store opened in the test thread, to check what the console's workers did.
struct StoreCheck
{
    explicit StoreCheck(const Workspace &workspace)
        : store(workspace.resolvedStore())
    {
        store.open();
    }
    StateStore store;
};

// The count in a navigation entry: "Skipped Synch. Records (3)" -> 3, or -1.
inline int navigationCount(QListWidget *nav, int row)
{
    const QString text = nav->item(row)->text();
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    if (open < 0)
        return -1;
    return text.mid(open + 1, text.size() - open - 2).toInt();
}

} // namespace couplet::test
