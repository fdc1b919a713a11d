#include "odataserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace couplet::test {

namespace {

constexpr int startTimeoutMs = 60000;
const QByteArray listeningTag = QByteArrayLiteral("COUPLET-ODATA-LISTENING ");

QString sourceDir()
{
    const QString env = qEnvironmentVariable("COUPLET_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(COUPLET_SOURCE_DIR_FALLBACK) : env;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ODataServer::ODataServer() = default;

ODataServer::~ODataServer()
{
    stop();
}

bool ODataServer::start(QString *error)
{
    stop();
    const QString serverDir = sourceDir() + QStringLiteral("/tests/e2e/server");
    const QString script = serverDir + QStringLiteral("/server.js");
    if (!QFileInfo::exists(script)) {
        setError(error, QStringLiteral("The OData test server is missing: %1").arg(script));
        return false;
    }
    if (!QFileInfo::exists(serverDir + QStringLiteral("/node_modules/@sap/cds/package.json"))) {
        setError(error, QStringLiteral("The OData test server's npm packages are not installed in "
                                       "%1/node_modules: run packaging/install-deps.sh test")
                            .arg(serverDir));
        return false;
    }
    QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    if (node.isEmpty()) {
        setError(error, QStringLiteral("node is not on PATH: run packaging/install-deps.sh test"));
        return false;
    }
    if (!m_dir.isValid()) {
        setError(error, QStringLiteral("No temporary folder for the server's log"));
        return false;
    }

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NODE_ENV")); // a production profile would change CAP's defaults
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(serverDir);
    // stderr goes to a file: a pipe nobody reads could fill up and stall the server.
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    // --exit-with-parent: no server is left behind when a test is killed.
    m_process->start(node, {script, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--exit-with-parent")});
    if (!m_process->waitForStarted(10000)) {
        setError(error, QStringLiteral("Cannot start %1: %2").arg(node, m_process->errorString()));
        m_process.reset();
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < startTimeoutMs) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const qsizetype at = out.indexOf(listeningTag);
        const qsizetype eol = at < 0 ? -1 : out.indexOf('\n', at);
        if (eol > 0) {
            m_port =
                out.mid(at + listeningTag.size(), eol - at - listeningTag.size()).trimmed().toInt();
            break;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (m_port <= 0) {
        const QString why =
            m_process->state() == QProcess::NotRunning
                ? QStringLiteral("exited with code %1").arg(m_process->exitCode())
                : QStringLiteral("did not report its port within %1 s").arg(startTimeoutMs / 1000);
        setError(error, QStringLiteral("The OData test server %1.\nstdout: %2\nstderr: %3")
                            .arg(why, QString::fromUtf8(out), serverLog()));
        stop();
        return false;
    }

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy); // never through an http_proxy of the environment
    return true;
}

void ODataServer::stop()
{
    m_network.reset();
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_port = 0;
}

bool ODataServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_port > 0;
}

QUrl ODataServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QUrl ODataServer::serviceRoot() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/data/v9.2/").arg(m_port));
}

QUrl ODataServer::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/v2.0/token").arg(m_port));
}

QString ODataServer::serverLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QUrl ODataServer::url(const QString &path) const
{
    if (path.startsWith(QLatin1Char('/')))
        return QUrl(baseUrl().toString() + path.mid(1));
    return QUrl(serviceRoot().toString() + path);
}

HttpResult ODataServer::request(const QByteArray &method, const QString &path,
                                const QByteArray &body, const HttpHeaders &headers, int timeoutMs)
{
    HttpResult result;
    if (!m_network) {
        result.networkError = QStringLiteral("The OData test server is not running");
        return result;
    }
    QNetworkRequest req(url(path));
    bool hasType = false;
    for (const auto &h : headers) {
        req.setRawHeader(h.first, h.second);
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasType)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(timeoutMs);

    QNetworkReply *reply = m_network->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(result.body, &parseError);
    result.jsonValid = parseError.error == QJsonParseError::NoError && !result.body.isEmpty();
    reply->deleteLater();
    return result;
}

QJsonDocument ODataServer::get(const QString &path, const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("GET"), path, {}, headers).json;
}

HttpResult ODataServer::post(const QString &path, const QJsonObject &body,
                             const HttpHeaders &headers)
{
    return request(QByteArrayLiteral("POST"), path,
                   QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

namespace {

bool expectOk(const HttpResult &r, const QString &what, QString *error)
{
    if (r.status == 200)
        return true;
    setError(error, QStringLiteral("%1 failed: HTTP %2 %3 %4")
                        .arg(what)
                        .arg(r.status)
                        .arg(r.networkError, QString::fromUtf8(r.body)));
    return false;
}

} // namespace

bool ODataServer::reset(QString *error)
{
    return expectOk(post(QStringLiteral("/test/reset"), {}), QStringLiteral("POST /test/reset"),
                    error);
}

bool ODataServer::setConfig(const QJsonObject &config, QString *error)
{
    return expectOk(post(QStringLiteral("/test/config"), config),
                    QStringLiteral("POST /test/config"), error);
}

bool ODataServer::addFault(const QJsonObject &fault, QString *error)
{
    return expectOk(post(QStringLiteral("/test/faults"), fault),
                    QStringLiteral("POST /test/faults"), error);
}

bool ODataServer::clearFaults(QString *error)
{
    return expectOk(request(QByteArrayLiteral("DELETE"), QStringLiteral("/test/faults")),
                    QStringLiteral("DELETE /test/faults"), error);
}

QJsonObject ODataServer::stats()
{
    return get(QStringLiteral("/test/stats")).object();
}

} // namespace couplet::test
