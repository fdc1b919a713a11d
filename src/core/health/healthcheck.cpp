#include "health/healthcheck.h"

#include "connectors/connector.h"
#include "error.h"
#include "logging.h"
#include "model/connectionconfig.h"
#include "model/syncerror.h"
#include "model/workspace.h"
#include "store/statestore.h"
#include "workspace/workspacefile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace couplet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(couplet::HealthCheck)
};

const QString connectionId = QStringLiteral("connection");
const QString authenticationId = QStringLiteral("authentication");
const QString administratorId = QStringLiteral("administrator");
const QString permissionsId = QStringLiteral("permissions");
const QString exchangeRatesId = QStringLiteral("exchange-rates");
const QString schemaId = QStringLiteral("schema");
const QString keysId = QStringLiteral("keys");

// At most this many results of one kind about one mapping (rows without a
// rate, duplicate groups); the last one says how many more there are.
constexpr int maxListed = 10;

bool writes(const TableMapping &m, Side s)
{
    return s == Side::Local ? m.direction != Direction::ToRemote
                            : m.direction != Direction::FromRemote;
}

Side other(Side s)
{
    return s == Side::Local ? Side::Remote : Side::Local;
}

QString qualified(const QString &table, const QString &column)
{
    return table + QLatin1Char('.') + column;
}

class Checker
{
public:
    Checker(const Workspace &ws, Connector &local, Connector &remote, const HealthOptions &options)
        : m_ws(ws)
        , m_local(local)
        , m_remote(remote)
        , m_options(options)
    {
        for (const TableMapping &m : ws.mappings) {
            bool wanted = options.mappings.isEmpty();
            for (const QString &name : options.mappings)
                wanted = wanted || name.compare(m.name, Qt::CaseInsensitive) == 0;
            if (wanted)
                m_mappings << &m;
        }
    }

    QList<HealthResult> run(const std::function<void(const QString &)> &progress)
    {
        const auto step = [&](const QString &id) {
            if (progress)
                progress(id);
        };
        step(connectionId);
        connect(Side::Local);
        connect(Side::Remote);
        if (m_options.fastOnly)
            return m_results;
        step(administratorId);
        administrator(Side::Local);
        administrator(Side::Remote);
        step(permissionsId);
        for (const TableMapping *m : std::as_const(m_mappings)) {
            permissions(*m, Side::Local);
            permissions(*m, Side::Remote);
        }
        step(exchangeRatesId);
        exchangeRates();
        step(schemaId);
        schema();
        step(keysId);
        keys();
        return m_results;
    }

private:
    Connector &connector(Side s) { return s == Side::Local ? m_local : m_remote; }
    QString system(Side s) const { return m_ws.systemName(s); }

    HealthResult &add(const QString &check, Side side, const QString &subject, HealthStatus status,
                      const QString &message, const QString &fix = {},
                      ErrorCause cause = ErrorCause::Other)
    {
        HealthResult r;
        r.check = check;
        r.side = side;
        r.subject = subject;
        r.status = status;
        r.message = message;
        r.fix = fix;
        r.cause = cause;
        m_results.append(r);
        return m_results.last();
    }

    // Once per check and side, however many mappings it would have checked.
    void skip(const QString &check, Side s)
    {
        for (const HealthResult &r : std::as_const(m_results)) {
            if (r.check == check && r.side == s && r.status == HealthStatus::Skipped)
                return;
        }
        add(check, s, system(s), HealthStatus::Skipped,
            Tr::tr("Not checked: Couplet cannot connect to %1.").arg(system(s)));
    }

    // ---- connection and authentication ----------------------------------------

