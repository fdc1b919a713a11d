#include "engine/syncengine.h"

#include "clock.h"
#include "connectors/connector.h"
#include "engine/values.h"
#include "error.h"
#include "health/healthcheck.h"
#include "logging.h"
#include "store/statestore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

namespace couplet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::SyncEngine", text);
}

enum class Outcome { Inserted, Modified, Deleted, Unchanged, Skipped, Failed, Ignored };

PassDirection reverse(PassDirection d)
{
    return d == PassDirection::LocalToRemote ? PassDirection::RemoteToLocal
                                             : PassDirection::LocalToRemote;
}

// Time-ordered GUIDs (UUID version 7, RFC 9562): the milliseconds since the
// epoch first, then a 12-bit sequence, then 62 random bits. Keys made one after
// another sort one after another, so a batch of inserts appends to the end of
// the destination's key index (and of the state store's) instead of dirtying a
// random page of it per row; that random I/O cost more than the rest of an
// initial sync. Dataverse and SQL Server make their own keys the same way.
class TimeOrderedUuids
{
public:
    QString next(qint64 msecs)
    {
        // Monotonic within this generator (RFC 9562, 6.2 method 1): the same or an
        // earlier millisecond counts on in the sequence, borrowing the next
        // millisecond when it runs out; the random bits keep keys unique across
        // processes.
        QRandomGenerator *random = QRandomGenerator::system();
        if (msecs > m_msecs) {
            m_msecs = msecs;
            m_sequence = random->bounded(0x800u); // room to count on in the same ms
        } else if (++m_sequence > 0xfffu) {
            ++m_msecs;
            m_sequence = 0;
        }
        const quint64 low = random->generate64();
        const auto ms = quint64(m_msecs) & 0xffffffffffffull;
        const QUuid uuid(uint(ms >> 16), ushort(ms & 0xffff), ushort(0x7000 | m_sequence),
                         uchar(0x80 | ((low >> 56) & 0x3f)), uchar(low >> 48), uchar(low >> 40),
                         uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8),
                         uchar(low));
        return uuid.toString(QUuid::WithoutBraces);
    }

private:
    qint64 m_msecs = -1;
    uint m_sequence = 0;
};

// A client-generated key that fits the key column: a time-ordered GUID where it
// fits, otherwise random letters and digits as long as the column allows (at
// most 20).
QString newKey(int maxLength, TimeOrderedUuids &uuids, qint64 msecs)
{
    if (maxLength < 0 || maxLength >= 36)
        return uuids.next(msecs);
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString key;
    const int length = qMin(maxLength, 20);
    QByteArray random = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
    for (int i = 0; i < length; ++i)
        key.append(QLatin1Char(alphabet[quint8(random.at(i)) % 36]));
    return key;
}

// One candidate row while its batch is decided and written.
struct Item
{
    Row source;
    bool sourceMissing = false; // a failed coupling whose source row is gone
    Coupling coupling;
    bool hasCoupling = false; // the coupling exists in the store
    std::optional<Row> dest;
    Outcome outcome = Outcome::Unchanged;
    bool coupledNow = false;     // matched or inserted in this pass
    bool removeCoupling = false; // deletion conflict resolved by removing the coupling
    // Writes: values for the destination row and, for a field-level merge, back
    // to the source row. Empty maps write nothing.
    WriteOp::Kind destKind = WriteOp::Kind::Update;
    QVariantMap destValues;
    bool writesDest = false;
    WriteOp::Kind sourceKind = WriteOp::Kind::Update;
    QVariantMap sourceValues;
    bool writesSource = false;
    QString error;
    QString detail;
    bool stampChanged = false; // the destination changed between read and write
    bool touched = false;      // the coupling changed and must be saved
};

} // namespace

// One pass of one mapping in one direction.
class SyncEngine::Pass
{
public:
    Pass(SyncEngine &engine, const TableMapping &mapping, PassDirection direction, SyncJob &job,
         int batchSize)
        : e(engine)
        , m(mapping)
        , dir(direction)
        , src(sourceSide(direction))
        , dst(destinationSide(direction))
        , job(job)
        , batchSize(qMax(1, batchSize))
        , transfer(mapping, engine.m_store)
    {}

