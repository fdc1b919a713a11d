#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "couplet.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "couplet.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "couplet.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "couplet.workspace", QtInfoMsg)
