#include "credentialslogging.h"

Q_LOGGING_CATEGORY(lcCredentials, "couplet.credentials", QtWarningMsg)