    // Returns false when cancelled.
    bool run()
    {
        recoverJournal();
        if (!runFailed() || !runModified())
            return false;
        // Rows read twice or ignored made the estimate too high: end at done/done.
        total = done;
        report();
        return true;
    }

private:
    // lupdate files the strings of the Pass's functions under this context.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("couplet::SyncEngine::Pass", text);
    }
    Connector &connector(Side s) { return s == Side::Local ? e.m_local : e.m_remote; }
    TableSpec spec(Side s) const
    {
        const TableSide &t = m.side(s);
        return TableSpec{t.table, t.key, t.modified, m.columns(s), t.filter};
    }
    bool cancelled() const { return e.m_cancel && e.m_cancel->load(); }
    void report()
    {
        if (e.m_progress)
            e.m_progress(SyncProgress{m.name, dir, done, qMax(total, done)});
    }

    void recoverJournal();
    QString generateKey()
    {
        if (!keyLength) {
            const TableInfo info = connector(dst).tableInfo(m.side(dst).table);
            const ColumnInfo *column = info.column(m.side(dst).key);
            keyLength = column ? column->length : -1;
        }
        return newKey(*keyLength, uuids, e.m_clock.now().toMSecsSinceEpoch());
    }
    bool runFailed();
    bool runModified();
    void processBatch(QList<Item> items, bool isRetry = false);
    void classify(Item &item, QList<Item *> &needDest, QList<Item *> &uncoupled);
    void decideCoupled(Item &item);
    void decideUncoupled(Item &item, QSet<QString> &matchedInBatch);
    void decideDestinationMissing(Item &item);
    void decideSourceMissing(Item &item);
    // Logs the item's error. Without a cause, the state store classifies the
    // message and detail, which works for the systems' own (English) words only.
    void fail(Item &item, const QString &message, const QString &detail = {},
              std::optional<ErrorCause> cause = {});
    void skipForConflict(Item &item, const QStringList &fields);
    void applyResults(QList<Item> &items, const QList<int> &index, const QList<WriteResult> &res,
                      bool destination);
    void finish(Item &item);
    void save(QList<Item> &items, qint64 journalId);
    RecordRef ref(Side s, const Item &item) const
    {
        return RecordRef{s, m.side(s).table, item.coupling.key(s)};
    }
    // Whether the source row still holds the values of the last sync. A stamp
    // alone cannot tell an edit made in the same millisecond as our own write.
    bool matchesSynced(const Item &item) const
    {
        const QVariantMap &synced = item.coupling.values(src);
        for (auto it = synced.cbegin(); it != synced.cend(); ++it) {
            if (!sameValue(item.source.values.value(it.key()), it.value()))
                return false;
        }
        return true;
    }
    QVariantMap mappedValues(Side s, const QVariantMap &row) const
    {
        return couplet::mappedValues(m, s, row);
    }

    SyncEngine &e;
    const TableMapping &m;
    const PassDirection dir;
    const Side src;
    const Side dst;
    SyncJob &job;
    const int batchSize;
    FieldTransfer transfer;
    QSet<QString> seen; // source keys already taken in this pass
    QDateTime markAtStart;
    std::optional<int> keyLength;
    TimeOrderedUuids uuids;
    QList<SyncError> pendingErrors;
    int done = 0;
    int total = 0;
};

void SyncEngine::Pass::recoverJournal()
{
    // Inserts recorded before a crash: couple the rows that were written, so a
    // retry never inserts them twice. Both sides, since either pass may have died.
    for (const JournalEntry &entry : e.m_store.journal(m.name)) {
        const Side target = entry.targetSide;
        const Side origin = otherSide(target);
        const PassDirection d =
            target == Side::Remote ? PassDirection::LocalToRemote : PassDirection::RemoteToLocal;
        QStringList targetKeys;
        QStringList originKeys;
        for (const auto &[from, to] : entry.keys) {
            if (!to.isEmpty()) {
                targetKeys.append(to);
                originKeys.append(from);
            }
        }
        const QSet<QString> existing = connector(target).existingKeys(spec(target), targetKeys);
        QHash<QString, Coupling> byOrigin = e.m_store.couplingsByKeys(m.name, origin, originKeys);
        const QHash<QString, Coupling> byTarget =
            e.m_store.couplingsByKeys(m.name, target, targetKeys);
        QList<Coupling> recovered;
        for (const auto &[from, to] : entry.keys) {
            if (to.isEmpty() || !existing.contains(to) || byTarget.contains(to))
                continue;
            Coupling c = byOrigin.value(from);
            if (c.key(target) == to)
                continue;
            c.mapping = m.name;
            c.key(origin) = from;
            c.key(target) = to;
            // Marked failed so the retry phase brings both rows in line now.
            c.lastResult(d) = SyncResult::Failure;
            recovered.append(c);
        }
        e.m_store.begin();
        try {
            e.m_store.saveCouplings(recovered);
            e.m_store.removeJournalEntry(entry.id);
            e.m_store.commit();
        } catch (...) {
            e.m_store.rollback();
            throw;
        }
        if (!recovered.isEmpty()) {
            qCInfo(lcEngine) << "Recovered" << recovered.size() << "interrupted inserts of"
                             << m.name;
        }
    }
}

