#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace couplet::cli {

// Standard output and error of the process, as text streams in UTF-8.
class Console final
{
public:
    Console();
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool stdoutIsTerminal() const { return m_stdoutTerminal; }
    bool stderrIsTerminal() const { return m_stderrTerminal; }

    void printJson(const QJsonObject &object);
    // A line on stderr, flushed at once.
    void error(const QString &line);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stdoutTerminal = false;
    bool m_stderrTerminal = false;
};

} // namespace couplet::cli
