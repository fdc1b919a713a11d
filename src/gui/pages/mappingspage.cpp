#include "mappingspage.h"

#include "ui_mappingeditor.h"

#include "captions.h"
#include "dialogs/fieldmappingsdialog.h"
#include "dialogs/matchcouplingdialog.h"
#include "mappingsmodel.h"
#include "session/consolesession.h"
#include "widgets/recordtableview.h"

#include "workspace/workspacefile.h"

#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace couplet {

namespace {

constexpr int defaultIntervalMinutes = 15;

QString fieldLabel(const FieldMapping &f)
{
    if (f.local.isEmpty())
        return f.remote;
    if (f.remote.isEmpty())
        return f.local;
    return QStringLiteral("%1 \u2194 %2").arg(f.local, f.remote);
}

// An issue of the mapping at `index` in the words of the editor ("Back off up
// to: must be at least the interval"); other issues as the file names them.
QString describeIssue(const TableMapping &m, qsizetype index, const WorkspaceIssue &issue)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^mappings\[(\d+)\](?:\.(.*))?$)"));
    static const QRegularExpression fieldPattern(QStringLiteral(R"(^fields\[(\d+)\])"));
    const QRegularExpressionMatch match = pattern.match(issue.path);
    if (!match.hasMatch() || match.captured(1).toLongLong() != index)
        return issue.toString();
    const QString rest = match.captured(2);
    QString where;
    if (rest == QLatin1String("schedule.intervalMinutes")) {
        where = MappingsPage::tr("Run every");
    } else if (rest == QLatin1String("schedule.inactivityLimitMinutes")) {
        where = MappingsPage::tr("Back off up to");
    } else if (const QRegularExpressionMatch f = fieldPattern.match(rest); f.hasMatch()) {
        const qsizetype i = f.captured(1).toLongLong();
        if (i < 0 || i >= m.fields.size())
            return issue.toString();
        const FieldMapping &field = m.fields.at(i);
        // The one rule a direction change can break, in the editor's words.
        if (rest.endsWith(QLatin1String(".direction")) && m.direction != Direction::Bidirectional &&
            field.direction != m.direction) {
            return MappingsPage::tr("The field mapping %1 is set to \"%2\", which a mapping set "
                                    "to \"%3\" cannot run. Keep the direction, or change that "
                                    "field mapping in the workspace file first.")
                .arg(fieldLabel(field), Captions::direction(field.direction),
                     Captions::direction(m.direction));
        }
        where = MappingsPage::tr("Field mapping %1").arg(fieldLabel(field));
    }
    if (where.isEmpty())
        return issue.toString();
    return QStringLiteral("%1: %2").arg(where, issue.message);
}

void fillCombo(QComboBox *combo, const QList<std::pair<QString, int>> &items)
{
    combo->clear();
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
}

template <typename Enum> Enum comboValue(const QComboBox *combo)
{
    return Enum(combo->currentData().toInt());
}

template <typename Enum> void setComboValue(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

} // namespace