    void connect(Side s)
    {
        const ConnectionTestResult r = connector(s).testConnection();
        if (r.ok) {
            m_reachable[int(s)] = true;
            add(connectionId, s, system(s), HealthStatus::Ok, r.message).detail = r.detail;
            add(authenticationId, s, system(s), HealthStatus::Ok,
                Tr::tr("%1 accepted the credentials.").arg(system(s)));
            return;
        }
        const ErrorCause cause = classifyError(r.message, r.detail);
        HealthTarget target;
        target.kind = HealthTarget::Kind::Connection;
        target.side = s;
        if (cause == ErrorCause::Authentication) {
            // It answered, and refused us.
            add(connectionId, s, system(s), HealthStatus::Ok,
                Tr::tr("%1 answered, but refused the sign-in.").arg(system(s)));
            HealthResult &a = add(authenticationId, s, system(s), HealthStatus::Error,
                                  Tr::tr("%1 refused the sign-in: %2").arg(system(s), r.message),
                                  authenticationFix(s, r.message + QLatin1Char('\n') + r.detail),
                                  ErrorCause::Authentication);
            a.detail = r.detail;
            a.target = target;
            return;
        }
        const QString text = (r.message + QLatin1Char('\n') + r.detail).toLower();
        const bool tls = text.contains(QLatin1String("certificate")) ||
                         text.contains(QLatin1String("ssl")) || text.contains(QLatin1String("tls"));
        const ConnectionConfig &config = m_ws.connection(s);
        const bool file =
            config.kind == QLatin1String("sql") && config.driver == QLatin1String("QSQLITE");
        const QString fix =
            file ? Tr::tr("Check the path of the database file of %1 in Connection Setup, and "
                          "that its folder exists and may be read and written; then choose Test "
                          "Connection.")
                       .arg(system(s))
            : tls ? Tr::tr("The server's certificate is not trusted. If the server uses a "
                           "certificate of your own authority, name its CA file in Connection "
                           "Setup; otherwise check that the address is the server's real name.")
                  : Tr::tr("Check the address, port and database name in Connection Setup, that "
                           "the server is running, and that no firewall or proxy blocks it; then "
                           "choose Test Connection.");
        HealthResult &c =
            add(connectionId, s, system(s), HealthStatus::Error,
                Tr::tr("Couplet cannot connect to %1: %2").arg(system(s), r.message), fix,
                cause == ErrorCause::Timeout ? ErrorCause::Timeout : ErrorCause::Connection);
        c.detail = r.detail;
        c.target = target;
        add(authenticationId, s, system(s), HealthStatus::Skipped,
            Tr::tr("Not checked: Couplet cannot connect to %1.").arg(system(s)));
    }

    QString authenticationFix(Side s, const QString &answer) const
    {
        const QString text = answer.toLower();
        if (text.contains(QLatin1String("aadsts50055")) ||
            text.contains(QLatin1String("password is expired")) ||
            text.contains(QLatin1String("password has expired")) ||
            text.contains(QLatin1String("must be changed"))) {
            return Tr::tr("The integration user's password has expired or must be changed at "
                          "next sign-in. Sign in once as that user and change the password, "
                          "then enter the new password for %1 in Connection Setup.")
                .arg(system(s));
        }
        if (text.contains(QLatin1String("aadsts50057")) ||
            text.contains(QLatin1String("disabled")) || text.contains(QLatin1String("locked"))) {
            return Tr::tr("The integration user's account is disabled or locked. Ask the "
                          "administrator of %1 to enable it, or enter another integration user "
                          "in Connection Setup.")
                .arg(system(s));
        }
        if (text.contains(QLatin1String("aadsts7000215")) ||
            text.contains(QLatin1String("aadsts7000222")) ||
            text.contains(QLatin1String("client secret"))) {
            return Tr::tr("The client secret is wrong or has expired. Create a new secret for "
                          "the app registration if needed, and enter it for %1 in Connection "
                          "Setup.")
                .arg(system(s));
        }
        if (text.contains(QLatin1String("aadsts700016"))) {
            return Tr::tr("The client ID is not known to the directory. Check the client ID and "
                          "the token address (the tenant) for %1 in Connection Setup.")
                .arg(system(s));
        }
        return Tr::tr("Check the user name of %1 and enter its password or secret again in "
                      "Connection Setup, then choose Test Connection.")
            .arg(system(s));
    }