bool SyncEngine::Pass::runFailed()
{
    qint64 afterId = 0;
    for (;;) {
        if (cancelled())
            return false;
        const QList<Coupling> failed = e.m_store.failedCouplings(m.name, dir, afterId, batchSize);
        if (failed.isEmpty())
            return true;
        afterId = failed.constLast().id;
        QStringList keys;
        for (const Coupling &c : failed)
            keys.append(c.key(src));
        QHash<QString, Row> rows;
        for (Row &row : connector(src).rowsByKeys(spec(src), keys))
            rows.insert(row.key, std::move(row));
        QList<Item> items;
        for (const Coupling &c : failed) {
            if (seen.contains(c.key(src)))
                continue;
            Item item;
            item.coupling = c;
            item.hasCoupling = true;
            const auto row = rows.constFind(c.key(src));
            if (row == rows.constEnd()) {
                item.sourceMissing = true;
                item.source.key = c.key(src);
            } else {
                item.source = *row;
            }
            items.append(item);
        }
        total += items.size();
        processBatch(items);
        if (failed.size() < batchSize)
            return true;
    }
}

bool SyncEngine::Pass::runModified()
{
    const QDateTime mark = e.m_store.mark(m.name, dir);
    markAtStart = mark;
    total += connector(src).countModifiedSince(spec(src), mark);
    report();
    ScanCursor cursor;
    QDateTime newest;
    for (;;) {
        if (cancelled())
            return false;
        const QList<Row> rows = connector(src).modifiedSince(spec(src), mark, cursor, batchSize);
        if (rows.isEmpty())
            break;
        cursor = ScanCursor{rows.constLast().stamp, rows.constLast().key};
        QList<Item> items;
        for (const Row &row : rows) {
            if (row.stamp.isValid() && (!newest.isValid() || row.stamp > newest))
                newest = row.stamp;
            if (seen.contains(row.key))
                continue;
            Item item;
            item.source = row;
            items.append(item);
        }
        processBatch(items);
        if (rows.size() < batchSize)
            break;
    }
    // The mark never passes the job's start: a row committed late with an older
    // stamp is still read next time (and found Unchanged if it was synced).
    if (newest.isValid()) {
        const QDateTime next = qMin(newest, job.started);
        if (!mark.isValid() || next > mark)
            e.m_store.setMark(m.name, dir, next);
    }
    return true;
}

void SyncEngine::Pass::processBatch(QList<Item> items, bool isRetry)
{
    if (items.isEmpty())
        return;
    // Couplings of rows found by the scan, in one query.
    QStringList lookupKeys;
    for (const Item &item : std::as_const(items)) {
        if (!item.hasCoupling)
            lookupKeys.append(item.source.key);
    }
    if (!lookupKeys.isEmpty()) {
        const QHash<QString, Coupling> found = e.m_store.couplingsByKeys(m.name, src, lookupKeys);
        for (Item &item : items) {
            const auto c = found.constFind(item.source.key);
            if (!item.hasCoupling && c != found.constEnd()) {
                item.coupling = *c;
                item.hasCoupling = true;
            }
        }
    }

    QList<Item *> needDest;
    QList<Item *> uncoupled;
    QList<Row> sourceRows;
    for (Item &item : items) {
        seen.insert(item.source.key);
        classify(item, needDest, uncoupled);
        if (!item.sourceMissing)
            sourceRows.append(item.source);
    }
    transfer.prefetch(dir, sourceRows);

    if (!needDest.isEmpty()) {
        QStringList keys;
        for (const Item *item : std::as_const(needDest))
            keys.append(item->coupling.key(dst));
        QHash<QString, Row> rows;
        for (Row &row : connector(dst).rowsByKeys(spec(dst), keys))
            rows.insert(row.key, std::move(row));
        for (Item *item : std::as_const(needDest)) {
            const auto row = rows.constFind(item->coupling.key(dst));
            if (row != rows.constEnd())
                item->dest = *row;
            if (item->sourceMissing)
                decideSourceMissing(*item);
            else if (!item->dest)
                decideDestinationMissing(*item);
            else
                decideCoupled(*item);
        }
    }
    QSet<QString> matchedInBatch;
    for (Item *item : std::as_const(uncoupled))
        decideUncoupled(*item, matchedInBatch);

    // Record the inserts about to be made before making them.
    JournalEntry journal;
    journal.mapping = m.name;
    journal.targetSide = dst;
    journal.created = e.m_clock.now();
    QList<WriteOp> destOps;
    QList<int> destIndex;
    QList<WriteOp> sourceOps;
    QList<int> sourceIndex;
    for (int i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        if (item.outcome == Outcome::Failed || item.outcome == Outcome::Skipped)
            continue;
        if (item.writesDest) {
            WriteOp op{item.destKind, item.coupling.key(dst), item.destValues,
                       item.dest ? item.dest->etag : QString()};
            if (item.destKind == WriteOp::Kind::Insert && !op.key.isEmpty())
                journal.keys.append({item.source.key, op.key});
            destOps.append(op);
            destIndex.append(i);
        }
        if (item.writesSource) {
            WriteOp op{item.sourceKind, item.coupling.key(src), item.sourceValues,
                       item.sourceKind == WriteOp::Kind::Insert ? QString() : item.source.etag};
            sourceOps.append(op);
            sourceIndex.append(i);
        }
    }
    if (!journal.keys.isEmpty())
        e.m_store.addJournalEntry(journal);
    if (!destOps.isEmpty())
        applyResults(items, destIndex, connector(dst).write(spec(dst), destOps), true);
    // A source write-back only follows a destination write that succeeded.
    QList<WriteOp> okSourceOps;
    QList<int> okSourceIndex;
    for (int k = 0; k < sourceOps.size(); ++k) {
        if (items[sourceIndex[k]].outcome != Outcome::Failed &&
            !items[sourceIndex[k]].stampChanged) {
            okSourceOps.append(sourceOps[k]);
            okSourceIndex.append(sourceIndex[k]);
        }
    }
    if (!okSourceOps.isEmpty())
        applyResults(items, okSourceIndex, connector(src).write(spec(src), okSourceOps), false);

    // A destination that changed between our read and our write goes through the
    // decision again, once, with what it holds now.
    QList<Item> again;
    for (Item &item : items) {
        if (item.stampChanged) {
            if (isRetry) {
                item.stampChanged = false;
                fail(item,
                     tr("The %1 record %2 changed again while it was being synchronized")
                         .arg(m.side(dst).displayName(), item.coupling.key(dst)),
                     {}, ErrorCause::ChangedUnderUs);
            } else {
                Item fresh;
                fresh.source = item.source;
                fresh.coupling = item.coupling;
                fresh.hasCoupling = item.hasCoupling;
                again.append(fresh);
                item.outcome = Outcome::Ignored;
                seen.remove(item.source.key);
            }
        }
    }
    for (Item &item : items)
        finish(item);
    save(items, journal.keys.isEmpty() ? 0 : journal.id);
    if (!again.isEmpty())
        processBatch(again, true);
}