MappingsPage::MappingsPage(ConsoleSession *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::MappingEditor>())
    , m_model(new MappingsModel(session->reader(), this))
    , m_table(new QTableView(this))
    , m_editor(new QGroupBox(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("mappingsPage"));

    QToolBar *bar = createToolBar();
    QAction *sync = bar->addAction(tr("Synchronize Modified Records"), this,
                                   &MappingsPage::synchronizeModified);
    sync->setObjectName(QStringLiteral("synchronizeModified"));
    sync->setToolTip(tr("Synchronize the records changed since the last run of the selected "
                        "mappings"));
    QAction *full =
        bar->addAction(tr("Run Full Synchronization"), this, &MappingsPage::runFullSynchronization);
    full->setObjectName(QStringLiteral("runFullSync"));
    full->setToolTip(tr("Clear the \"changes since\" marks and synchronize every record of the "
                        "selected mappings"));
    bar->addSeparator();
    QAction *deleteAll =
        bar->addAction(tr("Delete Couplings"), this, &MappingsPage::deleteCouplings);
    deleteAll->setObjectName(QStringLiteral("deleteCouplings"));
    deleteAll->setToolTip(tr("Delete every coupling of the selected mappings; the records stay"));
    QAction *match =
        bar->addAction(tr("Match-Based Coupling\u2026"), this, &MappingsPage::matchBasedCoupling);
    match->setObjectName(QStringLiteral("matchBasedCoupling"));
    match->setToolTip(tr("Choose the fields that couple records whose values are equal"));
    QAction *fields = bar->addAction(tr("Field Mappings"), this, &MappingsPage::showFieldMappings);
    fields->setObjectName(QStringLiteral("fieldMappings"));
    fields->setToolTip(tr("Show the field mappings of the current mapping"));
    for (QAction *a : {sync, full, deleteAll, match, fields})
        trackAction(a, true);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({sync, full, deleteAll, match, fields});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { setHasSelection(!selectedMappings().isEmpty()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingsPage::onCurrentChanged);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &MappingsPage::showFieldMappings);

    setUpEditor();

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({1000, m_editor->sizeHint().height()});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    connect(session, &ConsoleSession::storeChanged, m_model, &MappingsModel::refresh);
    connect(session, &ConsoleSession::workspaceChanged, this, &MappingsPage::onWorkspaceChanged);
    connect(m_model, &MappingsModel::loadFailed, this,
            [this](const QString &message, const QString &) { emit statusMessage(message); });

    m_model->setMappings(session->workspace().mappings);
    // The counts matter most when troubleshooting: show them beside the name.
    QHeaderView *header = m_table->horizontalHeader();
    int visual = header->visualIndex(MappingsModel::DirectionColumn) + 1;
    for (int column : {MappingsModel::CouplingsColumn, MappingsModel::ErrorsColumn,
                       MappingsModel::CoupledErrorsColumn, MappingsModel::SkippedColumn}) {
        header->moveSection(header->visualIndex(column), visual++);
    }
    m_table->resizeColumnsToContents();
    // The policies are in the editor under the list: hidden by default, so the
    // list fits the window; the header's menu shows them again.
    RecordTableView::addColumnMenu(m_table);
    for (int column :
         {MappingsModel::FiltersColumn, MappingsModel::DeletionPolicyColumn,
          MappingsModel::UpdateConflictPolicyColumn, MappingsModel::ConflictDetectionColumn,
          MappingsModel::OnlyCoupledColumn, MappingsModel::ScheduleColumn})
        m_table->setColumnHidden(column, true);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        loadEditor();
}

MappingsPage::~MappingsPage() = default;

void MappingsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("pages/mappings/table/header"),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("pages/mappings/splitter"), m_splitter->saveState());
}

