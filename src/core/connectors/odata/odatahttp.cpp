#include "connectors/odata/odatahttp.h"

#include "connectors/odata/odataprotocol.h"
#include "error.h"
#include "logging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#else
class QSslConfiguration
{};
#endif

namespace couplet {

namespace {

constexpr qint64 maxBackoffMs = 30'000;
constexpr qint64 maxRetryAfterSeconds = 300;

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

OdataHttp::OdataHttp(OdataSettings settings, QString secret, QString systemName)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_systemName(std::move(systemName))
{}

OdataHttp::~OdataHttp()
{
    close();
}

void OdataHttp::open()
{
    if (m_manager)
        return;
#if QT_CONFIG(ssl)
    m_ssl = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            throw Error(tr("Cannot read the CA certificates of %1 from %2.")
                            .arg(m_systemName, m_settings.caFile),
                        tr("The file must exist and hold PEM certificates."));
        }
        m_ssl->addCaCertificates(certificates);
    }
#endif
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void OdataHttp::close()
{
    m_throttledMs = 0;
    m_manager.reset();
    m_ssl.reset();
    m_token.clear();
}

QString OdataHttp::scrub(QString text) const
{
    if (!m_secret.isEmpty())
        text.replace(m_secret, QStringLiteral("***"));
    return text;
}

OdataHttp::Response OdataHttp::send(const Request &request)
{
    if (!m_manager)
        throw Error(tr("%1 is not open.").arg(m_systemName));
    m_failedUndone = false;
    return sendWithRetries(request, true);
}

OdataHttp::Response OdataHttp::sendWithRetries(const Request &request, bool authenticate)
{
    bool refreshedToken = false;
    bool repeated = false;
    Attempt last;
    for (int attempt = 0; attempt <= m_settings.retries; ++attempt) {
        waitForPause();
        last = sendOnce(request, authenticate);
        Response &r = last.response;
        r.repeated = repeated;
        if (!last.transportFailed && r.status == 401 && authenticate &&
            m_settings.auth == OdataSettings::Auth::OAuth2 && !refreshedToken) {
            // A token revoked or expired early: one new token, and the same request.
            qCInfo(lcOdata) << "HTTP 401 from" << m_systemName << "- fetching a new token";
            refreshedToken = true;
            m_token.clear();
            --attempt;
            continue;
        }
        if (!last.retryable) {
            if (last.transportFailed) {
                m_failedUndone = !repeated;    // no earlier attempt reached the server
                throwTransport(request, last); // refused, unknown host, TLS
            }
            return r;
        }
        if (attempt == m_settings.retries)
            break;
        // A 503 or a 429 is an answer before any work; anything else may
        // have been done already.
        const bool throttled = !last.transportFailed && (r.status == 429 || r.status == 503);
        const qint64 delay =
            throttled ? throttleDelay(r.header("Retry-After"), attempt) : backoff(attempt);
        if (!throttled)
            repeated = true;
        qCInfo(lcOdata).noquote() << "Retrying" << request.method << request.url.path() << "on"
                                  << m_systemName << "in" << delay << "ms:" << last.error;
        if (throttled)
            throttle(delay); // every request waits, not only this one
        else if (delay > 0)
            pause(delay);
    }
    if (last.transportFailed)
        throwTransport(request, last);
    const Response &r = last.response;
    m_failedUndone = !repeated && (r.status == 429 || r.status == 503);
    const odata::ServerError e = odata::parseError(r.body);
    throw Error(tr("%1 is not available: it answered %2 %3 times in a row.")
                    .arg(m_systemName)
                    .arg(r.status)
                    .arg(m_settings.retries + 1),
                scrub(odata::describeHttp(r.status, r.reason, e)));
}

void OdataHttp::throwTransport(const Request &request, const Attempt &last)
{
    const QString where = request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (last.timedOut) {
        throw Error(
            tr("%1 did not answer within %n second(s)", nullptr, m_settings.timeoutSeconds)
                    .arg(m_systemName) +
                QLatin1Char(' ') + tr("(%n attempt(s)).", nullptr, m_settings.retries + 1),
            QStringLiteral("%1 %2: timeout").arg(QString::fromLatin1(request.method), where));
    }
    throw Error(tr("Cannot reach %1: %2").arg(m_systemName, scrub(last.error)),
                QStringLiteral("%1 %2: %3")
                    .arg(QString::fromLatin1(request.method), where, scrub(last.error)));
}

OdataHttp::Attempt OdataHttp::sendOnce(const Request &request, bool authenticate)
{
    Attempt a;
    QNetworkRequest req(request.url);
    req.setRawHeader("OData-MaxVersion", "4.0");
    req.setRawHeader("OData-Version", "4.0");
    req.setRawHeader("Accept", request.accept);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PATCH") {
        req.setRawHeader("Content-Type", request.contentType.isEmpty()
                                             ? QByteArray("application/json; charset=utf-8")
                                             : request.contentType);
    }
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (authenticate) {
        const QByteArray auth = authorization(); // may fetch a token (and throw)
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
    }
#if QT_CONFIG(ssl)
    if (m_ssl && request.url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(*m_ssl);
#endif
    qCDebug(lcOdata).noquote() << request.method << request.url.toDisplayString();
    std::unique_ptr<QNetworkReply> reply(
        m_manager->sendCustomRequest(req, request.method, request.body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_settings.timeoutSeconds * 1000);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        a.timedOut = true;
        reply->abort();
    }
    a.response.url = request.url;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (a.timedOut || !status.isValid()) {
        a.transportFailed = true;
        a.error = a.timedOut ? tr("no answer within %1 seconds").arg(m_settings.timeoutSeconds)
                             : reply->errorString();
        a.retryable = a.timedOut || isTransient(reply->error());
        return a;
    }
    Response &r = a.response;
    r.status = status.toInt();
    r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    if (reply->error() == QNetworkReply::RemoteHostClosedError && r.isSuccess()) {
        // The headers arrived, the body was cut off.
        a.transportFailed = true;
        a.retryable = true;
        a.error = reply->errorString();
        return a;
    }
    a.retryable = r.status == 429 || (r.status >= 500 && r.status != 501 && r.status != 505);
    a.error = QStringLiteral("HTTP %1").arg(r.status);
    return a;
}

QByteArray OdataHttp::authorization()
{
    switch (m_settings.auth) {
    case OdataSettings::Auth::None:
        return {};
    case OdataSettings::Auth::Basic:
        return "Basic " + (m_settings.user + QLatin1Char(':') + m_secret).toUtf8().toBase64();
    case OdataSettings::Auth::OAuth2:
        break;
    }
    if (m_token.isEmpty() || m_tokenRefresh.hasExpired())
        fetchToken();
    return "Bearer " + m_token;
}

void OdataHttp::fetchToken()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_settings.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_secret);
    if (!m_settings.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_settings.scope);
    Request request;
    request.method = "POST";
    request.url = m_settings.tokenUrl;
    request.contentType = "application/x-www-form-urlencoded";
    // Reserved characters of the secret must be encoded, '+' above all.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    qCDebug(lcOdata) << "Fetching a token for" << m_settings.clientId;
    const Response r = sendWithRetries(request, false);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(r.body, &parseError).object();
    if (!r.isSuccess()) {
        const QString description = json.value(QLatin1String("error_description")).toString();
        const QString code = json.value(QLatin1String("error")).toString();
        const QString message =
            description.isEmpty()
                ? tr("The sign-in to %1 was refused (HTTP %2).").arg(m_systemName).arg(r.status)
                : odata::tokenErrorMessage(description);
        QString detail =
            QStringLiteral("HTTP %1 from %2")
                .arg(r.status)
                .arg(m_settings.tokenUrl.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
        if (!code.isEmpty())
            detail += QStringLiteral("; ") + code;
        if (!description.isEmpty())
            detail += QStringLiteral(": ") +
                      description.section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r'));
        throw Error(scrub(message), scrub(detail));
    }
    const QString token = json.value(QLatin1String("access_token")).toString();
    if (parseError.error != QJsonParseError::NoError || token.isEmpty()) {
        throw Error(
            tr("The token endpoint of %1 gave an answer that is not a token.").arg(m_systemName),
            parseError.error != QJsonParseError::NoError
                ? tr("The JSON does not parse: %1").arg(parseError.errorString())
                : tr("The answer has no access_token."));
    }
    m_token = token.toUtf8();
    // Refreshed a minute before it expires (a quarter of a short lifetime).
    const qint64 lifetime =
        qMax<qint64>(1, json.value(QLatin1String("expires_in")).toVariant().toLongLong());
    const qint64 margin = qMin<qint64>(60, lifetime / 4);
    m_tokenRefresh = QDeadlineTimer((lifetime - margin) * 1000);
}

qint64 OdataHttp::throttleDelay(const QByteArray &retryAfter, int attempt) const
{
    const std::optional<qint64> seconds =
        odata::retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
    return seconds ? qMin(*seconds, maxRetryAfterSeconds) * 1000 : backoff(attempt);
}

void OdataHttp::throttle(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return;
    m_throttledMs += milliseconds;
    pause(milliseconds);
}

void OdataHttp::pause(qint64 milliseconds)
{
    const QDeadlineTimer until(milliseconds);
    if (m_pausedUntil.isForever() || until.deadline() > m_pausedUntil.deadline())
        m_pausedUntil = until;
    waitForPause();
}

void OdataHttp::waitForPause()
{
    const qint64 remaining = m_pausedUntil.remainingTime();
    if (remaining <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(remaining, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

qint64 OdataHttp::backoff(int attempt) const
{
    const qint64 full = qMin<qint64>(maxBackoffMs, qint64(m_backoffBaseMs) << qMin(attempt, 16));
    // Half fixed, half random, so clients that failed together do not retry together.
    return full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1);
}

} // namespace couplet
