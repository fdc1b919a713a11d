#include "store/errorexport.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

namespace couplet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("couplet::ErrorExport", text);
}

constexpr int pageSize = 500;

// RFC 4180: quote every field that needs it, double the quotes inside.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                       : QString();
}

QByteArray csvLine(const SyncError &e)
{
    const QStringList fields{QString::number(e.id),
                             timeText(e.at),
                             e.mapping,
                             e.jobId > 0 ? QString::number(e.jobId) : QString(),
                             e.message,
                             e.detail,
                             e.source.toString(),
                             e.destination.toString()};
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

void write(QIODevice &out, const QByteArray &data, const QString &where)
{
    if (out.write(data) != data.size())
        throw Error(tr("Cannot write %1: %2").arg(where, out.errorString()));
}

int exportTo(const StateStore &store, ErrorQuery query, QIODevice &out, const QString &where)
{
    write(out, QByteArrayLiteral("id,at,mapping,job,message,detail,source,destination\r\n"), where);
    // Errors logged from now on would shift the pages: the export ends at the
    // newest error there is when it starts.
    ErrorQuery newest = query;
    newest.sortBy = ErrorQuery::SortKey::At;
    newest.order = Qt::DescendingOrder;
    newest.after = {};
    newest.offset = 0;
    newest.limit = 1;
    const QList<SyncError> first = store.errors(newest);
    if (first.isEmpty())
        return 0;
    if (!query.to.isValid() || first.constFirst().at < query.to)
        query.to = first.constFirst().at;
    // In time order the pages follow the last row written (keyset paging), so
    // each costs the same however far the export has come.
    const bool keyset = query.sortBy == ErrorQuery::SortKey::At;
    int written = 0;
    query.offset = 0;
    query.after = {};
    query.limit = pageSize;
    for (;;) {
        const QList<SyncError> page = store.errors(query);
        QByteArray chunk;
        for (const SyncError &e : page)
            chunk += csvLine(e);
        write(out, chunk, where);
        written += int(page.size());
        if (page.size() < pageSize)
            break;
        if (keyset)
            query.after = ErrorPosition{page.constLast().at, page.constLast().id};
        else
            query.offset += pageSize;
    }
    return written;
}

} // namespace

int exportErrorsCsv(const StateStore &store, ErrorQuery query, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(where, file.errorString()));
    const int written = exportTo(store, std::move(query), file, where);
    if (!file.commit())
        throw Error(tr("Cannot write %1: %2").arg(where, file.errorString()));
    return written;
}

int exportErrorsCsv(const StateStore &store, ErrorQuery query, QIODevice &out)
{
    return exportTo(store, std::move(query), out, tr("the export"));
}

} // namespace couplet
