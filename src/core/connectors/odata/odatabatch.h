#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace couplet::odata {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The value of a header by case-insensitive name; empty when absent.
QByteArray headerValue(const Headers &headers, const QByteArray &name);

// One request inside a $batch; `url` is relative to the service root.
struct BatchPart
{
    QByteArray method;
    QString url;
    Headers headers;
    QByteArray body; // JSON; empty for none
};

struct BatchRequest
{
    QByteArray contentType; // multipart/mixed; boundary=...
    QByteArray body;
};

// A multipart/mixed $batch body with one change set per part, so that each
// part succeeds or fails on its own. Part i carries Content-ID i + 1.
BatchRequest buildBatch(const QList<BatchPart> &parts);

// One answer inside a $batch response.
struct BatchResponsePart
{
    int contentId = 0; // from the part's Content-ID; 0 when it has none
    int status = 0;
    QByteArray reason;
    Headers headers;
    QByteArray body;
};

struct BatchResponse
{
    // The answers in the order given. A change set's answers are in line.
    QList<BatchResponsePart> parts;
    // False when the body ended before its closing delimiter or did not parse:
    // the parts read so far are kept, the rest have no answer.
    bool complete = false;
    QString problem; // why it is incomplete, for the detail of an error
};

BatchResponse parseBatchResponse(const QByteArray &contentType, const QByteArray &body);

} // namespace couplet::odata
