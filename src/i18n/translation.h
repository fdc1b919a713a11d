#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace couplet {

// The value of `--lang X` or `--lang=X` in `arguments`, or "" when absent.
QString languageArgument(const QStringList &arguments);

// Installs Couplet's and Qt's translators for `language` ("de", "en", "de_DE"),
// or for the system locale when `language` is empty. Returns the language used
// ("en" when no translation matched).
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace couplet
