#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)    // couplet.engine
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // couplet.store
Q_DECLARE_LOGGING_CATEGORY(lcSql)       // couplet.sql
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace) // couplet.workspace
Q_DECLARE_LOGGING_CATEGORY(lcOdata)     // couplet.odata
Q_DECLARE_LOGGING_CATEGORY(lcHealth)    // couplet.health