void SyncEngine::Pass::classify(Item &item, QList<Item *> &needDest, QList<Item *> &uncoupled)
{
    if (item.hasCoupling && item.coupling.skipped) {
        item.outcome = Outcome::Skipped;
        return;
    }
    const bool complete = item.hasCoupling && item.coupling.isComplete();
    if (item.sourceMissing) {
        if (complete) {
            needDest.append(&item);
        } else {
            // A failed insert whose source row is gone: nothing is left to sync.
            item.removeCoupling = true;
            item.outcome = Outcome::Deleted;
        }
        return;
    }
    // Rows at the mark are read again (many rows can share one stamp); the ones
    // synced at that very stamp last time are duplicates, not candidates.
    if (complete && markAtStart.isValid() && item.source.stamp == markAtStart &&
        item.coupling.stamp(src) == item.source.stamp &&
        item.coupling.lastResult(dir) != SyncResult::Failure && matchesSynced(item)) {
        item.outcome = Outcome::Ignored;
        return;
    }
    if (m.onlyCoupled && !complete) {
        item.outcome = Outcome::Ignored;
        return;
    }
    if (complete)
        needDest.append(&item);
    else
        uncoupled.append(&item);
}

void SyncEngine::Pass::decideCoupled(Item &item)
{
    Coupling &c = item.coupling;
    const Row &dest = *item.dest;
    const bool retrying = c.lastResult(dir) == SyncResult::Failure;
    const bool sourceChanged = retrying || !c.stamp(src).isValid() ||
                               item.source.stamp != c.stamp(src) || !matchesSynced(item);
    if (!sourceChanged) {
        item.outcome = Outcome::Unchanged; // includes the echo of our own writes
        return;
    }
    item.touched = true;
    const FieldTransfer::Result full = transfer.apply(dir, item.source.values);
    if (!full.ok()) {
        fail(item, full.error, full.detail, full.cause);
        return;
    }
    const bool destChanged = c.stamp(dst).isValid() && dest.stamp != c.stamp(dst);
    QStringList writeBack; // local columns whose destination value wins
    if (destChanged && m.direction == Direction::Bidirectional) {
        QStringList conflicts;
        QStringList destOnly;
        for (const FieldMapping &f : m.fields) {
            if (!f.isCompared() || f.direction != Direction::Bidirectional)
                continue;
            const QString &sc = src == Side::Local ? f.local : f.remote;
            const QString &dc = dst == Side::Local ? f.local : f.remote;
            const bool sChanged = !sameValue(item.source.values.value(sc), c.values(src).value(sc));
            const bool dChanged = !sameValue(dest.values.value(dc), c.values(dst).value(dc));
            if (sChanged && dChanged && !sameValue(full.values.value(dc), dest.values.value(dc)))
                conflicts.append(f.local);
            else if (dChanged && !sChanged)
                destOnly.append(f.local);
        }
        const bool recordLevel = m.conflictDetection == ConflictDetection::RecordLevel;
        if (recordLevel || !conflicts.isEmpty()) {
            if (m.updateConflictPolicy == UpdateConflictPolicy::None) {
                skipForConflict(item, recordLevel && conflicts.isEmpty() ? destOnly : conflicts);
                return;
            }
            const bool localWins = m.updateConflictPolicy == UpdateConflictPolicy::SendToRemote;
            const bool sourceWins = localWins == (src == Side::Local);
            if (recordLevel) {
                if (!sourceWins) {
                    // The destination's whole record wins: nothing goes that way.
                    for (const FieldMapping &f : m.fields) {
                        if (f.transfers(reverse(dir)) && !f.local.isEmpty())
                            writeBack.append(f.local);
                    }
                }
                destOnly.clear();
            } else if (!sourceWins) {
                writeBack.append(conflicts);
            }
        }
        writeBack.append(destOnly);
    }

    QVariantMap destValues;
    for (auto it = full.values.cbegin(); it != full.values.cend(); ++it) {
        const FieldMapping *f = nullptr;
        for (const FieldMapping &candidate : m.fields) {
            if ((dst == Side::Local ? candidate.local : candidate.remote) == it.key())
                f = &candidate;
        }
        if (f && !f->local.isEmpty() && writeBack.contains(f->local))
            continue;
        if (!sameValue(it.value(), dest.values.value(it.key())))
            destValues.insert(it.key(), it.value());
    }
    QVariantMap sourceValues;
    if (!writeBack.isEmpty()) {
        const FieldTransfer::Result back = transfer.apply(reverse(dir), dest.values, &writeBack);
        if (!back.ok()) {
            fail(item, back.error, back.detail, back.cause);
            return;
        }
        for (auto it = back.values.cbegin(); it != back.values.cend(); ++it) {
            if (!sameValue(it.value(), item.source.values.value(it.key())))
                sourceValues.insert(it.key(), it.value());
        }
    }
    item.destValues = destValues;
    item.writesDest = !destValues.isEmpty();
    item.sourceValues = sourceValues;
    item.writesSource = !sourceValues.isEmpty();
    item.outcome = item.writesDest || item.writesSource ? Outcome::Modified : Outcome::Unchanged;
}

