#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QProcess;

namespace couplet::test {

// One HTTP exchange made by ODataServer's blocking helpers.
struct HttpResult
{
    int status = 0;         // HTTP status; 0 when no answer came (dropped, timed out)
    QByteArray body;        // raw body
    QJsonDocument json;     // the body parsed, when it is valid JSON
    bool jsonValid = false; // whether `json` holds the parsed body
    QString networkError;   // QNetworkReply's error text, empty when none
    QList<QPair<QByteArray, QByteArray>> headers; // raw response headers

    // A response header's value (case-insensitive name), empty when absent.
    QByteArray header(const QByteArray &name) const;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The Dataverse-shaped OData v4 test server (tests/e2e/server, SAP CAP on
// node), run as a child process on 127.0.0.1 and a free port. See
// tests/e2e/server/README.md for what it serves and its test switches.
//
// Paths given to the helpers are relative to serviceRoot() ("accounts",
// "$batch", "WhoAmI()"), or to baseUrl() when they start with '/'
// ("/test/stats", "/oauth2/v2.0/token").
//
// The helpers block on a private QEventLoop; use them from the test thread.
class ODataServer
{
public:
    ODataServer();
    ~ODataServer(); // stops the server
    ODataServer(const ODataServer &) = delete;
    ODataServer &operator=(const ODataServer &) = delete;

    // Starts `node tests/e2e/server/server.js --host 127.0.0.1 --port 0 --exit-with-parent`
    // and waits (60 s at most) for its "COUPLET-ODATA-LISTENING <port>" line. On
    // failure returns false with the reason and the server's stderr in *error.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    int port() const { return m_port; }
    QUrl baseUrl() const;      // http://127.0.0.1:<port>/
    QUrl serviceRoot() const;  // http://127.0.0.1:<port>/api/data/v9.2/
    QUrl tokenUrl() const;     // http://127.0.0.1:<port>/oauth2/v2.0/token
    QString serverLog() const; // what the server wrote on stderr so far

    // Test switches (POST /test/reset, /test/config, /test/faults; DELETE
    // /test/faults; GET /test/stats). Return false (and *error) when the
    // server did not answer 200.
    bool reset(QString *error = nullptr);
    bool setConfig(const QJsonObject &config, QString *error = nullptr);
    bool addFault(const QJsonObject &fault, QString *error = nullptr);
    bool clearFaults(QString *error = nullptr);
    QJsonObject stats();

    // Generic requests. get() returns the parsed JSON body (null document when
    // the answer is not JSON); the others return the whole exchange.
    QJsonDocument get(const QString &path, const HttpHeaders &headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const HttpHeaders &headers = {});
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const HttpHeaders &headers = {}, int timeoutMs = 30000);

    // The URL a helper path resolves to.
    QUrl url(const QString &path) const;

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTemporaryDir m_dir; // holds the server's stderr log
    int m_port = 0;
};

} // namespace couplet::test