    // ---- administrator account ---------------------------------------------

    void administrator(Side s)
    {
        if (!m_reachable[int(s)])
            return skip(administratorId, s);
        AccessInfo access;
        try {
            access = connector(s).access();
        } catch (const Error &e) {
            add(administratorId, s, system(s), HealthStatus::Warning,
                Tr::tr("Couplet could not read the roles of the user it signs in to %1 as: %2")
                    .arg(system(s), e.message()),
                Tr::tr("Allow the integration user to read its own user record and roles."))
                .detail = e.detail();
            return;
        }
        if (!access.known) {
            add(administratorId, s, system(s), HealthStatus::Skipped,
                Tr::tr("%1 has no users or roles that Couplet can read.").arg(system(s)));
            return;
        }
        const QString user = access.user.isEmpty() ? system(s) : access.user;
        if (!access.administrator) {
            add(administratorId, s, user, HealthStatus::Ok,
                access.roles.isEmpty()
                    ? Tr::tr("The integration user %1 of %2 is not an administrator.")
                          .arg(user, system(s))
                    : Tr::tr("The integration user %1 of %2 is not an administrator (roles: %3).")
                          .arg(user, system(s), access.roles.join(QStringLiteral(", "))));
            return;
        }
        // A database superuser is common on test servers and is only warned
        // about; an administrator role in the integration service is an error.
        const bool role = m_ws.connection(s).kind == QLatin1String("odata");
        HealthResult &r = add(
            administratorId, s, user, role ? HealthStatus::Error : HealthStatus::Warning,
            Tr::tr("The integration user %1 of %2 is an administrator (%3).")
                .arg(user, system(s), access.administratorBecause),
            role ? Tr::tr("Remove the role %1 from %2, and give it only a security role with the "
                          "privileges the mappings need. Better still, create a dedicated "
                          "integration user and enter it in Connection Setup.")
                       .arg(access.administratorBecause, user)
                 : Tr::tr("Create a database user that is not a superuser, grant it only the "
                          "tables the mappings use, and enter it for %1 in Connection Setup.")
                       .arg(system(s)),
            ErrorCause::AdministratorAccount);
        r.detail = access.roles.join(QStringLiteral(", "));
        r.target = {HealthTarget::Kind::Connection, s, {}, {}, {}};
    }

    // ---- permissions --------------------------------------------------------

