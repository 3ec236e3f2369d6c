#pragma once

#include <QStringList>

// The service's command line (api.md "Running the service"): serve, staff
// add NAME [--operator], staff revoke NAME, with every setting as a flag or
// in --config FILE. A bad flag or an unreadable file gives one line on
// stderr and a non-zero exit.
namespace ServiceCommand {
int run(const QStringList &arguments);
}
