#pragma once

#include "connectors/odata/odatabatch.h"
#include "connectors/odata/odatasettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSslConfiguration;

namespace couplet {

// The HTTP side of the OData connector: one QNetworkAccessManager, created by
// open() in the thread that uses it, requests waited for with a local event
// loop and a timeout; the OData headers, authentication (basic, or OAuth2
// client credentials with a cached token), and retries:
// - 429 and 503 wait for Retry-After (one pause that every request honours;
//   throttle() makes the same pause for a throttled part of a $batch);
// - other 5xx, dropped connections and timeouts back off exponentially with jitter;
// - after `retries` attempts the last failure is thrown as couplet::Error.
// Other HTTP errors are returned to the caller. The secret never reaches a log
// line or a message.
class OdataHttp final
{
    Q_DECLARE_TR_FUNCTIONS(couplet::OdataConnector)

public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        odata::Headers headers;
        QByteArray body;
        QByteArray contentType; // default for a body: application/json; charset=utf-8
        QByteArray accept = "application/json";
    };

    struct Response
    {
        int status = 0;
        QByteArray reason;
        odata::Headers headers;
        QByteArray body;
        QUrl url;
        // An earlier attempt may have reached the server (it timed out, the
        // connection dropped, or it answered 5xx): a write may already be done.
        bool repeated = false;
        QByteArray header(const QByteArray &name) const
        {
            return odata::headerValue(headers, name);
        }
        bool isSuccess() const { return status >= 200 && status < 300; }
    };

    OdataHttp(OdataSettings settings, QString secret, QString systemName);
    ~OdataHttp();
    Q_DISABLE_COPY_MOVE(OdataHttp)

    void open();
    void close();
    bool isOpen() const { return m_manager != nullptr; }

    Response send(const Request &request);
    // Removes the secret from text that goes into a message or a log line.
    QString scrub(QString text) const;
    // The first attempt's delay of the exponential back-off (default 500 ms).
    void setBackoffBase(int milliseconds) { m_backoffBaseMs = milliseconds; }

    // How long to wait after a throttled answer (429 or 503): its Retry-After
    // (seconds or an HTTP date, at most 300 s), else the back-off of `attempt`
    // (0 for the first retry).
    qint64 throttleDelay(const QByteArray &retryAfter, int attempt) const;
    // Waits `milliseconds`, as a pause that every later request honours too.
    void throttle(qint64 milliseconds);
    // The pauses made for throttled answers since open(), in milliseconds.
    qint64 throttledMilliseconds() const { return m_throttledMs; }
    // Whether the request of the last send() that threw was surely not carried
    // out: every attempt was refused before any work (429, 503, a connection
    // refused). False when one may have been (a timeout, a dropped connection,
    // another 5xx) or when it cannot be told.
    bool lastFailureWasUndone() const { return m_failedUndone; }

private:
    struct Attempt
    {
        Response response;
        bool transportFailed = false; // no HTTP answer
        bool timedOut = false;
        bool retryable = false;
        QString error;
    };
    Attempt sendOnce(const Request &request, bool authenticate);
    Response sendWithRetries(const Request &request, bool authenticate);
    QByteArray authorization();
    void fetchToken();
    void waitForPause();
    void pause(qint64 milliseconds);
    qint64 backoff(int attempt) const;
    [[noreturn]] void throwTransport(const Request &request, const Attempt &last);

    OdataSettings m_settings;
    QString m_secret;
    QString m_systemName;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<QSslConfiguration> m_ssl;
    QDeadlineTimer m_pausedUntil;
    QByteArray m_token;
    QDeadlineTimer m_tokenRefresh; // when to fetch a new token
    int m_backoffBaseMs = 500;
    qint64 m_throttledMs = 0;
    bool m_failedUndone = false;
};

} // namespace couplet