    void permissions(const TableMapping &m, Side s)
    {
        if (!m_reachable[int(s)])
            return skip(permissionsId, s);
        const QString table = m.side(s).table;
        TableAccess access;
        try {
            access = connector(s).tableAccess(table);
        } catch (const Error &e) {
            add(permissionsId, s, m.name, HealthStatus::Warning,
                Tr::tr("Couplet could not read the privileges on %1 in %2: %3")
                    .arg(table, system(s), e.message()))
                .detail = e.detail();
            return;
        }
        if (!access.known) {
            add(permissionsId, s, m.name, HealthStatus::Skipped,
                Tr::tr("%1 cannot tell what its user may do with %2.").arg(system(s), table));
            return;
        }
        // What the mapping needs on this side: reading always; creating and
        // modifying when it writes here (creating also restores deleted rows);
        // deleting for Delete Records, which only an administrator asks for.
        const bool written = writes(m, s);
        const bool creates =
            written && (!m.onlyCoupled || m.deletionPolicy == DeletionPolicy::Restore);
        QStringList missing;
        if (!access.read)
            missing << Tr::tr("read");
        if (creates && !access.create)
            missing << Tr::tr("create");
        if (written && !access.write)
            missing << Tr::tr("write");
        HealthTarget target{HealthTarget::Kind::Mapping, s, m.name, {}, {}};
        if (!missing.isEmpty()) {
            HealthResult &r = add(
                permissionsId, s, m.name, HealthStatus::Error,
                Tr::tr("The integration user of %1 may not %2 rows of %3, which mapping %4 needs.")
                    .arg(system(s), missing.join(Tr::tr(", ")), table, m.name),
                Tr::tr("Give the integration user of %1 a security role (or a grant) with the "
                       "%2 privilege on %3. Do not make it an administrator.")
                    .arg(system(s), missing.join(Tr::tr(", ")), table),
                ErrorCause::Permission);
            r.detail = access.detail;
            r.target = target;
            return;
        }
        if (written && !access.remove) {
            HealthResult &r = add(
                permissionsId, s, m.name, HealthStatus::Warning,
                Tr::tr("The integration user of %1 may read and write %2 but not delete rows: "
                       "Delete Records on the Coupled Data Synchronization Errors page will fail "
                       "for mapping %3.")
                    .arg(system(s), table, m.name),
                Tr::tr("If administrators should be able to delete coupled records from "
                       "Couplet, give the integration user the delete privilege on %1.")
                    .arg(table),
                ErrorCause::Permission);
            r.detail = access.detail;
            r.target = target;
            return;
        }
        add(permissionsId, s, m.name, HealthStatus::Ok,
            written ? Tr::tr("The integration user of %1 may read, create and write %2.")
                          .arg(system(s), table)
                    : Tr::tr("The integration user of %1 may read %2.").arg(system(s), table))
            .detail = access.detail;
    }

    // ---- exchange rates -----------------------------------------------------

    // The rate columns of a mapping that holds currencies: as configured, or
    // Dataverse's transactioncurrencies.exchangerate and the local column
    // mapped to it.
    static ExchangeRateFields rateFields(const TableMapping &m)
    {
        if (m.exchangeRate.isSet())
            return m.exchangeRate;
        ExchangeRateFields f;
        if (m.remote.table.compare(QLatin1String("transactioncurrencies"), Qt::CaseInsensitive) ==
            0) {
            f.remote = QStringLiteral("exchangerate");
            for (const FieldMapping &field : m.fields) {
                if (field.remote == f.remote && !field.local.isEmpty() && !field.isConstant())
                    f.local = field.local;
            }
        }
        return f;
    }

    void exchangeRates()
    {
        bool any = false;
        for (const TableMapping *m : std::as_const(m_mappings)) {
            const ExchangeRateFields f = rateFields(*m);
            if (!f.isSet())
                continue;
            any = true;
            for (Side s : {Side::Local, Side::Remote}) {
                const QString column = s == Side::Local ? f.local : f.remote;
                if (column.isEmpty())
                    continue;
                if (!m_reachable[int(s)]) {
                    skip(exchangeRatesId, s);
                    continue;
                }
                rates(*m, s, column);
            }
        }
        if (!any) {
            add(exchangeRatesId, Side::Remote, {}, HealthStatus::Ok,
                Tr::tr("No mapping holds currencies, so no exchange rate is needed."));
        }
    }

