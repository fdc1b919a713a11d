#include "console.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace couplet::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_stdoutTerminal(::isatty(STDOUT_FILENO) == 1)
    , m_stderrTerminal(::isatty(STDERR_FILENO) == 1)
{}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

void Console::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

void Console::error(const QString &line)
{
    m_out.flush();
    m_err << line << Qt::endl;
}

} // namespace couplet::cli