void SyncEngine::Pass::decideUncoupled(Item &item, QSet<QString> &matchedInBatch)
{
    Coupling &c = item.coupling;
    item.touched = true;
    if (!item.hasCoupling) {
        c.mapping = m.name;
        c.key(src) = item.source.key;
    }
    const FieldTransfer::Result full = transfer.apply(dir, item.source.values);
    if (!full.ok()) {
        fail(item, full.error, full.detail, full.cause);
        return;
    }
    if (!m.matchFields.isEmpty()) {
        QVariantMap equals;
        for (const QString &local : m.matchFields) {
            const FieldMapping *f = m.fieldByLocal(local);
            const QString &column = f ? (dst == Side::Local ? f->local : f->remote) : QString();
            if (!column.isEmpty())
                equals.insert(column, full.values.value(column));
        }
        const QList<Row> found = connector(dst).findRows(spec(dst), equals, 2);
        if (found.size() > 1) {
            fail(item,
                 tr("More than one %1 record matches %2 %3 on the match-based coupling "
                    "fields, so it cannot be coupled")
                     .arg(m.side(dst).displayName(), m.side(src).displayName(), item.source.key),
                 {}, ErrorCause::LookupFailed);
            return;
        }
        if (found.size() == 1 && !matchedInBatch.contains(found.first().key) &&
            !e.m_store.couplingByKey(m.name, dst, found.first().key)) {
            matchedInBatch.insert(found.first().key);
            c.key(dst) = found.first().key;
            item.dest = found.first();
            item.coupledNow = true;
            decideCoupled(item);
            return;
        }
    }
    // A field mapped onto the destination's key column gives the key (a currency
    // code); otherwise the key is generated here, so the journal knows it.
    const QVariant mappedKey = full.values.value(m.side(dst).key);
    if (!mappedKey.toString().isEmpty())
        c.key(dst) = mappedKey.toString();
    else
        c.key(dst) = connector(dst).generatesKeys(spec(dst)) ? QString() : generateKey();
    item.destKind = WriteOp::Kind::Insert;
    item.destValues = full.values;
    item.writesDest = true;
    item.coupledNow = true;
    item.outcome = Outcome::Inserted;
}