    // Every currency row of the mapping on one side (all candidates, within
    // the filter, and so every coupled one) must have a positive rate.
    void rates(const TableMapping &m, Side s, const QString &column)
    {
        const TableSide &side = m.side(s);
        // A readable name for each currency: its match field (the ISO code), else its key.
        QString label;
        if (!m.matchFields.isEmpty()) {
            const FieldMapping *f = m.fieldByLocal(m.matchFields.first());
            if (f)
                label = s == Side::Local ? f->local : f->remote;
        }
        TableSpec spec{
            side.table, side.key, side.modified, {side.key, side.modified, column}, side.filter};
        if (!label.isEmpty() && !spec.columns.contains(label))
            spec.columns << label;
        int missing = 0;
        int total = 0;
        try {
            ScanCursor after;
            for (;;) {
                const QList<Row> rows = connector(s).modifiedSince(spec, {}, after, 1000);
                for (const Row &row : rows) {
                    ++total;
                    const QVariant rate = row.values.value(column);
                    bool ok = false;
                    const double value = rate.toString().toDouble(&ok);
                    if (!rate.isNull() && ok && value > 0)
                        continue;
                    if (++missing > maxListed)
                        continue;
                    const QString name =
                        label.isEmpty() ? row.key : row.values.value(label).toString();
                    HealthResult &r = add(
                        exchangeRatesId, s, Tr::tr("Currency %1").arg(name), HealthStatus::Error,
                        rate.isNull() || rate.toString().isEmpty()
                            ? Tr::tr("Currency %1 has no exchange rate in %2 (%3 is empty).")
                                  .arg(name, system(s), qualified(side.table, column))
                            : Tr::tr("Currency %1 has no valid exchange rate in %2 (%3 is %4).")
                                  .arg(name, system(s), qualified(side.table, column),
                                       rate.toString()),
                        Tr::tr("Open currency %1 in %2 and enter its exchange rate, then "
                               "synchronize mapping %3 and the records that use the "
                               "currency.")
                            .arg(name, system(s), m.name),
                        ErrorCause::MissingExchangeRate);
                    r.target = {HealthTarget::Kind::Record, s, m.name, side.table, row.key};
                    r.detail = rate.isNull()
                                   ? QStringLiteral("%1 = null").arg(column)
                                   : QStringLiteral("%1 = %2").arg(column, rate.toString());
                }
                if (rows.size() < 1000)
                    break;
                after = {rows.last().stamp, rows.last().key};
            }
        } catch (const Error &e) {
            add(exchangeRatesId, s, m.name, HealthStatus::Error,
                Tr::tr("Couplet could not read the currencies of %1 in %2: %3")
                    .arg(m.name, system(s), e.message()),
                {}, classifyError(e.message(), e.detail()))
                .detail = e.detail();
            return;
        }
        if (missing > maxListed) {
            add(exchangeRatesId, s, m.name, HealthStatus::Error,
                Tr::tr("%1 more currencies of %2 have no exchange rate in %3.")
                    .arg(missing - maxListed)
                    .arg(m.name, system(s)),
                Tr::tr("Enter the exchange rates of the currencies in %1.").arg(system(s)),
                ErrorCause::MissingExchangeRate)
                .target = {HealthTarget::Kind::Mapping, s, m.name, {}, {}};
        }
        if (missing == 0) {
            add(exchangeRatesId, s, m.name, HealthStatus::Ok,
                Tr::tr("All %1 currencies of %2 have an exchange rate in %3.")
                    .arg(total)
                    .arg(m.name, system(s)));
        }
    }

    // ---- schema -------------------------------------------------------------

    void schema()
    {
        if (!m_reachable[0] || !m_reachable[1]) {
            for (Side s : {Side::Local, Side::Remote}) {
                if (!m_reachable[int(s)])
                    skip(schemaId, s);
            }
            return;
        }
        QList<WorkspaceIssue> issues;
        try {
            issues = WorkspaceFile::validateSchema(m_ws, m_local, m_remote);
        } catch (const Error &e) {
            add(schemaId, Side::Remote, {}, HealthStatus::Error,
                Tr::tr("Couplet could not read the schemas: %1").arg(e.message()), {},
                classifyError(e.message(), e.detail()))
                .detail = e.detail();
            return;
        }
        static const QRegularExpression index(QStringLiteral("^mappings\\[(\\d+)\\]\\.(\\w+)"));
        QSet<QString> failed;
        for (const WorkspaceIssue &issue : std::as_const(issues)) {
            const QRegularExpressionMatch match = index.match(issue.path);
            const TableMapping *m =
                match.hasMatch() ? &m_ws.mappings.at(match.captured(1).toInt()) : nullptr;
            if (m && !m_mappings.contains(m))
                continue;
            Side s = Side::Remote;
            if (issue.path.contains(QLatin1String(".local")))
                s = Side::Local;
            HealthResult &r =
                add(schemaId, s, m ? m->name : QString(), HealthStatus::Error,
                    m ? Tr::tr("Mapping %1: %2").arg(m->name, issue.message) : issue.message,
                    Tr::tr("Correct the name in the mapping (Integration Table Mappings), or add "
                           "the table or field in %1.")
                        .arg(system(s)),
                    ErrorCause::SchemaMismatch);
            r.detail = issue.toString();
            if (m) {
                r.target = {HealthTarget::Kind::Mapping, s, m->name, {}, {}};
                failed.insert(m->name);
            }
        }
        for (const TableMapping *m : std::as_const(m_mappings)) {
            if (!failed.contains(m->name))
                compatibility(*m);
        }
    }

