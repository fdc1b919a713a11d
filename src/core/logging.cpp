#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "couplet.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "couplet.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSql, "couplet.sql", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "couplet.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOdata, "couplet.odata", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHealth, "couplet.health", QtWarningMsg)