void SyncEngine::Pass::decideDestinationMissing(Item &item)
{
    Coupling &c = item.coupling;
    item.touched = true;
    switch (m.deletionPolicy) {
    case DeletionPolicy::RemoveCoupling:
        item.removeCoupling = true;
        item.outcome = Outcome::Deleted;
        return;
    case DeletionPolicy::Restore: {
        const FieldTransfer::Result full = transfer.apply(dir, item.source.values);
        if (!full.ok()) {
            fail(item, full.error, full.detail, full.cause);
            return;
        }
        if (connector(dst).generatesKeys(spec(dst)))
            c.key(dst).clear();
        item.destKind = WriteOp::Kind::Insert;
        item.destValues = full.values;
        item.writesDest = true;
        item.outcome = Outcome::Inserted;
        return;
    }
    case DeletionPolicy::None:
        break;
    }
    const QString message = tr("The %1 record in %2 coupled to %3 %4 has been deleted")
                                .arg(m.side(dst).displayName(), e.m_workspace.systemName(dst),
                                     m.side(src).displayName(), item.source.key);
    fail(item, message,
         tr("%1 %2 no longer exists. Restore it from the %3 record, delete the %3 record, or "
            "delete the coupling.")
             .arg(m.side(dst).displayName(), c.key(dst), m.side(src).displayName()),
         ErrorCause::CoupledRowDeleted);
    (dst == Side::Local ? c.localDeleted : c.remoteDeleted) = true;
    c.skipped = true;
    c.skipReason = SkipReason::DeletionConflict;
}

void SyncEngine::Pass::decideSourceMissing(Item &item)
{
    Coupling &c = item.coupling;
    item.touched = true;
    if (!item.dest) {
        // Gone on both sides: the coupling has nothing left to link.
        item.removeCoupling = true;
        item.outcome = Outcome::Deleted;
        return;
    }
    switch (m.deletionPolicy) {
    case DeletionPolicy::RemoveCoupling:
        item.removeCoupling = true;
        item.outcome = Outcome::Deleted;
        return;
    case DeletionPolicy::Restore: {
        const FieldTransfer::Result back = transfer.apply(reverse(dir), item.dest->values);
        if (!back.ok()) {
            fail(item, back.error, back.detail, back.cause);
            return;
        }
        item.sourceKind = WriteOp::Kind::Insert;
        item.sourceValues = back.values;
        item.writesSource = true;
        item.outcome = Outcome::Inserted;
        return;
    }
    case DeletionPolicy::None:
        break;
    }
    fail(item,
         tr("The %1 record %2 in %3 coupled to %4 %5 has been deleted")
             .arg(m.side(src).displayName(), item.source.key, e.m_workspace.systemName(src),
                  m.side(dst).displayName(), c.key(dst)),
         {}, ErrorCause::CoupledRowDeleted);
    (src == Side::Local ? c.localDeleted : c.remoteDeleted) = true;
    c.skipped = true;
    c.skipReason = SkipReason::DeletionConflict;
}

void SyncEngine::Pass::skipForConflict(Item &item, const QStringList &fields)
{
    Coupling &c = item.coupling;
    // The ERP's words, which administrators search for.
    const QString message =
        tr("Cannot update the %1 record because it has a later modified date than the %2 record")
            .arg(m.side(dst).displayName(), m.side(src).displayName());
    QStringList described;
    for (const QString &f : fields)
        described.append(f);
    const QString detail =
        tr("%1 %2 and %3 %4 were both changed since the last synchronization. "
           "Fields changed on both sides: %5.")
            .arg(m.side(src).displayName(), item.source.key, m.side(dst).displayName(), c.key(dst),
                 described.isEmpty() ? tr("(record-level detection)")
                                     : described.join(QStringLiteral(", ")));
    pendingErrors.append(SyncError{0, e.m_clock.now(), m.name, job.id, message, detail,
                                   ref(src, item), ref(dst, item),
                                   causeId(ErrorCause::UpdateConflict)});
    item.touched = true;
    c.skipped = true;
    c.skipReason = SkipReason::UpdateConflict;
    // Failure, so that Retry takes it again even though the mark has moved on.
    c.lastResult(dir) = SyncResult::Failure;
    c.lastError = message;
    if (!c.failedSince.isValid())
        c.failedSince = e.m_clock.now();
    item.outcome = Outcome::Skipped;
}

void SyncEngine::Pass::fail(Item &item, const QString &message, const QString &detail,
                            std::optional<ErrorCause> cause)
{
    Coupling &c = item.coupling;
    item.touched = true;
    if (c.mapping.isEmpty()) {
        c.mapping = m.name;
        c.key(src) = item.source.key;
    }
    pendingErrors.append(SyncError{0, e.m_clock.now(), m.name, job.id, message, detail,
                                   ref(src, item), ref(dst, item),
                                   cause ? causeId(*cause) : QString()});
    // The same error in two consecutive runs sets the coupling aside.
    const bool repeated = c.lastResult(dir) == SyncResult::Failure && c.lastError == message;
    c.lastResult(dir) = SyncResult::Failure;
    c.lastError = message;
    if (!c.failedSince.isValid())
        c.failedSince = e.m_clock.now();
    if (repeated && !c.skipped) {
        c.skipped = true;
        c.skipReason = SkipReason::RepeatedError;
    }
    item.writesDest = false;
    item.writesSource = false;
    item.outcome = Outcome::Failed;
}