    const TableInfo &info(Side s, const QString &table)
    {
        const QString key = toString(s) + QLatin1Char(':') + table;
        auto it = m_info.find(key);
        if (it == m_info.end())
            it = m_info.insert(key, connector(s).tableInfo(table));
        return *it;
    }

    // The fields copied as they are (no constant, value map or lookup) must
    // hold the same kind of value on both sides, and a text must fit where it goes.
    void compatibility(const TableMapping &m)
    {
        int problems = 0;
        try {
            const TableInfo &local = info(Side::Local, m.local.table);
            const TableInfo &remote = info(Side::Remote, m.remote.table);
            for (const FieldMapping &f : m.fields) {
                if (!f.isCompared() || f.isLookup() || !f.valueMap.isEmpty())
                    continue;
                const ColumnInfo *l = local.column(f.local);
                const ColumnInfo *r = remote.column(f.remote);
                if (!l || !r)
                    continue;
                const ValueKind lk = valueKind(l->type);
                const ValueKind rk = valueKind(r->type);
                const QString localName = qualified(m.local.table, f.local);
                const QString remoteName = qualified(m.remote.table, f.remote);
                if (lk != ValueKind::Unknown && rk != ValueKind::Unknown && lk != rk &&
                    !(lk == ValueKind::Text || rk == ValueKind::Text)) {
                    ++problems;
                    HealthResult &res =
                        add(schemaId, Side::Remote, m.name, HealthStatus::Error,
                            Tr::tr("Mapping %1: %2 in %3 holds %4, but %5 in %6 holds %7.")
                                .arg(m.name, localName, system(Side::Local),
                                     QString::fromLatin1(QMetaType(l->type).name()), remoteName,
                                     system(Side::Remote),
                                     QString::fromLatin1(QMetaType(r->type).name())),
                            Tr::tr("Map %1 to a field of the same type, or add a value map to the "
                                   "field mapping.")
                                .arg(localName),
                            ErrorCause::TypeMismatch);
                    res.target = {HealthTarget::Kind::Mapping, Side::Remote, m.name, {}, {}};
                    continue;
                }
                // Text into a shorter text: for each direction the field goes.
                for (Side to : {Side::Remote, Side::Local}) {
                    if (!writes(m, to))
                        continue;
                    if (f.direction == Direction::ToRemote && to == Side::Local)
                        continue;
                    if (f.direction == Direction::FromRemote && to == Side::Remote)
                        continue;
                    const ColumnInfo *from = to == Side::Remote ? l : r;
                    const ColumnInfo *dest = to == Side::Remote ? r : l;
                    if (valueKind(dest->type) != ValueKind::Text || dest->length <= 0 ||
                        from->length <= dest->length)
                        continue;
                    ++problems;
                    const QString fromName = to == Side::Remote ? localName : remoteName;
                    const QString destName = to == Side::Remote ? remoteName : localName;
                    HealthResult &res =
                        add(schemaId, to, m.name, HealthStatus::Warning,
                            Tr::tr("Mapping %1: %2 in %3 holds up to %4 characters, but %5 in %6 "
                                   "only %7; longer values will fail.")
                                .arg(m.name, fromName, system(other(to)))
                                .arg(from->length)
                                .arg(destName, system(to))
                                .arg(dest->length),
                            Tr::tr("Lengthen %1 in %2, or shorten the values of %3.")
                                .arg(destName, system(to), fromName),
                            ErrorCause::ValueTooLong);
                    res.target = {HealthTarget::Kind::Mapping, to, m.name, {}, {}};
                }
            }
        } catch (const Error &e) {
            add(schemaId, Side::Remote, m.name, HealthStatus::Error,
                Tr::tr("Couplet could not read the schema of mapping %1: %2")
                    .arg(m.name, e.message()),
                {}, classifyError(e.message(), e.detail()))
                .detail = e.detail();
            return;
        }
        if (problems == 0) {
            add(schemaId, Side::Remote, m.name, HealthStatus::Ok,
                Tr::tr("The tables and fields of mapping %1 exist on both sides with compatible "
                       "types.")
                    .arg(m.name));
        }
    }

