#include "connectors/odata/odatabatch.h"

#include <QUuid>

namespace couplet::odata {

namespace {

constexpr int maxDepth = 2; // a batch holds change sets, which hold requests

QByteArray newBoundary(const char *prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// The boundary parameter of a multipart content type, unquoted.
QByteArray boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray p = params.at(i).trimmed();
        if (p.toLower().startsWith("boundary=")) {
            QByteArray value = p.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

bool isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/mixed");
}

// Splits "headers CRLF CRLF content" (or LF LF); `ok` is false without the blank line.
QByteArray splitHeaders(const QByteArray &data, Headers *headers, bool *ok)
{
    qsizetype end = data.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = data.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        skip = 2;
    }
    // A part without a header block starts with its blank line.
    if (data.startsWith("\r\n")) {
        end = 0;
        skip = 2;
    } else if (data.startsWith("\n")) {
        end = 0;
        skip = 1;
    }
    *ok = end >= 0;
    if (end < 0)
        return {};
    const QList<QByteArray> lines = data.left(end).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return data.mid(end + skip);
}

// The parts between the delimiters of `boundary`; `closed` tells whether the
// closing delimiter was found.
QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary, bool *closed)
{
    *closed = false;
    QList<QByteArray> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\n" + delimiter);
    if (pos < 0)
        return parts;
    if (pos > 0)
        pos += 1;
    for (;;) {
        const qsizetype after = pos + delimiter.size();
        if (body.mid(after, 2) == "--") {
            *closed = true;
            return parts;
        }
        const qsizetype lineEnd = body.indexOf('\n', after);
        if (lineEnd < 0)
            return parts;
        const qsizetype start = lineEnd + 1;
        const qsizetype next = body.indexOf("\n" + delimiter, start - 1);
        if (next < 0)
            return parts; // cut off inside this part
        qsizetype end = next;
        if (end > start && body.at(end - 1) == '\r')
            --end;
        parts.append(body.mid(start, qMax<qsizetype>(0, end - start)));
        pos = next + 1;
    }
}

// An application/http part: "HTTP/1.1 201 Created", headers, blank line, body.
bool parseHttp(const QByteArray &data, BatchResponsePart *part)
{
    QByteArray text = data;
    while (text.startsWith("\r\n") || text.startsWith("\n"))
        text = text.mid(text.startsWith("\r\n") ? 2 : 1);
    const qsizetype lineEnd = text.indexOf('\n');
    if (lineEnd < 0)
        return false;
    const QByteArray statusLine = text.left(lineEnd).trimmed();
    if (!statusLine.startsWith("HTTP/"))
        return false;
    const QList<QByteArray> words = statusLine.split(' ');
    bool ok = false;
    const int status = words.size() > 1 ? words.at(1).toInt(&ok) : 0;
    if (!ok || status < 100 || status > 599)
        return false;
    part->status = status;
    part->reason = words.mid(2).join(' ');
    bool headersOk = false;
    Headers headers;
    const QByteArray rest = text.mid(lineEnd + 1);
    if (rest.trimmed().isEmpty()) {
        headersOk = true;
    } else {
        part->body = splitHeaders(rest, &headers, &headersOk);
    }
    part->headers = headers;
    return headersOk;
}

bool parseParts(const QByteArray &contentType, const QByteArray &body, int depth,
                BatchResponse *response)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty()) {
        response->problem = QStringLiteral("the multipart answer names no boundary");
        return false;
    }
    bool closed = false;
    const QList<QByteArray> parts = splitMultipart(body, boundary, &closed);
    for (const QByteArray &raw : parts) {
        Headers mime;
        bool ok = false;
        const QByteArray content = splitHeaders(raw, &mime, &ok);
        if (!ok) {
            response->problem = QStringLiteral("a part of the answer has no header block");
            return false;
        }
        const QByteArray type = headerValue(mime, "Content-Type");
        if (isMultipart(type)) {
            if (depth >= maxDepth) {
                response->problem = QStringLiteral("the answer nests multipart bodies too deeply");
                return false;
            }
            if (!parseParts(type, content, depth + 1, response))
                return false;
            continue;
        }
        BatchResponsePart part;
        part.contentId = headerValue(mime, "Content-ID").toInt();
        if (!parseHttp(content, &part)) {
            response->problem = QStringLiteral("a part of the answer is not an HTTP response");
            return false;
        }
        if (part.contentId == 0)
            part.contentId = headerValue(part.headers, "Content-ID").toInt();
        response->parts.append(part);
    }
    if (!closed) {
        response->problem = QStringLiteral("the answer ends before its closing delimiter");
        return false;
    }
    return true;
}

} // namespace

QByteArray headerValue(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

BatchRequest buildBatch(const QList<BatchPart> &parts)
{
    const QByteArray batch = newBoundary("batch_");
    QByteArray body;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const BatchPart &p = parts.at(i);
        const QByteArray changeset = newBoundary("changeset_");
        body += "--" + batch + "\r\n";
        body += "Content-Type: multipart/mixed; boundary=" + changeset + "\r\n\r\n";
        body += "--" + changeset + "\r\n";
        body += "Content-Type: application/http\r\n";
        body += "Content-Transfer-Encoding: binary\r\n";
        body += "Content-ID: " + QByteArray::number(i + 1) + "\r\n\r\n";
        body += p.method + ' ' + p.url.toUtf8() + " HTTP/1.1\r\n";
        for (const auto &[name, value] : p.headers)
            body += name + ": " + value + "\r\n";
        if (!p.body.isEmpty())
            body += "Content-Type: application/json; charset=utf-8\r\n";
        body += "\r\n";
        body += p.body;
        body += "\r\n--" + changeset + "--\r\n";
    }
    body += "--" + batch + "--\r\n";
    return {"multipart/mixed; boundary=" + batch, body};
}

BatchResponse parseBatchResponse(const QByteArray &contentType, const QByteArray &body)
{
    BatchResponse response;
    if (!isMultipart(contentType)) {
        response.problem = QStringLiteral("the answer is not multipart/mixed but %1")
                               .arg(QString::fromLatin1(contentType.left(100)));
        return response;
    }
    response.complete = parseParts(contentType, body, 1, &response);
    return response;
}

} // namespace couplet::odata