void SyncEngine::Pass::applyResults(QList<Item> &items, const QList<int> &index,
                                    const QList<WriteResult> &results, bool destination)
{
    if (results.size() != index.size()) {
        throw Error(tr("%1 answered %2 results for %3 writes")
                        .arg(connector(destination ? dst : src).displayName())
                        .arg(results.size())
                        .arg(index.size()));
    }
    const Side side = destination ? dst : src;
    for (int k = 0; k < index.size(); ++k) {
        Item &item = items[index[k]];
        const WriteResult &r = results[k];
        if (r.ok) {
            if (!r.key.isEmpty())
                item.coupling.key(side) = r.key;
            Row &row =
                destination ? *(item.dest ? &*item.dest : &item.dest.emplace()) : item.source;
            row.key = item.coupling.key(side);
            row.stamp = r.stamp;
            row.etag = r.etag;
            for (auto it = (destination ? item.destValues : item.sourceValues).cbegin();
                 it != (destination ? item.destValues : item.sourceValues).cend(); ++it)
                row.values.insert(it.key(), it.value());
            continue;
        }
        if (r.stampChanged && destination) {
            item.stampChanged = true;
            continue;
        }
        // A failed insert wrote no row: its key must not be coupled.
        if ((destination ? item.destKind : item.sourceKind) == WriteOp::Kind::Insert)
            item.coupling.key(side).clear();
        std::optional<ErrorCause> cause = r.cause;
        if (!cause && r.notFound)
            cause = ErrorCause::CoupledRowDeleted;
        else if (!cause && r.stampChanged) // a source write-back: it is not tried again
            cause = ErrorCause::ChangedUnderUs;
        fail(item, r.message, r.detail, cause);
    }
}

void SyncEngine::Pass::finish(Item &item)
{
    Coupling &c = item.coupling;
    switch (item.outcome) {
    case Outcome::Inserted:
    case Outcome::Modified:
    case Outcome::Unchanged: {
        if (!item.touched || !item.dest)
            break; // unchanged without a decision: the coupling stays as it is
        c.mapping = m.name;
        c.stamp(src) = item.source.stamp;
        c.values(src) = mappedValues(src, item.source.values);
        // A destination that changed and was not written keeps its old stamp, so
        // the other pass still sees its change.
        const bool destCurrent = item.writesDest || item.coupledNow || !c.stamp(dst).isValid() ||
                                 item.dest->stamp == c.stamp(dst);
        if (destCurrent) {
            c.stamp(dst) = item.dest->stamp;
            c.values(dst) = mappedValues(dst, item.dest->values);
        }
        const Row &remoteRow = dst == Side::Remote ? *item.dest : item.source;
        if (dst == Side::Local || destCurrent)
            c.remoteEtag = remoteRow.etag;
        c.lastResult(dir) = SyncResult::Success;
        c.lastSyncedAt = e.m_clock.now();
        c.localDeleted = c.remoteDeleted = false;
        if (!c.hasFailed()) {
            c.lastError.clear();
            c.failedSince = QDateTime();
        }
        break;
    }
    default:
        break;
    }
    switch (item.outcome) {
    case Outcome::Inserted:
        ++job.inserted;
        break;
    case Outcome::Modified:
        ++job.modified;
        break;
    case Outcome::Deleted:
        ++job.deleted;
        break;
    case Outcome::Unchanged:
        ++job.unchanged;
        break;
    case Outcome::Skipped:
        ++job.skipped;
        break;
    case Outcome::Failed:
        ++job.failed;
        break;
    case Outcome::Ignored:
        return;
    }
    ++done;
    if (item.coupledNow && item.outcome != Outcome::Failed)
        ++job.coupled;
    if (item.removeCoupling && item.hasCoupling && c.isComplete())
        ++job.uncoupled;
}

