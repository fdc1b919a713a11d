#pragma once

#include "page.h"

#include "model/tablemapping.h"

#include <QStringList>

#include <memory>

class QGroupBox;
class QSplitter;
class QTableView;

namespace Ui {
class MappingEditor;
}

namespace couplet {

class MappingsModel;
struct Workspace;

// Integration Table Mappings: every mapping with its direction, filters, marks,
// policies, schedule and counts; an editor for the settings of the current
// mapping (saved to the workspace file through the session); and the actions
// on the selected mappings: Synchronize Modified Records, Run Full
// Synchronization, Delete Couplings, Match-Based Coupling, Field Mappings.
class MappingsPage final : public Page
{
    Q_OBJECT
public:
    explicit MappingsPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~MappingsPage() override;

    QString title() const override { return tr("Integration Table Mappings"); }
    QString pageId() const override { return QStringLiteral("mappings"); }
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void focusMapping(const QString &mapping) override;

    MappingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The names of the selected mappings, in table order.
    QStringList selectedMappings() const;
    // The mapping shown in the editor; empty when none is selected.
    QString editedMapping() const { return m_edited; }
    // Whether the editor holds changes that are not applied.
    bool hasUnappliedChanges() const;

private:
    void synchronizeModified();
    void runFullSynchronization();
    void deleteCouplings();
    void matchBasedCoupling();
    void showFieldMappings();
    // Clears the marks of `names`, then synchronizes them.
    void fullSynchronization(const QStringList &names);
    // Saves `workspace`; on a validation error returns the message (for this mapping's editor).
    QString save(const Workspace &workspace, const QString &mapping);

    void onWorkspaceChanged();
    void onCurrentChanged();
    void selectMappings(const QStringList &names);

    // The editor: loaded from the saved mapping, applied onto the workspace.
    void setUpEditor();
    void loadEditor();
    void applyEditor();
    void updateEditorButtons();
    void showValidationError(const QString &message);
    // `saved` with the editor's settings.
    TableMapping editorMapping(const TableMapping &saved) const;
    const TableMapping *savedMapping() const;

    std::unique_ptr<Ui::MappingEditor> m_ui;
    MappingsModel *m_model;
    QTableView *m_table;
    QGroupBox *m_editor;
    QSplitter *m_splitter;
    QString m_edited;
    bool m_loading = false;
};

} // namespace couplet
