#pragma once

#include <QString>

#include <exception>

namespace couplet {

// A failure that ends the current unit of work (a pass, an operation): the state
// store or a connection is unusable. Per-row problems are not thrown; they are
// returned and logged as SyncErrors.
class Error : public std::exception
{
public:
    explicit Error(QString message, QString detail = {})
        : m_message(std::move(message))
        , m_detail(std::move(detail))
        , m_what(m_message.toUtf8())
    {}
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace couplet