void SyncEngine::Pass::save(QList<Item> &items, qint64 journalId)
{
    QList<Coupling> couplings;
    QList<qint64> removed;
    for (const Item &item : std::as_const(items)) {
        if (item.outcome == Outcome::Ignored)
            continue;
        if (item.removeCoupling) {
            if (item.hasCoupling)
                removed.append(item.coupling.id);
            continue;
        }
        if (item.touched && !item.coupling.mapping.isEmpty())
            couplings.append(item.coupling);
    }
    StateStore &store = e.m_store;
    store.begin();
    try {
        store.saveCouplings(couplings);
        if (!removed.isEmpty())
            store.deleteCouplings(removed);
        for (SyncError &error : pendingErrors)
            store.addError(error);
        if (journalId)
            store.removeJournalEntry(journalId);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
    pendingErrors.clear();
    report();
}

SyncEngine::SyncEngine(const Workspace &workspace, StateStore &store, Connector &local,
                       Connector &remote, const Clock &clock)
    : m_workspace(workspace)
    , m_store(store)
    , m_local(local)
    , m_remote(remote)
    , m_clock(clock)
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setProgressHandler(std::function<void(const SyncProgress &)> handler)
{
    m_progress = std::move(handler);
}

void SyncEngine::setJobHandler(std::function<void(const SyncJob &)> handler)
{
    m_jobHandler = std::move(handler);
}

void SyncEngine::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

QList<SyncJob> SyncEngine::run(const SyncOptions &options)
{
    for (const QString &name : options.mappings) {
        if (!m_workspace.mapping(name))
            throw Error(tr("The workspace has no mapping named %1").arg(name));
    }
    QList<const TableMapping *> wanted;
    const QList<TableMapping> ordered = m_workspace.orderedMappings();
    for (const TableMapping &mapping : ordered) {
        bool named = options.mappings.isEmpty();
        for (const QString &name : options.mappings)
            named = named || name.compare(mapping.name, Qt::CaseInsensitive) == 0;
        if (named)
            wanted << &mapping;
    }
    if (wanted.isEmpty())
        return {};
    // The fast health checks first: with no connection, or a refused sign-in,
    // every row would fail for the same reason. One failed job and one error
    // say it once.
    HealthOptions fast;
    fast.fastOnly = true;
    for (const HealthResult &check : runHealthChecks(m_workspace, m_local, m_remote, fast)) {
        if (check.failed())
            return {failedStart(*wanted.first(), options.trigger, check)};
    }
    QList<SyncJob> jobs;
    for (const TableMapping *m : std::as_const(wanted)) {
        const TableMapping &mapping = *m;
        for (PassDirection d : {PassDirection::LocalToRemote, PassDirection::RemoteToLocal}) {
            if (m_cancel && m_cancel->load())
                return jobs;
            if (allows(mapping.direction, d))
                jobs.append(runPass(mapping, d, options.trigger, options.batchSize));
        }
    }
    return jobs;
}

SyncJob SyncEngine::failedStart(const TableMapping &mapping, JobTrigger trigger,
                                const HealthResult &check)
{
    SyncJob job;
    job.mapping = mapping.name;
    job.direction = allows(mapping.direction, PassDirection::LocalToRemote)
                        ? PassDirection::LocalToRemote
                        : PassDirection::RemoteToLocal;
    job.trigger = trigger;
    job.started = m_clock.now();
    job.status = JobStatus::Failed;
    job.message = check.message;
    qCWarning(lcEngine) << "Synchronization not started:" << check.message << check.detail;
    try {
        m_store.saveJob(job);
        SyncError logged{0,
                         m_clock.now(),
                         mapping.name,
                         job.id,
                         check.message,
                         check.fix.isEmpty() ? check.detail
                                             : check.fix + QLatin1Char('\n') + check.detail,
                         {},
                         {},
                         causeId(check.cause)};
        m_store.addError(logged);
        job.finished = m_clock.now();
        m_store.saveJob(job);
    } catch (const Error &error) {
        qCWarning(lcEngine) << "Cannot save job" << job.id << error.message();
    }
    if (m_jobHandler)
        m_jobHandler(job);
    return job;
}

SyncJob SyncEngine::runPass(const TableMapping &mapping, PassDirection direction,
                            JobTrigger trigger, int batchSize)
{
    SyncJob job;
    job.mapping = mapping.name;
    job.direction = direction;
    job.trigger = trigger;
    job.started = m_clock.now();
    m_store.saveJob(job);
    try {
        Pass pass(*this, mapping, direction, job, batchSize);
        job.status = pass.run() ? JobStatus::Succeeded : JobStatus::Cancelled;
        if (job.status == JobStatus::Cancelled)
            job.message = tr("Cancelled by the administrator");
    } catch (const Error &error) {
        job.status = JobStatus::Failed;
        job.message = error.message();
        qCWarning(lcEngine) << "Job" << mapping.name << toString(direction)
                            << "failed:" << error.message() << error.detail();
        try {
            SyncError logged{
                0, m_clock.now(), mapping.name, job.id, error.message(), error.detail(), {}, {}};
            m_store.addError(logged);
        } catch (const Error &) {
            // The store itself failed; the job's own status carries the message.
        }
    }
    job.finished = m_clock.now();
    try {
        m_store.saveJob(job);
    } catch (const Error &error) {
        qCWarning(lcEngine) << "Cannot save job" << job.id << error.message();
    }
    if (m_jobHandler)
        m_jobHandler(job);
    return job;
}

} // namespace couplet