    // ---- duplicates and keys ------------------------------------------------

    void keys()
    {
        bool any = false;
        for (const TableMapping *m : std::as_const(m_mappings)) {
            if (m->matchFields.isEmpty())
                continue;
            any = true;
            for (Side s : {Side::Local, Side::Remote}) {
                if (!m_reachable[int(s)]) {
                    skip(keysId, s);
                    continue;
                }
                matchKeys(*m, s);
            }
        }
        if (!any) {
            add(keysId, Side::Remote, {}, HealthStatus::Ok,
                Tr::tr("No mapping couples records by matching fields."));
        }
    }

    void matchKeys(const TableMapping &m, Side s)
    {
        const TableSide &side = m.side(s);
        QStringList columns;
        for (const QString &local : m.matchFields) {
            const FieldMapping *f = m.fieldByLocal(local);
            if (!f)
                return; // the structure check reports it
            columns << (s == Side::Local ? f->local : f->remote);
        }
        TableSpec spec{side.table, side.key, side.modified, columns, side.filter};
        QList<DuplicateGroup> groups;
        int incomplete = 0;
        try {
            groups = connector(s).duplicates(spec, columns, maxListed + 1, &incomplete);
        } catch (const Error &e) {
            add(keysId, s, m.name, HealthStatus::Error,
                Tr::tr("Couplet could not look for duplicates in %1 of %2: %3")
                    .arg(side.table, system(s), e.message()),
                {}, classifyError(e.message(), e.detail()))
                .detail = e.detail();
            return;
        }
        const QString fields = columns.join(QStringLiteral(", "));
        for (qsizetype i = 0; i < groups.size() && i < maxListed; ++i) {
            const DuplicateGroup &g = groups.at(i);
            QStringList values;
            for (const QString &c : columns)
                values << g.values.value(c).toString();
            const QString shared = values.join(QStringLiteral(", "));
            HealthResult &r = add(
                keysId, s, m.name, HealthStatus::Error,
                Tr::tr("%1 rows of %2 in %3 share %4 = %5, so match-based coupling of mapping %6 "
                       "cannot tell them apart.")
                    .arg(g.count)
                    .arg(side.table, system(s), fields, shared, m.name),
                Tr::tr("Remove or merge the duplicates in %1 (keys %2), or match on more fields "
                       "in mapping %3.")
                    .arg(system(s), g.keys.join(QStringLiteral(", ")), m.name),
                ErrorCause::LookupFailed);
            r.detail = g.keys.join(QStringLiteral(", "));
            r.target = {HealthTarget::Kind::Record, s, m.name, side.table, g.keys.value(0)};
        }
        if (groups.size() > maxListed) {
            add(keysId, s, m.name, HealthStatus::Error,
                Tr::tr("More rows of %1 in %2 share their %3.").arg(side.table, system(s), fields),
                Tr::tr("Remove the duplicates, or match on more fields in mapping %1.").arg(m.name),
                ErrorCause::LookupFailed);
        }
        if (incomplete > 0) {
            add(keysId, s, m.name, HealthStatus::Warning,
                Tr::tr("%1 rows of %2 in %3 have no value in %4; match-based coupling of mapping "
                       "%5 cannot match them and will create them again on the other side.")
                    .arg(incomplete)
                    .arg(side.table, system(s), fields, m.name),
                Tr::tr("Fill in %1 in those rows of %2.").arg(fields, system(s)),
                ErrorCause::RequiredValueMissing)
                .target = {HealthTarget::Kind::Mapping, s, m.name, {}, {}};
        }
        if (groups.isEmpty() && incomplete == 0) {
            add(keysId, s, m.name, HealthStatus::Ok,
                Tr::tr("Every row of %1 in %2 has its own %3.").arg(side.table, system(s), fields));
        }
    }