void MappingsPage::restoreState(QSettings &settings)
{
    const QByteArray header =
        settings.value(QStringLiteral("pages/mappings/table/header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter =
        settings.value(QStringLiteral("pages/mappings/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MappingsPage::focusMapping(const QString &mapping)
{
    selectMappings({mapping});
}

QStringList MappingsPage::selectedMappings() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (int row : std::as_const(rows))
        names.append(m_model->mapping(row).name);
    return names;
}

void MappingsPage::selectMappings(const QStringList &names)
{
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!names.contains(m_model->mapping(row).name))
            continue;
        const QModelIndex index = m_model->index(row, 0);
        selection.select(index, m_model->index(row, m_model->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    onCurrentChanged();
}

// ---- actions -------------------------------------------------------------------

void MappingsPage::synchronizeModified()
{
    const QStringList names = selectedMappings();
    if (names.isEmpty())
        return;
    session()->synchronize(names);
    emit statusMessage(
        tr("Synchronizing the modified records of %1\u2026").arg(names.join(QStringLiteral(", "))));
}

void MappingsPage::runFullSynchronization()
{
    const QStringList names = selectedMappings();
    if (names.isEmpty())
        return;
    confirm(
        tr("Run Full Synchronization"),
        tr("Synchronize every record of %1?\n\nThe \"changes since\" marks are cleared, so "
           "all records on both sides are read and compared, not only the modified ones. "
           "Couplings are kept. On large tables this takes a while.")
            .arg(names.join(QStringLiteral(", "))),
        [this, names] { fullSynchronization(names); }, false);
}

void MappingsPage::fullSynchronization(const QStringList &names)
{
    Operation op;
    op.kind = Operation::Kind::ClearMarks;
    op.mappings = names;
    run(
        op,
        [names](const OperationResult &) {
            return tr("Cleared the marks of %1; synchronizing every record\u2026")
                .arg(names.join(QStringLiteral(", ")));
        },
        [this, names] { session()->synchronize(names); });
}

void MappingsPage::deleteCouplings()
{
    const QStringList names = selectedMappings();
    if (names.isEmpty())
        return;
    // The counts loaded with the table; unknown until the store has answered.
    int couplings = 0;
    bool known = m_model->hasState();
    for (int row = 0; row < m_model->rowCount() && known; ++row) {
        if (!names.contains(m_model->mapping(row).name))
            continue;
        const QVariant n =
            m_model->index(row, MappingsModel::CouplingsColumn).data(MappingsModel::SortRole);
        known = n.isValid();
        couplings += n.toInt();
    }
    const QString list = names.join(QStringLiteral(", "));
    if (known && couplings == 0) {
        emit statusMessage(tr("%1 has no couplings.").arg(list));
        return;
    }
    const QString question =
        known ? tr("Delete all %n coupling(s) of %1?", nullptr, couplings).arg(list)
              : tr("Delete all couplings of %1?").arg(list);
    confirm(tr("Delete Couplings"),
            question +
                tr("\n\nThe records stay in both systems, but they are no longer linked. The next "
                   "synchronization treats them as new: it couples a record again when its "
                   "match fields find one, and otherwise inserts it on the other side."),
            [this, names] {
                Operation op;
                op.kind = Operation::Kind::DeleteCouplingsOfMappings;
                op.mappings = names;
                run(op, [](const OperationResult &r) {
                    return tr("Deleted %n coupling(s).", nullptr, r.done);
                });
            });
}

void MappingsPage::matchBasedCoupling()
{
    const TableMapping *m = savedMapping();
    if (!m)
        return;
    auto *dialog = new MatchCouplingDialog(*m, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = m->name] {
        const QStringList fields = dialog->matchFields();
        Workspace w = session()->workspace();
        const auto it = std::find_if(w.mappings.begin(), w.mappings.end(),
                                     [&](const TableMapping &t) { return t.name == name; });
        if (it == w.mappings.end())
            return;
        if (it->matchFields != fields) {
            it->matchFields = fields;
            const QString error = save(w, name);
            if (!error.isEmpty()) {
                inform(QMessageBox::Warning, tr("Match-Based Coupling"),
                       tr("The match fields were not saved."), error);
                return;
            }
            emit statusMessage(fields.isEmpty()
                                   ? tr("%1 no longer couples by matching.").arg(name)
                                   : tr("%1 couples by matching %2.")
                                         .arg(name, fields.join(QStringLiteral(", "))));
        }
        if (fields.isEmpty())
            return;
        confirm(
            tr("Run Full Synchronization"),
            tr("Couple the records of %1 now?\n\nA full synchronization reads every record. "
               "A record that is not coupled yet is coupled to the record on the other side "
               "whose %2 are equal, or inserted there when none matches.")
                .arg(name, fields.join(QStringLiteral(", "))),
            [this, name] { fullSynchronization({name}); }, false);
    });
    dialog->open();
}

void MappingsPage::showFieldMappings()
{
    const TableMapping *m = savedMapping();
    if (!m)
        return;
    auto *dialog = new FieldMappingsDialog(*m, session()->workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MappingsPage::save(const Workspace &workspace, const QString &mapping)
{
    const QList<WorkspaceIssue> issues = WorkspaceFile::validateStructure(workspace);
    if (!issues.isEmpty()) {
        for (qsizetype i = 0; i < workspace.mappings.size(); ++i) {
            if (workspace.mappings.at(i).name == mapping)
                return describeIssue(workspace.mappings.at(i), i, issues.constFirst());
        }
        return issues.constFirst().toString();
    }
    return session()->updateWorkspace(workspace);
}

// ---- the table -------------------------------------------------------------------

void MappingsPage::onWorkspaceChanged()
{
    const QStringList selected = selectedMappings();
    const QString edited = m_edited;
    const bool keepEdits = hasUnappliedChanges();
    m_loading = keepEdits; // selectMappings() must not reload the editor over the edits
    // A model reset forgets the header's hidden, moved and sized columns.
    const QByteArray header = m_table->horizontalHeader()->saveState();
    m_model->setMappings(session()->workspace().mappings);
    m_table->horizontalHeader()->restoreState(header);
    m_loading = false;
    selectMappings(selected.isEmpty() && !edited.isEmpty() ? QStringList{edited} : selected);
    if (!keepEdits || m_edited != edited)
        loadEditor();
    else
        updateEditorButtons();
}

void MappingsPage::onCurrentChanged()
{
    if (m_loading)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString name = current.isValid() ? m_model->mapping(current.row()).name : QString();
    if (name == m_edited)
        return;
    if (hasUnappliedChanges())
        emit statusMessage(tr("The changes to %1 were not applied.").arg(m_edited));
    m_edited = name;
    loadEditor();
}

// ---- the editor -----------------------------------------------------------------

void MappingsPage::setUpEditor()
{
    m_ui->setupUi(m_editor);
    m_editor->setObjectName(QStringLiteral("editor"));
    fillCombo(m_ui->direction,
              {{Captions::direction(Direction::Bidirectional), int(Direction::Bidirectional)},
               {Captions::direction(Direction::ToRemote), int(Direction::ToRemote)},
               {Captions::direction(Direction::FromRemote), int(Direction::FromRemote)}});
    fillCombo(m_ui->deletionPolicy,
              {{Captions::deletionPolicy(DeletionPolicy::None), int(DeletionPolicy::None)},
               {Captions::deletionPolicy(DeletionPolicy::Restore), int(DeletionPolicy::Restore)},
               {Captions::deletionPolicy(DeletionPolicy::RemoveCoupling),
                int(DeletionPolicy::RemoveCoupling)}});
    fillCombo(m_ui->updateConflictPolicy,
              {{Captions::updateConflictPolicy(UpdateConflictPolicy::None),
                int(UpdateConflictPolicy::None)},
               {Captions::updateConflictPolicy(UpdateConflictPolicy::SendToRemote),
                int(UpdateConflictPolicy::SendToRemote)},
               {Captions::updateConflictPolicy(UpdateConflictPolicy::GetFromRemote),
                int(UpdateConflictPolicy::GetFromRemote)}});
    fillCombo(m_ui->conflictDetection, {{tr("Field level"), int(ConflictDetection::FieldLevel)},
                                        {tr("Record level"), int(ConflictDetection::RecordLevel)}});

    QPalette help = m_ui->scheduleHelp->palette();
    help.setColor(QPalette::WindowText, help.color(QPalette::PlaceholderText));
    m_ui->scheduleHelp->setPalette(help);
    QPalette error = m_ui->validationError->palette();
    error.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_ui->validationError->setPalette(error);
    m_ui->validationError->hide();
    // A long filter must not widen the page: it is cut off, and shown whole in the tooltip.
    for (QLabel *label : {m_ui->filters, m_ui->matchFields})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    for (QComboBox *combo : {m_ui->direction, m_ui->deletionPolicy, m_ui->updateConflictPolicy,
                             m_ui->conflictDetection}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingsPage::updateEditorButtons);
    }
    for (QCheckBox *check : {m_ui->onlyCoupled, m_ui->scheduleEnabled})
        connect(check, &QCheckBox::toggled, this, &MappingsPage::updateEditorButtons);
    for (QSpinBox *spin : {m_ui->intervalMinutes, m_ui->inactivityLimitMinutes})
        connect(spin, &QSpinBox::valueChanged, this, &MappingsPage::updateEditorButtons);
    connect(m_ui->applyMapping, &QPushButton::clicked, this, &MappingsPage::applyEditor);
    connect(m_ui->revertMapping, &QPushButton::clicked, this, &MappingsPage::loadEditor);
    // Without a tracked QAction: Apply is refused while a job runs, so follow the session.
    connect(session(), &ConsoleSession::busyChanged, this, &MappingsPage::updateEditorButtons);
}

const TableMapping *MappingsPage::savedMapping() const
{
    return m_edited.isEmpty() ? nullptr : session()->workspace().mapping(m_edited);
}

void MappingsPage::loadEditor()
{
    const TableMapping *m = savedMapping();
    m_loading = true;
    m_editor->setEnabled(m != nullptr);
    if (!m) {
        m_editor->setTitle(tr("No mapping selected"));
        m_ui->filters->clear();
        m_ui->matchFields->clear();
    } else {
        const Workspace &w = session()->workspace();
        m_editor->setTitle(tr("%1: %2 (%3) \u2194 %4 (%5)")
                               .arg(m->name, m->local.displayName(), w.systemName(Side::Local),
                                    m->remote.displayName(), w.systemName(Side::Remote)));
        setComboValue(m_ui->direction, m->direction);
        setComboValue(m_ui->deletionPolicy, m->deletionPolicy);
        setComboValue(m_ui->updateConflictPolicy, m->updateConflictPolicy);
        setComboValue(m_ui->conflictDetection, m->conflictDetection);
        m_ui->onlyCoupled->setChecked(m->onlyCoupled);
        const bool scheduled = m->schedule.enabled();
        m_ui->scheduleEnabled->setChecked(scheduled);
        const int interval = scheduled ? m->schedule.intervalMinutes : defaultIntervalMinutes;
        m_ui->intervalMinutes->setValue(interval);
        m_ui->inactivityLimitMinutes->setValue(scheduled ? m->schedule.limitMinutes()
                                                         : 4 * interval);
        QStringList filters;
        for (const TableSide *s : {&m->local, &m->remote}) {
            if (!s->filter.isEmpty())
                filters.append(QStringLiteral("%1: %2").arg(s->displayName(), s->filter));
        }
        m_ui->filters->setText(filters.isEmpty() ? tr("None (every record)")
                                                 : filters.join(QStringLiteral("; ")));
        m_ui->filters->setToolTip(filters.join(QLatin1Char('\n')));
        m_ui->matchFields->setText(m->matchFields.isEmpty()
                                       ? tr("None (uncoupled records are inserted)")
                                       : m->matchFields.join(QStringLiteral(", ")));
    }
    m_loading = false;
    showValidationError({});
    updateEditorButtons();
}

TableMapping MappingsPage::editorMapping(const TableMapping &saved) const
{
    TableMapping m = saved;
    m.direction = comboValue<Direction>(m_ui->direction);
    m.deletionPolicy = comboValue<DeletionPolicy>(m_ui->deletionPolicy);
    m.updateConflictPolicy = comboValue<UpdateConflictPolicy>(m_ui->updateConflictPolicy);
    m.conflictDetection = comboValue<ConflictDetection>(m_ui->conflictDetection);
    m.onlyCoupled = m_ui->onlyCoupled->isChecked();
    m.schedule =
        m_ui->scheduleEnabled->isChecked()
            ? Schedule{m_ui->intervalMinutes->value(), m_ui->inactivityLimitMinutes->value()}
            : Schedule{};
    // Fields that follow the mapping's direction change with it (as in the file,
    // where a field without "direction" takes the mapping's).
    if (m.direction != saved.direction) {
        for (FieldMapping &f : m.fields) {
            if (f.direction == saved.direction)
                f.direction = m.direction;
        }
    }
    return m;
}

bool MappingsPage::hasUnappliedChanges() const
{
    const TableMapping *saved = savedMapping();
    if (!saved)
        return false;
    const TableMapping edited = editorMapping(*saved);
    const bool sameSchedule =
        edited.schedule.enabled() == saved->schedule.enabled() &&
        (!edited.schedule.enabled() ||
         (edited.schedule.intervalMinutes == saved->schedule.intervalMinutes &&
          edited.schedule.limitMinutes() == saved->schedule.limitMinutes()));
    return edited.direction != saved->direction || edited.deletionPolicy != saved->deletionPolicy ||
           edited.updateConflictPolicy != saved->updateConflictPolicy ||
           edited.conflictDetection != saved->conflictDetection ||
           edited.onlyCoupled != saved->onlyCoupled || !sameSchedule;
}

void MappingsPage::updateEditorButtons()
{
    if (m_loading)
        return;
    const bool scheduled = m_ui->scheduleEnabled->isChecked();
    m_ui->intervalMinutes->setEnabled(scheduled);
    m_ui->inactivityLimitLabel->setEnabled(scheduled);
    m_ui->inactivityLimitMinutes->setEnabled(scheduled);
    const bool changed = hasUnappliedChanges();
    m_ui->applyMapping->setEnabled(changed && !session()->isBusy());
    m_ui->applyMapping->setToolTip(session()->isBusy()
                                       ? tr("Wait until the running job or operation has finished.")
                                       : tr("Save the changes to the workspace file."));
    m_ui->revertMapping->setEnabled(changed);
    if (!changed)
        showValidationError({});
}

void MappingsPage::showValidationError(const QString &message)
{
    m_ui->validationError->setText(message.isEmpty() ? QString()
                                                     : tr("Not saved. %1").arg(message));
    m_ui->validationError->setVisible(!message.isEmpty());
}

void MappingsPage::applyEditor()
{
    const TableMapping *saved = savedMapping();
    if (!saved || !hasUnappliedChanges())
        return;
    const QString name = saved->name;
    Workspace w = session()->workspace();
    for (TableMapping &m : w.mappings) {
        if (m.name == name)
            m = editorMapping(m);
    }
    const QString error = save(w, name);
    if (!error.isEmpty()) {
        showValidationError(error);
        return;
    }
    // The session emitted workspaceChanged: the table and the editor show the saved mapping.
    emit statusMessage(tr("Saved the settings of %1.").arg(name));
}

} // namespace couplet