    const Workspace &m_ws;
    Connector &m_local;
    Connector &m_remote;
    HealthOptions m_options;
    QList<const TableMapping *> m_mappings;
    std::array<bool, 2> m_reachable{false, false};
    QHash<QString, TableInfo> m_info;
    QList<HealthResult> m_results;
};

} // namespace

QStringList healthCheckIds()
{
    return {connectionId,    authenticationId, administratorId, permissionsId,
            exchangeRatesId, schemaId,         keysId};
}

QString healthCheckTitle(const QString &check)
{
    if (check == connectionId)
        return Tr::tr("Connection");
    if (check == authenticationId)
        return Tr::tr("Authentication");
    if (check == administratorId)
        return Tr::tr("Administrator account");
    if (check == permissionsId)
        return Tr::tr("Permissions");
    if (check == exchangeRatesId)
        return Tr::tr("Exchange rates");
    if (check == schemaId)
        return Tr::tr("Schema");
    if (check == keysId)
        return Tr::tr("Duplicates and keys");
    return check;
}

QString toString(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok:
        return QStringLiteral("ok");
    case HealthStatus::Warning:
        return QStringLiteral("warning");
    case HealthStatus::Error:
        return QStringLiteral("error");
    case HealthStatus::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QList<HealthResult> runHealthChecks(const Workspace &workspace, Connector &local, Connector &remote,
                                    const HealthOptions &options,
                                    const std::function<void(const QString &)> &progress)
{
    QList<HealthResult> results = Checker(workspace, local, remote, options).run(progress);
    int failed = 0;
    for (const HealthResult &r : std::as_const(results)) {
        if (r.failed())
            ++failed;
    }
    qCInfo(lcHealth) << "Health check:" << results.size() << "results," << failed << "failed";
    return results;
}

int logHealthProblems(StateStore &store, const Workspace &workspace,
                      const QList<HealthResult> &results, const QDateTime &at)
{
    int written = 0;
    for (const HealthResult &r : results) {
        if (!r.failed())
            continue;
        SyncError e;
        e.at = at;
        e.mapping = r.target.mapping;
        e.message = r.message;
        e.detail = Tr::tr("Health check \"%1\" on %2.")
                       .arg(healthCheckTitle(r.check), workspace.systemName(r.side));
        if (!r.detail.isEmpty())
            e.detail += QLatin1Char('\n') + r.detail;
        if (r.target.kind == HealthTarget::Kind::Record)
            e.source = {r.target.side, r.target.table, r.target.key};
        e.cause = causeId(r.cause);
        // The same problem found again is not logged twice: an administrator
        // runs the check after every fix.
        ErrorQuery same;
        same.mapping = e.mapping;
        same.cause = e.cause;
        same.search = e.message;
        same.limit = 20;
        bool known = false;
        for (const SyncError &old : store.errors(same))
            known = known || (old.message == e.message && old.jobId == 0);
        if (known)
            continue;
        store.addError(e);
        ++written;
    }
    return written;
}

} // namespace couplet
